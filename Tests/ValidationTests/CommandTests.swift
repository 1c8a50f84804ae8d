import Foundation
import Testing
import TestSupport
import FactOutput
import Ingest
@testable import Validation

/// The built `zhfacts` binary, next to the test bundle.
enum Binary {
    static let url: URL? = {
        var folders: [URL] = []
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            folders.append(folder)
            folder = folder.deletingLastPathComponent()
        }
        for candidate in folders.map({ $0.appendingPathComponent("zhfacts") }) {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
        }
        return nil
    }()

    static var shouldRun: Bool { url != nil || isCI }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String]) throws -> Result {
        guard let url else {
            Issue.record("zhfacts binary not found beside the test bundle, and CI=true requires it")
            throw CancellationError()
        }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a full pipe cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// `zhfacts validate` end to end: findings on stdout, summary on stderr, exit status.
@Suite(.enabled(if: Binary.shouldRun, "zhfacts binary not built beside the tests: skipped"))
struct CommandTests {
    static let contradiction = "2015年,该镇累计引进企业328家,其中涉云企业达到355家。\n"
    static let conflict = "2019年,该公司营业收入为12亿元。2019年,该公司营业收入为15亿元。\n"
    static let clean = "2015年,该镇累计引进企业328家,其中涉云企业达到255家。\n"

    /// A temporary folder holding `files` (removed when the value is released).
    func write(_ files: [String: String]) throws -> TemporaryFolder {
        let folder = TemporaryFolder(prefix: "zhfacts-validate")
        for (name, text) in files {
            try text.write(to: folder.url.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func errorFindingGivesStatusOne() throws {
        let folder = try write(["bad.txt": Self.contradiction])
        let result = try Binary.run(["validate", folder.url.appendingPathComponent("bad.txt").path])
        #expect(result.status == 1, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\r\n").map(String.init)
        #expect(lines.first == FindingFormat.csvColumns.joined(separator: ","))
        #expect(lines.count == 3)  // header + whole + part
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("1,part-whole,error,inconsistent,") })
        #expect(result.stderr.contains("validate: 1 document"))
        #expect(result.stderr.contains("1 error"))
    }

    @Test func warningsPassUnlessFailOnWarning() throws {
        let folder = try write(["conflict.txt": Self.conflict])
        let path = folder.url.appendingPathComponent("conflict.txt").path
        let lenient = try Binary.run(["validate", path])
        #expect(lenient.status == 0, "\(lenient.stderr)")
        #expect(lenient.stdout.contains("same-period-conflict,warning"))
        let strict = try Binary.run(["validate", "--fail-on", "warning", path])
        #expect(strict.status == 1)
    }

    @Test func cleanArticleGivesStatusZero() throws {
        let folder = try write(["clean.txt": Self.clean])
        let result = try Binary.run(["validate", "--format", "jsonl", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let object = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        #expect(object?["rule"] as? String == "part-whole")
        #expect(object?["outcome"] as? String == "confirmed")
        #expect((object?["facts"] as? [[String: Any]])?.count == 2)
    }

    /// Text files are read as `extract` reads them: a GB18030 article gives
    /// the findings of its UTF-8 copy (it was refused as not UTF-8).
    @Test func legacyEncodedArticleIsReadLikeExtractReadsIt() throws {
        let folder = try write(["utf8.txt": Self.contradiction])
        let gb = try #require(TextDecoding.encode(Self.contradiction, to: "GB18030"))
        folder.write("gb.txt", gb)
        let utf8 = try Binary.run(["validate", folder.file("utf8.txt")])
        let legacy = try Binary.run(["validate", folder.file("gb.txt")])
        #expect(legacy.status == 1, "\(legacy.stderr)")
        #expect(legacy.stdout.contains("part-whole,error"))
        #expect(legacy.stdout.replacingOccurrences(of: "gb.txt", with: "utf8.txt") == utf8.stdout)
    }

    @Test func unreadableDocumentIsNamedAndOthersGoOn() throws {
        let folder = try write(["bad.txt": Self.contradiction])
        let missing = folder.url.appendingPathComponent("missing.txt").path
        let result = try Binary.run(["validate", missing, folder.url.appendingPathComponent("bad.txt").path])
        #expect(result.status == 2)
        let errorLines = result.stderr.split(separator: "\n").filter { $0.contains("missing.txt") }
        #expect(errorLines.count == 1)
        #expect(result.stdout.contains("part-whole,error"))
    }

    @Test func factCSVIsValidatedLikeText() throws {
        let folder = try write([:])
        let csv = folder.url.appendingPathComponent("facts.csv")
        let facts = try extract(Self.contradiction, id: "bad.txt")
        try FactFormatHelper.csv(facts).write(to: csv, atomically: true, encoding: .utf8)
        let result = try Binary.run(["validate", "--facts", csv.path])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("part-whole,error"))
        let broken = folder.url.appendingPathComponent("broken.csv")
        try "not,a,fact,csv\n".write(to: broken, atomically: true, encoding: .utf8)
        let failed = try Binary.run(["validate", "--facts", broken.path])
        #expect(failed.status == 2)
        #expect(failed.stderr.contains("broken.csv"))
    }

    @Test func corpusAndReference() throws {
        let folder = try write([
            "a.txt": "2019年,该园区企业数达到300家。\n",
            "b.txt": "据报道,2019年该园区企业数达到350家。\n",
            "known.csv": "metric,time,value,unit\n企业数,2019,300,count\n",
        ])
        let plain = try Binary.run(["validate", folder.path])
        #expect(plain.status == 0)
        #expect(!plain.stdout.contains("corpus-conflict"))
        let corpus = try Binary.run(["validate", "--corpus", "--reference",
                                     folder.url.appendingPathComponent("known.csv").path, folder.path])
        #expect(corpus.status == 1, "the reference reports 350 as an error: \(corpus.stderr)")
        #expect(corpus.stdout.contains("corpus-conflict,warning"))
        #expect(corpus.stdout.contains("reference,error"))
        #expect(corpus.stdout.contains("reference,info,confirmed"))
    }

    @Test func listRules() throws {
        let result = try Binary.run(["validate", "--list-rules"])
        #expect(result.status == 0)
        for rule in RuleCatalog.all {
            #expect(result.stdout.contains(rule.id + "\t" + rule.severity.rawValue))
        }
        #expect(result.stdout.contains("threshold rounding = 0.5"))
    }

    @Test func unusableReferenceIsStatusTwo() throws {
        let folder = try write(["clean.txt": Self.clean, "bad.csv": "metric,value\n"])
        let result = try Binary.run(["validate", "--reference", folder.url.appendingPathComponent("bad.csv").path, folder.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.csv:1: header must be"))
    }

    @Test func noInputIsAUsageError() throws {
        let result = try Binary.run(["validate"])
        #expect(result.status != 0 && result.status != 1)
        #expect(result.stderr.contains("--facts"))
    }
}
