import Foundation
import Testing
import TestSupport

/// Runs the built `zhfacts` binary as a user would.
struct ZhFactsRun {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum ZhFactsBinary {
    /// The package root, from this file.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `.build/<config>/zhfacts`, next to the test bundle.
    static var url: URL {
        var folder = Bundle.main.bundleURL
        if folder.pathExtension == "xctest" { folder = folder.deletingLastPathComponent() }
        let candidate = folder.appendingPathComponent("zhfacts")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        return packageRoot.appendingPathComponent(".build/debug/zhfacts")
    }

    static func run(_ arguments: [String], stdin: Data? = nil) throws -> ZhFactsRun {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ZhFactsRun(status: process.terminationStatus,
                          stdout: String(decoding: outData, as: UTF8.self),
                          stderr: String(decoding: errData, as: UTF8.self))
    }
}

@Suite struct CommandLineTests {
    static let header = "doc,start,end,byte_start,byte_end,line,text,kind,value,value_max,unit,unit_text,approx,time,time_text,metric,modality,sentence"

    @Test func extractWritesTheDocumentedCSV() throws {
        let run = try ZhFactsBinary.run(["extract", "Corpus/04-land-auction.txt"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = run.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == Self.header)
        #expect(lines.contains { $0.hasPrefix("Corpus/04-land-auction.txt,") && $0.contains(",46.8亿元,money,4680000000,,CNY,") })
    }

    @Test func outputIsDeterministic() throws {
        let first = try ZhFactsBinary.run(["extract", "Corpus"])
        let second = try ZhFactsBinary.run(["extract", "Corpus"])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.count > 10_000)
    }

    @Test func aMissingFileIsReportedAndTheOthersGoOn() throws {
        let run = try ZhFactsBinary.run(["extract", "no-such-file.txt", "Corpus/01-park-economy.txt"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("no-such-file.txt"))
        #expect(run.stdout.contains("Corpus/01-park-economy.txt,"))
    }

    @Test func anUndecodableDocumentIsNamed() throws {
        let temporary = TemporaryFolder(prefix: "zhfacts-e2e")
        let folder = temporary.url
        let bad = folder.appendingPathComponent("bad.txt")
        try Data([0xE4, 0xBA, 0xBF, 0xFF, 0xFE, 0x00, 0x01, 0x02]).write(to: bad)
        let good = folder.appendingPathComponent("good.txt")
        try "2018年产值达到962.8亿元。".write(to: good, atomically: true, encoding: .utf8)
        let run = try ZhFactsBinary.run(["extract", folder.path])
        #expect(run.status != 0)
        #expect(run.stderr.contains("bad.txt"))
        #expect(run.stdout.contains("962.8亿元"))
    }

    @Test func aFolderWithoutTextIsAnError() throws {
        let temporary = TemporaryFolder(prefix: "zhfacts-empty")
        let folder = temporary.url
        let run = try ZhFactsBinary.run(["extract", folder.path])
        #expect(run.status != 0)
        #expect(run.stderr.contains(folder.lastPathComponent))
    }

    @Test func bomAndJSONLines() throws {
        let csv = try ZhFactsBinary.run(["extract", "--bom", "Corpus/04-land-auction.txt"])
        #expect(csv.stdout.utf8.starts(with: [0xEF, 0xBB, 0xBF]))
        let jsonl = try ZhFactsBinary.run(["extract", "--format", "jsonl", "Corpus/04-land-auction.txt"])
        let first = try #require(jsonl.stdout.split(separator: "\n").first)
        let object = try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any]
        #expect(object?["doc"] as? String == "Corpus/04-land-auction.txt")
        #expect(object?["start"] as? Int != nil)
    }

    @Test func theDateOptionResolvesRelativeDates() throws {
        let temporary = TemporaryFolder(prefix: "zhfacts-date")
        let folder = temporary.url
        let file = folder.appendingPathComponent("a.txt")
        try "去年全区产值达到100亿元。".write(to: file, atomically: true, encoding: .utf8)
        let run = try ZhFactsBinary.run(["extract", "--date", "2024-05-08", file.path])
        #expect(run.stdout.contains(",去年,date,,,,,exact,2023,"))
        let bad = try ZhFactsBinary.run(["extract", "--date", "2024-13-40", file.path])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--date"))
    }

    /// `zhfacts extract in/*.txt` over GBK names, as a shell passes them: bytes
    /// that are not UTF-8 (Foundation's `Process` cannot pass such arguments,
    /// so `sh` makes them with `printf`). The file is read and named `\xHH`.
    @Test func aCommandLinePathThatIsNotUTF8IsRead() throws {
        let folder = TemporaryFolder(prefix: "zhfacts-gbk")
        folder.write(nameBytes: [0xB1, 0xA8, 0xB8, 0xE6] + Array(".txt".utf8),
                     Array("2019年营收达到5亿元。".utf8))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", #"cd "$1" && exec "$2" extract --format jsonl --ledger ledger.csv "$(printf '\261\250\270\346.txt')""#,
                             "sh", folder.path, ZhFactsBinary.url.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(output.contains(#""doc":"\\xB1\\xA8\\xB8\\xE6.txt""#) && output.contains(#""text":"5亿元""#), "\(output)")
        #expect(folder.read("ledger.csv").contains(#"\xB1\xA8\xB8\xE6.txt,ok,"#))
    }

    @Test func evalScoresTheCorpus() throws {
        let run = try ZhFactsBinary.run(["eval", "Corpus"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("figures"))
        #expect(run.stdout.contains("metric"))
    }
}
