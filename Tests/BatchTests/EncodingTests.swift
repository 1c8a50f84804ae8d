import Foundation
import Testing
import TestSupport
@testable import Batch
import FactCore
import FactOutput
@testable import Ingest

/// The same article in every supported encoding gives the same facts.
@Suite struct EncodingTests {
    /// The article's bytes in `encoding`, with a byte-order mark when asked.
    static func bytes(_ text: String, _ encoding: String, bom: [UInt8] = []) -> [UInt8] {
        guard let encoded = TextDecoding.encode(text, to: encoding) else {
            Issue.record("ICU cannot encode the article in \(encoding)")
            return []
        }
        return bom + encoded
    }

    static let variants: [(name: String, bytes: [UInt8], encoding: String)] = [
        ("utf8", bytes(articleText, "UTF-8"), "UTF-8"),
        ("utf8-bom", bytes(articleText, "UTF-8", bom: [0xEF, 0xBB, 0xBF]), "UTF-8"),
        ("utf16le-bom", bytes(articleText, "UTF-16LE", bom: [0xFF, 0xFE]), "UTF-16LE"),
        ("utf16be-bom", bytes(articleText, "UTF-16BE", bom: [0xFE, 0xFF]), "UTF-16BE"),
        ("gb18030", bytes(articleText, "GB18030"), "GB18030"),
        ("big5", bytes(articleText, "Big5"), "Big5"),
    ]

    @Test(arguments: variants.map(\.name))
    func decodesToTheSameText(name: String) throws {
        let variant = try #require(Self.variants.first { $0.name == name })
        let decoded = try TextDecoding.decode(variant.bytes, document: name)
        #expect(decoded.text == articleText)
        #expect(decoded.encoding == variant.encoding)
        #expect(decoded.hadBOM == name.hasSuffix("bom"))
    }

    @Test func everyEncodingGivesTheSameFacts() throws {
        let folder = TemporaryFolder()
        for variant in Self.variants { folder.write("\(variant.name).txt", variant.bytes) }
        let (summary, output, rows) = try runJob([folder.path], in: folder, format: .jsonl)
        #expect(summary.ok == Self.variants.count)
        #expect(rows.allSatisfy { $0.status == .ok })
        let reference = try directFacts(articleText)
        #expect(reference.count >= 6, "the article should yield facts: \(reference.map(\.text))")
        #expect(rows.allSatisfy { $0.facts == reference.count })
        // Every document's lines, with the document id removed, are the same.
        var byDocument: [String: [String]] = [:]
        for line in output.split(separator: "\n") {
            let name = try #require(line.firstMatch(of: /"doc":"[^"]*\/([a-z0-9-]+)\.txt"/)?.output.1)
            byDocument[String(name), default: []].append(String(line.replacing(/"doc":"[^"]*"/, with: "\"doc\":\"x\"")))
        }
        let expected = try #require(byDocument["utf8"])
        #expect(expected.count == reference.count)
        for variant in Self.variants {
            #expect(byDocument[variant.name] == expected, "\(variant.name) differs from UTF-8")
        }
    }

    @Test func spansAreCodePointsOfTheDecodedTextAndBytesAreItsUTF8() throws {
        let folder = TemporaryFolder()
        folder.write("a.txt", Self.bytes(articleText, "UTF-16LE", bom: [0xFF, 0xFE]))
        let (_, output, _) = try runJob([folder.file("a.txt")], in: folder, format: .jsonl)
        let scalars = Array(articleText.unicodeScalars)
        let utf8 = Array(articleText.utf8)
        for line in output.split(separator: "\n") {
            let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let start = try #require(object["start"] as? Int), end = try #require(object["end"] as? Int)
            let byteStart = try #require(object["byte_start"] as? Int), byteEnd = try #require(object["byte_end"] as? Int)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            #expect(String(view) == object["text"] as? String)
            #expect(String(decoding: utf8[byteStart..<byteEnd], as: UTF8.self) == object["text"] as? String)
        }
    }

    /// Short texts, where ICU's detector alone is unreliable.
    @Test(arguments: [
        ("營收增長5%", "Big5"), ("营收增长5%", "GB18030"),
        ("臺灣去年出口4,460億美元。", "Big5"), ("去年出口4460亿美元。", "GB18030"),
        ("股價上漲3.5%，成交量達12萬張。", "Big5"), ("股价上涨3.5%，成交量达12万手。", "GB18030"),
    ])
    func shortLegacyTexts(text: String, encoding: String) throws {
        let decoded = try TextDecoding.decode(Self.bytes(text, encoding), document: "short")
        #expect(decoded.text == text)
        #expect(decoded.encoding == encoding)
    }

    @Test func encodingOptionOverridesDetection() throws {
        let big5 = Self.bytes(articleText, "Big5")
        #expect(try TextDecoding.decode(big5, document: "d", encoding: "big5").text == articleText)
        let gbk = Self.bytes(simplifiedText, "GBK")
        #expect(try TextDecoding.decode(gbk, document: "d", encoding: "gbk").text == simplifiedText)
        // Forcing the wrong strict encoding is an error, not mojibake.
        #expect(throws: IngestError.self) { try TextDecoding.decode(gbk, document: "d", encoding: "UTF-8") }
        #expect(throws: IngestError.unknownEncoding(document: "d", encoding: "no-such-charset")) {
            try TextDecoding.decode(gbk, document: "d", encoding: "no-such-charset")
        }
    }

    @Test func legacyDocumentWithABadByteNamesTheEncodingAndOffset() throws {
        var bytes = Self.bytes(articleText, "GB18030")
        let offset = bytes.count / 2
        bytes[offset] = 0xFF  // 0xFF is never valid in GB18030 or Big5
        #expect {
            try TextDecoding.decode(bytes, document: "bad")
        } throws: { error in
            guard case IngestError.undecodable(let document, _, let at) = error else { return false }
            return document == "bad" && at != nil && abs(at! - offset) <= 1
        }
    }

    /// However short the text, UTF-8 cut off inside its last character (of
    /// three bytes, after at least one other) is a truncated UTF-8 file, not a
    /// legacy text (`营收` + two bytes of a third character reads as four GB18030 characters).
    @Test(arguments: ["营收额", "2018年营收增长", "利润为12%，营"])
    func utf8CutInItsLastCharacterIsTruncated(_ text: String) throws {
        let bytes = Array(text.utf8)
        for cut in 1...2 {
            let truncated = Array(bytes.dropLast(cut))
            #expect {
                try TextDecoding.decode(truncated, document: "cut")
            } throws: { error in
                error as? IngestError == .undecodable(document: "cut", encoding: "UTF-8", byteOffset: bytes.count - 3)
            }
        }
        // Whole, and in GB18030, the same text decodes.
        #expect(try TextDecoding.decode(bytes, document: "whole").text == text)
        #expect(try TextDecoding.decode(Self.bytes(text, "GB18030"), document: "gb").text == text)
    }

    @Test func utf16WithOddLengthIsTruncated() throws {
        var bytes = Self.bytes(articleText, "UTF-16LE", bom: [0xFF, 0xFE])
        bytes.removeLast()
        #expect {
            try TextDecoding.decode(bytes, document: "odd")
        } throws: { error in
            guard case IngestError.undecodable(_, let encoding, let at) = error else { return false }
            return encoding == "UTF-16LE" && at == bytes.count - 1
        }
    }
}
