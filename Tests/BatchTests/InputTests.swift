import Foundation
import Testing
import TestSupport
@testable import Batch
import FactCore
@testable import Ingest

@Suite struct JSONLRecordTests {
    @Test func parsesIdTextDateAndMeta() throws {
        let line = #"  {"id": 42, "text": "a\"b\\c\u4e2d\ud83d\ude00", "date": "2024-02-29", "src": "x", "n": [1, {"k": null}], "e": "\u4e2d \"", "f": -1.50E+2 } "#
        let record = try JSONLRecord.parse(Array(line.utf8))
        #expect(record == JSONLRecord(id: "42", text: "a\"b\\c中😀", date: "2024-02-29",
                                      meta: ["src": JSONText(string: "x"), "n": JSONText(validJSON: Array(#"[1,{"k":null}]"#.utf8)),
                                             "e": JSONText(validJSON: Array(#""\u4e2d \"""#.utf8)),
                                             "f": JSONText(validJSON: Array("-1.50E+2".utf8))]))
        // Values are passed through as JSON: white space between tokens goes, strings stay as written.
        #expect(record.meta["n"]?.text == #"[1,{"k":null}]"#)
        #expect(record.meta["e"]?.text == #""\u4e2d \"""#)
        #expect(record.meta["f"]?.text == "-1.50E+2")
    }

    @Test(arguments: [
        ("", "empty record at column 1"),
        ("[1]", "not a JSON object at column 1"),
        (#"{"id":"a","text":1}"#, "\"text\" must be a string at column 18"),
        (#"{"id":"a","text":"x"} extra"#, "text after the object at column 23"),
        (#"{"id":"a","text":"x""#, "unterminated object at column 21"),
        (#"{"id":"a","text":"\ud800"}"#, "lone surrogate in \\u escape at column 25"),
        (#"{"id":"a" "text":"x"}"#, "expected ',' or '}' at column 11"),
        (#"{"text":"x"}"#, "no \"id\" member at column 1"),
    ])
    func reportsWhereALineGoesWrong(line: String, message: String) {
        #expect(throws: JSONLRecord.Failure.self) { try JSONLRecord.parse(Array(line.utf8)) }
        do {
            _ = try JSONLRecord.parse(Array(line.utf8))
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func invalidUTF8InAStringIsReportedAtItsByte() {
        let bytes = Array(#"{"id":"a","text":"ab"#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        do {
            _ = try JSONLRecord.parse(bytes)
            Issue.record("should fail")
        } catch {
            #expect(error.reason == "invalid UTF-8")
            #expect(error.column == 21)
            #expect(error.id == "a")
        }
    }

    @Test func peeksTheIdOfACutLine() {
        #expect(JSONLRecord.peekID(Array(#"{"src":{"a":[1]},"id":"big-7","text":"長長長"#.utf8)) == "big-7")
        #expect(JSONLRecord.peekID(Array(#"{"text":"長長長"#.utf8)) == nil)
    }
}

@Suite struct LineReaderTests {
    @Test func readsLinesCRLFAndAMissingFinalNewline() throws {
        let folder = TemporaryFolder()
        let path = folder.write("l.txt", text: "one\r\ntwo\n\nthree")
        let reader = try LineReader(path: path, maxLineBytes: 100)
        var lines: [String] = []
        while let line = try reader.next() {
            guard case .line(let number, let bytes) = line else { Issue.record("unexpected \(line)"); continue }
            lines.append("\(number):\(String(decoding: bytes, as: UTF8.self))")
        }
        #expect(lines == ["1:one", "2:two", "3:", "4:three"])
    }

    @Test func dropsAByteOrderMarkAtTheStartOfALine() throws {
        let folder = TemporaryFolder()
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        // At the start of the file, and of a later line (two files joined with cat); a mark
        // inside a line stays; a mark alone is an empty line.
        let bytes = mark + Array("one\n".utf8) + mark + Array("two\r\nth".utf8) + mark + Array("ree\n".utf8) + mark
        let reader = try LineReader(path: folder.write("l.jsonl", bytes), maxLineBytes: 100)
        var lines: [[UInt8]] = []
        while let line = try reader.next() {
            guard case .line(_, let bytes) = line else { Issue.record("unexpected \(line)"); continue }
            lines.append(bytes)
        }
        #expect(lines == [Array("one".utf8), Array("two".utf8), Array("th".utf8) + mark + Array("ree".utf8), []])
    }

    @Test func anOverLongLineIsMeasuredAfterItsMark() throws {
        let folder = TemporaryFolder()
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        let long = Array(#"{"id":"x","text":""#.utf8) + [UInt8](repeating: 0x61, count: 2_000_000) + Array(#""}"#.utf8)
        let reader = try LineReader(path: folder.write("l.jsonl", mark + long + [0x0A] + mark + long), maxLineBytes: 1000)
        var seen: [String] = []
        while let line = try reader.next() {
            guard case .tooLong(let number, let bytes, let prefix) = line else { Issue.record("unexpected \(line)"); continue }
            seen.append("\(number):\(bytes):\(JSONLRecord.peekID(prefix) ?? "-")")
        }
        #expect(seen == ["1:\(long.count):x", "2:\(long.count):x"])
    }

    @Test func skipsOverLongLinesInBoundedMemory() throws {
        let folder = TemporaryFolder()
        // Lines longer than the 1 MiB read buffer, over and under the limit.
        let big = String(repeating: "x", count: 3_000_000)
        let fits = String(repeating: "y", count: 1_500_000)
        let path = folder.write("l.txt", text: "a\n" + big + "\n" + fits + "\nb\n" + big)
        let reader = try LineReader(path: path, maxLineBytes: 2_000_000)
        var seen: [String] = []
        while let line = try reader.next() {
            switch line {
            case .line(let number, let bytes): seen.append("\(number):line:\(bytes.count)")
            case .tooLong(let number, let bytes, let prefix):
                seen.append("\(number):long:\(bytes)")
                #expect(prefix.count == LineReader.prefixBytes)
            }
        }
        #expect(seen == ["1:line:1", "2:long:3000000", "3:line:1500000", "4:line:1", "5:long:3000000"])
    }

    @Test func missingFileIsNotFound() {
        #expect(throws: IngestError.notFound(path: "/no/such/file.jsonl")) {
            _ = try LineReader(path: "/no/such/file.jsonl", maxLineBytes: 10)
        }
    }
}

@Suite struct ProgressTests {
    @Test func barShowsDocumentsMegabytesRateETAAndErrors() {
        let progress = ProgressReporter(quiet: false, showsBar: false)
        progress.start(totalBytes: 4_000_000)
        progress.record(LedgerRow(id: "a", status: .ok, bytes: 1_000_000, facts: 3))
        progress.record(LedgerRow(id: "b", status: .error, bytes: 1_000_000, facts: 0, message: "b: empty document"))
        #expect(progress.barText(elapsed: 2) == "[##########----------]  2 docs  2.0/4.0 MB  1.00 MB/s  ETA 0:02  1 error")
        #expect(ProgressReporter.clock(3725) == "1:02:05")
    }

    @Test func quietMeansNoBar() {
        #expect(!ProgressReporter(quiet: true, showsBar: true).showsBar)
    }
}

/// Paths from the command line whose bytes are not UTF-8 (a shell glob over GBK names).
@Suite struct CommandLinePathsTests {
    static let report: [UInt8] = Array("in/".utf8) + [0xB1, 0xA8, 0xB8, 0xE6] + Array(".txt".utf8)
    static let data: [UInt8] = Array("in/".utf8) + [0xCA, 0xFD, 0xBE, 0xDD] + Array(".txt".utf8)

    /// What `CommandLine.arguments` holds for raw arguments: their bytes repaired.
    static func repaired(_ raw: [[UInt8]]) -> [String] { raw.map { String(decoding: $0, as: UTF8.self) } }

    @Test func aPathThatIsNotUTF8GetsItsBytesAndItsEscapedForm() {
        let raw: [[UInt8]] = [Array("zhfacts".utf8), Array("extract".utf8), Self.report, Array("a.txt".utf8)]
        let arguments = Self.repaired(raw)
        let given = CommandLinePaths(paths: [arguments[2], "a.txt"], arguments: arguments, rawArguments: raw)
        #expect(given.shown == [#"in/\xB1\xA8\xB8\xE6.txt"#, "a.txt"])
        #expect(given.bytes == [#"in/\xB1\xA8\xB8\xE6.txt"#: Self.report])
    }

    /// `报告.txt` and `数据.txt` in GBK repair to the same string; their order tells them apart.
    @Test func twoNamesThatRepairAlikeAreMatchedInOrder() {
        let raw: [[UInt8]] = [Array("zhfacts".utf8), Array("extract".utf8), Array("-o".utf8), Array("out.csv".utf8), Self.report, Self.data]
        let arguments = Self.repaired(raw)
        #expect(arguments[4] == arguments[5])
        let given = CommandLinePaths(paths: [arguments[4], arguments[5]], arguments: arguments, rawArguments: raw)
        #expect(given.shown == [#"in/\xB1\xA8\xB8\xE6.txt"#, #"in/\xCA\xFD\xBE\xDD.txt"#])
        #expect(given.bytes.count == 2)
        #expect(given.bytes[#"in/\xCA\xFD\xBE\xDD.txt"#] == Self.data)
    }

    @Test func utf8PathsAndUnknownArgumentsAreKeptAsGiven() {
        // A name that really holds U+FFFD is valid UTF-8: nothing to recover.
        let raw: [[UInt8]] = [Array("zhfacts".utf8), Array("a\u{FFFD}.txt".utf8)]
        let arguments = Self.repaired(raw)
        #expect(CommandLinePaths(paths: ["a\u{FFFD}.txt"], arguments: arguments, rawArguments: raw) == CommandLinePaths(["a\u{FFFD}.txt"]))
        // Without raw arguments, or with lists that do not line up, nothing is guessed.
        let gbk = Self.repaired([Self.report])
        #expect(CommandLinePaths(paths: gbk, arguments: gbk, rawArguments: nil).shown == gbk)
        #expect(CommandLinePaths(paths: gbk, arguments: gbk, rawArguments: []).bytes.isEmpty)
    }

    /// The recovered path is read by its bytes and named as a folder walk names it.
    @Test func aRecoveredFileAndFolderAreReadByTheirBytes() throws {
        let folder = TemporaryFolder()
        folder.folder("in")
        folder.write(nameBytes: Self.report, Array("2019年营收达到5亿元。".utf8))
        folder.folder(nameBytes: Array("in/".utf8) + [0xD6, 0xD0])
        folder.write(nameBytes: Array("in/".utf8) + [0xD6, 0xD0] + Array("/b.txt".utf8), Array("2020年利润7亿元。".utf8))
        let raw = [Array((folder.path + "/").utf8) + Self.report, Array((folder.path + "/in/").utf8) + [0xD6, 0xD0]]
        let arguments = Self.repaired(raw)
        let given = CommandLinePaths(paths: arguments, arguments: arguments, rawArguments: raw)
        let (summary, output, rows) = try runJob(given.shown, in: folder) { $0.configuration.pathBytes = given.bytes }
        #expect(rows.map(\.id) == [folder.path + #"/in/\xB1\xA8\xB8\xE6.txt"#, folder.path + #"/in/\xD6\xD0/b.txt"#])
        #expect(rows.map(\.status) == [.ok, .ok] && summary.errors == 0, "\(rows)")
        #expect(output.contains("5亿元") && output.contains("7亿元"))
        let listed = InputCollector(pathBytes: given.bytes).collectFiles(given.shown).compactMap { try? $0.get() }
        #expect(listed.map(\.rawPath) == [raw[0], raw[1] + Array("/b.txt".utf8)])
    }
}
