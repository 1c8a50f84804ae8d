import Foundation
import Testing
import TestSupport
@testable import Batch
@testable import Ingest

/// The built `zhfacts` executable beside the test bundle, when it was built
/// (`swift build --build-tests` builds it for the end-to-end tests).
let zhfactsBinary: URL? = {
    let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for candidate in [folder, folder.deletingLastPathComponent()] {
        let url = candidate.appendingPathComponent("zhfacts")
        if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return nil
}()

/// Runs zhfacts with `arguments` and `input` on standard input.
func runZhfacts(_ arguments: [String], input: String = "") throws -> (status: Int32, stdout: String, stderr: String) {
    guard let binary = zhfactsBinary else { throw CocoaError(.fileNoSuchFile) }
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let writer = Thread {
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
}

@Suite(.enabled(if: zhfactsBinary != nil, "the zhfacts executable is not built"))
struct CommandLineTests {
    /// A stage of a stream (Spark's `pipe`): each document's rows come out before the next line
    /// is sent, not when standard input ends.
    @Test(.timeLimit(.minutes(1))) func answersEachLineBeforeTheNextArrives() throws {
        let binary = try #require(zhfactsBinary)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["extract", "--input", "jsonl", "-", "--emit-status", "-q"]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        var received = ""
        for index in 0..<3 {
            stdin.fileHandleForWriting.write(Data(#"{"id":"d\#(index)","text":"2018年营收达到96\#(index).8亿元。"}"#.utf8 + [0x0A]))
            while !received.contains(#"{"doc":"d\#(index)","status":"ok""#) {
                let data = stdout.fileHandleForReading.availableData
                #expect(!data.isEmpty, "output ended before document d\(index) was answered")
                if data.isEmpty { break }
                received += String(decoding: data, as: UTF8.self)
            }
            #expect(received.contains(#""value":"96\#(index)80000000""#))
        }
        try stdin.fileHandleForWriting.close()
        _ = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func jsonLinesFromStandardInputToStandardOutput() throws {
        let input = """
        {"id":"a","text":"2018年营收达到962.8亿元。","src":"wire"}
        not json
        {"id":"b","text":"天气很好。"}

        """
        let result = try runZhfacts(["extract", "--input", "jsonl", "-", "--emit-status"], input: input)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.contains(#""status":"#) }.count == 3)
        #expect(lines.first?.hasPrefix(#"{"doc":"a","#) == true)
        #expect(lines.first?.hasSuffix(#","meta":{"src":"wire"}}"#) == true)
        #expect(result.stderr == "zhfacts: error: <stdin>:2: malformed JSON Lines record (not a JSON object at column 1)\n")
        // --allow-errors: the same output, status 0 (for stream stages).
        let allowed = try runZhfacts(["extract", "--input", "jsonl", "-", "--emit-status", "--allow-errors", "-q"], input: input)
        #expect(allowed.status == 0)
        #expect(allowed.stdout == result.stdout)
        #expect(allowed.stderr.isEmpty)
    }

    @Test func textFromStandardInput() throws {
        let result = try runZhfacts(["extract", "-", "--format", "csv"], input: simplifiedText)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("doc,start,end,"))
        #expect(result.stdout.contains("\r\n<stdin>,"))
    }

    @Test(arguments: [
        ["extract", "--resume", "x"],
        ["extract", "--emit-status", "--format", "csv", "x"],
        ["extract", "--jobs", "0", "x"],
        ["extract", "--encoding", "no-such-charset", "x"],
        ["extract", "--no-such-option", "x"],
        ["extract"],
    ])
    func usageErrorsExitWithTwo(arguments: [String]) throws {
        let result = try runZhfacts(arguments)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func outputFileLedgerAndExitStatus() throws {
        let folder = TemporaryFolder()
        let docs = TemporaryFolder()
        docs.write("a.txt", text: simplifiedText)
        docs.write("nested/b.txt", TextDecoding.encode(articleText, to: "Big5") ?? [])
        let ok = try runZhfacts(["extract", docs.path, "-o", folder.file("facts.csv"), "--ledger", folder.file("ledger.csv"), "-j", "2"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.isEmpty)
        #expect(folder.read("facts.csv").hasPrefix("doc,start,end"))
        let ledger = folder.read("ledger.csv").split(separator: "\r\n")
        #expect(ledger.count == 3)
        #expect(ledger.dropFirst().allSatisfy { $0.contains(",ok,") })
        docs.write("bad.txt", [0x00, 0x01])
        let failed = try runZhfacts(["extract", docs.path, "-o", folder.file("facts.csv"), "--ledger", folder.file("ledger.csv")])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("bad.txt: not text (binary byte at offset 0)"))
    }
}

@Suite struct CollectorAndOutputTests {
    @Test func collectFilesWalksFoldersAndFollowsLinksToFiles() throws {
        let folder = TemporaryFolder()
        for name in ["b.txt", "a.txt", "sub/c.txt", "sub/deeper/d.txt", "sub/e.md", "z/y.txt", ".hidden.txt"] {
            folder.write(name, text: "x")
        }
        try FileManager.default.createSymbolicLink(atPath: folder.file("link.txt"), withDestinationPath: folder.file("a.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder.file("loop"), withDestinationPath: folder.path)
        let collector = InputCollector(pattern: "*.txt")
        let fast = collector.collectFiles([folder.path, folder.file("a.txt"), folder.file("missing")])
        let paths = fast.compactMap { try? $0.get().path }
        // Every matching file, hidden ones too, and the link to a file; not the .md, not through the loop.
        let expected = [".hidden.txt", "a.txt", "b.txt", "link.txt", "sub/c.txt", "sub/deeper/d.txt", "z/y.txt"]
        #expect(paths == expected.map { folder.file($0) } + [folder.file("a.txt")])
        #expect(fast.compactMap { try? $0.get().size }.allSatisfy { $0 == 1 })
        guard case .failure(.notFound) = fast.last else {
            Issue.record("missing path should be notFound")
            return
        }
    }

    /// `é` as one code point and as `e` + U+0301 are two files on Linux;
    /// `String` calls the names equal, so only byte order puts them in one order.
    @Test func canonicallyEquivalentNamesAreTwoFilesInByteOrder() throws {
        let folder = TemporaryFolder()
        let composed = "caf\u{E9}.txt", decomposed = "cafe\u{301}.txt"
        #expect(composed == decomposed, "Swift compares them as equal")
        for name in [composed, decomposed, "cafe.txt", "cafz.txt"] { folder.write(name, text: "x") }
        // Bytes: cafe. < cafe\u{301} (65 CC 81) < cafz < caf\u{E9} (C3 A9).
        let expected = ["cafe.txt", decomposed, "cafz.txt", composed].map { folder.file($0) }
        let listed = InputListing(paths: [folder.path], pattern: "*.txt").compactMap { try? $0.get().path }
        #expect(listed.map { Array($0.utf8) } == expected.map { Array($0.utf8) })
        let collected = InputCollector(pattern: "*.txt").collectFiles([folder.path]).compactMap { try? $0.get().path }
        #expect(collected.map { Array($0.utf8) } == expected.map { Array($0.utf8) })
    }

    @Test func listingIsInFullPathOrder() throws {
        let folder = TemporaryFolder()
        // A sub-folder's files sort by their whole path among its siblings: `a-b.txt` and `a.txt` before
        // `a/…` (- and . sort before /), `a0.txt` after it.
        let names = ["a0.txt", "a/x.txt", "a.txt", "a-b.txt", "ab/c.txt", "a/b/y.txt", "a/b.txt", "a b.txt",
                     "中文/甲.txt", "中.txt", "Z.txt", "a/b-c/z.txt"]
        for name in names { folder.write(name, text: "x") }
        let empty = TemporaryFolder()
        let listed = Array(InputListing(paths: [folder.path, empty.path], pattern: "*.txt"))
        let paths = listed.compactMap { try? $0.get().path }
        #expect(paths == names.map { folder.file($0) }.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        guard case .failure(.noTextFiles(let path, _)) = listed.last else {
            Issue.record("a folder without text files is a failure in place")
            return
        }
        #expect(path == empty.path)
    }

    @Test func listingReadsFoldersAsItGoes() throws {
        let folder = TemporaryFolder()
        folder.write("a.txt", text: "x")
        try FileManager.default.createDirectory(atPath: folder.file("b"), withIntermediateDirectories: true)
        let listing = InputListing(paths: [folder.path], pattern: "*.txt")
        #expect(try listing.next()?.get().path == folder.file("a.txt"))
        // The sub-folder is opened only when the listing reaches it.
        folder.write("b/c.txt", text: "xy")
        #expect(try listing.next()?.get() == InputFile(path: folder.file("b/c.txt"), size: 2))
        #expect(listing.next() == nil)
    }

    @Test func aSubFolderThatCannotBeListedIsAFailureInPlace() throws {
        let folder = TemporaryFolder()
        folder.write("a.txt", text: "x")
        folder.write("b/c.txt", text: "x")
        folder.write("d.txt", text: "x")
        let listing = InputListing(paths: [folder.path], pattern: "*.txt")
        #expect(try listing.next()?.get().path == folder.file("a.txt"))
        // Gone before the listing reaches it (as root, permissions would not stop opendir).
        try FileManager.default.removeItem(atPath: folder.file("b"))
        guard case .failure(.unreadable(let path, let reason)) = listing.next() else {
            Issue.record("a sub-folder that cannot be opened is reported, not passed over")
            return
        }
        #expect(path == folder.file("b"))
        #expect(reason.hasPrefix("cannot list folder ("))
        #expect(try listing.next()?.get().path == folder.file("d.txt"))
        #expect(listing.next() == nil)
    }

    @Test func aBrokenLinkIsAFailureInPlace() throws {
        let folder = TemporaryFolder()
        folder.write("a.txt", text: "x")
        try FileManager.default.createSymbolicLink(atPath: folder.file("b.txt"), withDestinationPath: folder.file("gone.txt"))
        folder.write("c.txt", text: "x")
        let listed = Array(InputListing(paths: [folder.path], pattern: "*.txt"))
        #expect(listed.count == 3)
        #expect(try listed[0].get().path == folder.file("a.txt"))
        guard case .failure(.unreadable(let path, let reason)) = listed[1] else {
            Issue.record("a broken link is reported, not passed over")
            return
        }
        #expect(path == folder.file("b.txt"))
        #expect(reason == "broken symbolic link")
        #expect(try listed[2].get().path == folder.file("c.txt"))
    }

    @Test func outputToADeviceIsWrittenInPlace() throws {
        var output = try AtomicOutput(path: "/dev/null")
        output.write("discarded\n")
        try output.finish()
        var info = stat()
        #expect(stat("/dev/null", &info) == 0)
        #expect((info.st_mode & S_IFMT) == S_IFCHR, "/dev/null must stay a device")
    }

    @Test func outputAppearsOnlyOnFinish() throws {
        let folder = TemporaryFolder()
        folder.write("out.csv", text: "old\n")
        var output = try AtomicOutput(path: folder.file("out.csv"))
        output.write("new\n")
        output.flush()
        #expect(folder.read("out.csv") == "old\n")
        try output.finish()
        #expect(folder.read("out.csv") == "new\n")
        var abandoned = try AtomicOutput(path: folder.file("out.csv"))
        abandoned.write("lost\n")
        abandoned.abandon()
        #expect(folder.read("out.csv") == "new\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.csv"])
    }
}
