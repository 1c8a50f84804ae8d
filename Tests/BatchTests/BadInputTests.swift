import Foundation
import Testing
import TestSupport
@testable import Batch
import FactCore
import FactOutput
@testable import Ingest

/// Every bad input ends in the ledger with the right status and a one-line
/// message naming it, while the other documents succeed.
@Suite struct BadInputTests {
    static let goodBytes = Array(simplifiedText.utf8)

    /// Bytes that are not text: a PNG header and random data with NUL bytes.
    static var binaryBytes: [UInt8] {
        var generator = SeededGenerator(seed: 7)
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
            + (0..<4000).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }

    /// Random bytes without a single NUL.
    static var binaryWithoutNUL: [UInt8] {
        var generator = SeededGenerator(seed: 11)
        return (0..<4000).map { _ in UInt8.random(in: 1...255, using: &generator) }
    }

    @Test func folderOfBadFilesGoesOn() throws {
        let folder = TemporaryFolder()
        let good1 = folder.write("good-1.txt", Self.goodBytes)
        let good2 = folder.write("good-2.txt", Array(articleText.utf8))
        let binary = folder.write("binary.txt", Self.binaryBytes)
        let noise = folder.write("noise.txt", Self.binaryWithoutNUL)
        var invalid = Self.goodBytes
        let badOffset = 19  // a character boundary: 2018年中国云计|算
        invalid.insert(0xFF, at: badOffset)
        let invalidPath = folder.write("invalid-utf8.txt", invalid)
        let truncated = folder.write("truncated.txt", Self.goodBytes + [0xE4, 0xB8])
        var withNUL = Self.goodBytes
        withNUL.insert(0, at: 30)
        let nul = folder.write("nul.txt", withNUL)
        let empty = folder.write("empty.txt", [])
        let blank = folder.write("blank.txt", text: " \n\t\n　\n")
        // 50 MB in one line: over the default --max-doc-bytes, refused from its size unread.
        let hugeLine = [UInt8](repeating: UInt8(ascii: "a"), count: 50_000_000)
        let huge = folder.write("huge.txt", hugeLine)

        let (summary, output, rows) = try runJob([folder.path, folder.file("missing.txt")], in: folder)
        let byID = Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(rows.count == 11, "every input exactly once: \(rows.map(\.id))")
        #expect(Set(rows.map(\.id)).count == rows.count)
        #expect(byID[good1]?.status == .ok)
        #expect(byID[good2]?.status == .ok)
        #expect((byID[good1]?.facts ?? 0) > 0)
        #expect(byID[binary]?.status == .error)
        #expect(byID[binary]?.message?.contains("not text") == true)
        #expect(byID[noise]?.status == .error)
        #expect(byID[invalidPath]?.status == .error)
        #expect(byID[invalidPath]?.message == "\(invalidPath): not valid UTF-8: undecodable byte at offset \(badOffset)")
        #expect(byID[truncated]?.message == "\(truncated): not valid UTF-8: undecodable byte at offset \(Self.goodBytes.count)")
        #expect(byID[nul]?.message == "\(nul): not text (binary byte at offset 30)")
        #expect(byID[empty]?.message == "\(empty): empty document")
        #expect(byID[blank]?.message == "\(blank): empty document")
        #expect(byID[huge]?.status == .skipped)
        #expect(byID[huge]?.bytes == 50_000_000)
        #expect(byID[huge]?.message?.contains("over the --max-doc-bytes limit of \(BatchConfiguration.defaultMaxDocumentBytes)") == true)
        #expect(byID[folder.file("missing.txt")]?.status == .error)
        #expect(byID[folder.file("missing.txt")]?.message?.contains("no such file") == true)
        for row in rows where row.status != .ok {
            #expect(row.message.map { !$0.contains("\n") && $0.hasPrefix(row.id) } == true, "\(row)")
        }
        #expect(summary.ok == 2)
        #expect(summary.errors == 8)
        #expect(summary.skipped == 1)
        #expect(summary.exitStatus == 1)
        // Facts of the good documents only.
        let docs = Set(output.split(separator: "\n").compactMap { $0.firstMatch(of: /"doc":"([^"]*)"/)?.output.1 }.map(String.init))
        #expect(docs == [good1, good2])
    }

    @Test func jsonLinesWithBadLinesGoesOn() throws {
        let folder = TemporaryFolder()
        var lines: [String] = []
        lines.append(#"{"id":"a1","text":"2018年中国云计算产业规模达到962.8亿元。","date":"2019-03-01","source":"wire","rank":3}"#)
        lines.append("this is not JSON")
        lines.append(#"{"id":"a2","text":"   "}"#)
        lines.append("")
        lines.append(#"{"id":"a3","text":"全市共有企业1200家。","date":"2019-02-30"}"#)
        lines.append(#"{"text":"没有编号的文档。"}"#)
        lines.append(#"{"id":"a4","text":"含有\u0000空字符\u0001的\u0002文本\u0003"}"#)
        lines.append(#"{"id":"a5","text":"截断的行"#)
        lines.append(#"{"id":7,"text":"全年销售收入3.5亿元。"}"#)
        let long = #"{"id":"big","text":""# + String(repeating: "长", count: 17_000_000) + #""}"#
        lines.append(long)
        lines.append(#"{"id":"a8","text":"最后一行：利润增长12%。"}"#)
        folder.write("docs.jsonl", text: lines.joined(separator: "\n") + "\n")

        let (summary, output, rows) = try runJob([folder.file("docs.jsonl")], in: folder) { job in
            job.configuration.inputFormat = .jsonl
        }
        let ids = rows.map(\.id)
        let source = folder.file("docs.jsonl")
        #expect(ids == ["a1", "\(source):2", "a2", "a3", "\(source):6", "a4", "a5", "7", "big", "a8"])
        let status = Dictionary(rows.map { ($0.id, $0.status) }, uniquingKeysWith: { a, _ in a })
        #expect(status["a1"] == .ok)
        #expect(status["7"] == .ok)
        #expect(status["a8"] == .ok)
        #expect(status["\(source):2"] == .error)
        #expect(rows[1].message?.hasPrefix("\(source):2: malformed JSON Lines record") == true)
        #expect(status["a2"] == .error)
        #expect(status["a3"] == .error)
        #expect(rows[3].message?.contains("2019-02-30") == true)
        #expect(rows[4].message?.contains("no \"id\" member") == true)
        #expect(status["a4"] == .error)
        #expect(rows[5].message?.contains("not text") == true)
        #expect(status["a5"] == .error)
        #expect(status["big"] == .skipped)
        #expect(rows[8].bytes == long.utf8.count)
        #expect(summary.ok == 3)
        #expect(summary.documents == 10)
        // Meta is passed through; the per-document date resolves relative dates.
        let a1 = output.split(separator: "\n").filter { $0.contains(#""doc":"a1""#) }
        #expect(!a1.isEmpty)
        #expect(a1.allSatisfy { $0.hasSuffix(#","meta":{"rank":3,"source":"wire"}}"#) })
    }

    /// An archive unpacked from a Windows zip: names in GBK (`报告.txt`, a folder `中`).
    /// Each is read by its bytes and named with them as `\\xHH`, in byte order.
    @Test func filesWhoseNamesAreNotUTF8AreReadAndNamedByTheirBytes() throws {
        let folder = TemporaryFolder()
        folder.write("docs/a.txt", text: "2018年营收达到3亿元。")
        folder.write(nameBytes: Array("docs/".utf8) + [0xB1, 0xA8, 0xB8, 0xE6] + Array(".txt".utf8), Array("2019年营收达到5亿元。".utf8))
        folder.folder(nameBytes: Array("docs/".utf8) + [0xD6, 0xD0])
        folder.write(nameBytes: Array("docs/".utf8) + [0xD6, 0xD0] + Array("/b.txt".utf8), Array("2020年营收达到7亿元。".utf8))
        let base = folder.file("docs")
        let (summary, output, rows) = try runJob([base], in: folder)
        #expect(rows.map(\.id) == [base + "/a.txt", base + #"/\xB1\xA8\xB8\xE6.txt"#, base + #"/\xD6\xD0/b.txt"#])
        #expect(rows.allSatisfy { $0.status == .ok && $0.facts == 2 }, "\(rows)")
        #expect(summary.ok == 3)
        #expect(output.contains("5亿元") && output.contains("7亿元"))
        #expect(output.contains(#""doc":"\#(base)/\\xD6\\xD0/b.txt""#), "the id in JSON, its backslash escaped")

        // A JSON Lines file named in GBK is read line by line.
        folder.write(nameBytes: Array("docs/".utf8) + [0xD0, 0xC2] + Array(".jsonl".utf8), Array(#"{"id":"n1","text":"增长5%"}"#.utf8) + [0x0A])
        let (_, _, lines) = try runJob([base], in: folder) { job in job.configuration.inputFormat = .jsonl }
        #expect(lines.map(\.id) == ["n1"] && lines.map(\.status) == [.ok])
    }

    /// Nothing passed through is dropped: CSV from JSON Lines input ends with a `meta` column.
    @Test func csvFromJSONLinesCarriesMeta() throws {
        let folder = TemporaryFolder()
        folder.write("m.jsonl", text: #"{"id":"1","text":"营收增长5%","src":"wire","rank":2}"# + "\n" + #"{"id":"2","text":"利润增长6%"}"# + "\n")
        let (_, output, _) = try runJob([folder.file("m.jsonl")], in: folder, format: .csv) { job in
            job.configuration.inputFormat = .jsonl
        }
        let lines = output.split(separator: "\r\n").map(String.init)
        #expect(lines.first?.hasSuffix(",sentence,meta") == true)
        #expect(lines.count == 3)
        #expect(lines[1].hasSuffix(#","{""rank"":2,""src"":""wire""}""#))
        #expect(lines[2].hasSuffix("增长6%,"), "a document without meta: an empty field")
        // Text input keeps the columns of the guidelines.
        folder.write("t.txt", text: "营收增长5%")
        let (_, text, _) = try runJob([folder.file("t.txt")], in: folder, format: .csv)
        #expect(text.hasPrefix("doc,") && text.split(separator: "\r\n").first?.hasSuffix(",sentence") == true)
    }

    @Test func aJSONLinesFileWithAByteOrderMarkReadsItsFirstLine() throws {
        let folder = TemporaryFolder()
        folder.write("bom.jsonl", [0xEF, 0xBB, 0xBF] + Array((#"{"id":"1","text":"增长5%"}"# + "\r\n" + #"{"id":"2","text":"增长6%"}"# + "\r\n").utf8))
        let (summary, output, rows) = try runJob([folder.file("bom.jsonl")], in: folder) { job in
            job.configuration.inputFormat = .jsonl
        }
        #expect(rows.map(\.id) == ["1", "2"])
        #expect(rows.map(\.status) == [.ok, .ok])
        #expect(summary.ok == 2)
        #expect(output.contains(#""doc":"1""#))
    }

    @Test func overLongLineInTheMiddleOfAStreamDoesNotBreakTheNext() throws {
        let folder = TemporaryFolder()
        let long = #"{"id":"long","text":""# + String(repeating: "x", count: 5000) + #""}"#
        folder.write("s.jsonl", text: #"{"id":"1","text":"增长5%"}"# + "\n" + long + "\n" + #"{"id":"2","text":"增长6%"}"# + "\n")
        let (_, _, rows) = try runJob([folder.file("s.jsonl")], in: folder) { job in
            job.configuration.inputFormat = .jsonl
            job.configuration.maxDocumentBytes = 1000
        }
        #expect(rows.map(\.id) == ["1", "long", "2"])
        #expect(rows.map(\.status) == [.ok, .skipped, .ok])
    }
}
