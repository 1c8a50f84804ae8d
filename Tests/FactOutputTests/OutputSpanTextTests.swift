import Foundation
import Testing
import FactCore
@testable import FactOutput

// Strings, integers and fields written into an OutputSpan, and the whole-
// string scans, checked against JSONString.literal, String(Int) and a CSV
// field quoted the obvious way.

/// `body`'s bytes written into an `OutputSpan` of at most `maximum` bytes.
/// (Compared as bytes: `==` on strings holds for canonically equivalent
/// spellings, which would hide a wrong byte.)
func rendered(atMost maximum: Int, _ body: (inout OutputSpan<UInt8>) -> Void) -> [UInt8] {
    var buffer = UTF8Buffer()
    buffer.append(atMost: maximum, body)
    return buffer.bytes
}

/// A string's UTF-8, to compare as bytes.
func utf8(_ string: String) -> [UInt8] { Array(string.utf8) }

/// A CSV field the obvious way: quoted when it holds `,` `"` CR LF, quotes doubled.
func referenceCSVField(_ field: String?) -> String {
    guard let field else { return "" }
    guard !field.isEmpty else { return "\"\"" }
    let special: Set<UInt8> = [0x2C, 0x22, 0x0D, 0x0A]
    guard field.utf8.contains(where: special.contains) else { return field }
    var bytes: [UInt8] = [0x22]
    for byte in field.utf8 {
        if byte == 0x22 { bytes.append(byte) }
        bytes.append(byte)
    }
    bytes.append(0x22)
    return String(decoding: bytes, as: UTF8.self)
}

@Suite struct OutputSpanTextTests {
    /// Every ASCII byte and some non-ASCII, alone, inside a short string and
    /// inside a long one (the two code paths), escaped as JSONString escapes.
    @Test func jsonStringsEscapeEveryControlCharacterQuoteAndBackslash() {
        let others = ["é", "e\u{301}", "中", "𠮷", "\u{2028}", "\u{FEFF}"]
        for character in (0..<0x80).map({ String(UnicodeScalar(UInt8($0))) }) + others {
            for sample in [character, "ab" + character + "c", String(repeating: "中文", count: 5) + character + "尾",
                           character + String(repeating: "x", count: 40), String(repeating: character, count: 17)] {
                let expected = JSONString.literal(sample)
                #expect(rendered(atMost: UTF8Buffer.maximumJSONCount(of: sample)) { $0.appendJSONString(sample) } == utf8(expected),
                        "\(sample.debugDescription)")
                var buffer = UTF8Buffer()
                buffer.appendJSONString(sample)
                #expect(buffer.bytes == utf8(expected), "\(sample.debugDescription)")
            }
        }
        #expect(rendered(atMost: 4) { $0.appendJSONString(nil) } == utf8("null"))
        #expect(rendered(atMost: 2) { $0.appendJSONString("") } == utf8("\"\""))
        // The bound holds for the worst case: every byte as \u00xx.
        let controls = String(repeating: "\u{01}", count: 20)
        #expect(rendered(atMost: UTF8Buffer.maximumJSONCount(of: controls)) { $0.appendJSONString(controls) }
            == utf8(JSONString.literal(controls)))
    }

    @Test func csvFieldsAreQuotedExactlyWhenTheyHoldCommaQuoteCROrLF() {
        for character in (0..<0x80).map({ String(UnicodeScalar(UInt8($0))) }) + ["é", "\"\u{301}", "中"] {
            for sample in [character, "ab" + character + "c", String(repeating: "中文", count: 5) + character,
                           String(repeating: character, count: 17), character + "x,y"] {
                #expect(rendered(atMost: UTF8Buffer.maximumCSVCount(of: sample)) { $0.appendCSVField(sample) }
                    == utf8(referenceCSVField(sample)), "\(sample.debugDescription)")
                var buffer = UTF8Buffer()
                buffer.appendCSVField(sample)
                #expect(buffer.bytes == utf8(referenceCSVField(sample)))
            }
        }
        #expect(rendered(atMost: 0) { $0.appendCSVField(nil) } == utf8(""))
        #expect(rendered(atMost: 2) { $0.appendCSVField("") } == utf8("\"\""))
        let quotes = String(repeating: "\"", count: 20)
        #expect(rendered(atMost: UTF8Buffer.maximumCSVCount(of: quotes)) { $0.appendCSVField(quotes) }
            == utf8("\"" + String(repeating: "\"", count: 40) + "\""))
    }

    @Test func writingMoreThanReservedIsCaughtAtTheEnd() {
        // `append(atMost:)` hands out exactly the capacity asked for: the
        // bounds are what keeps every write in it.
        var buffer = UTF8Buffer()
        buffer.append(atMost: 3) { out in
            #expect(out.freeCapacity == 3)
            out.append(UInt8(ascii: "a"))
        }
        #expect(buffer.bytes == utf8("a"))
    }

    /// Integers through `UTF8Buffer.append(_:)` (``PlainDecimal``).
    @Test func integersAppendAsStringPrintsThem() {
        var buffer = UTF8Buffer()
        var expected = ""
        for value in [0, 7, -1, 42, -305, 99_999_999, 100_000_000, -100_000_000, Int.max, Int.min, Int.min + 1] {
            buffer.append(value)
            buffer.append(",")
            expected += String(value) + ","
        }
        buffer.append(PlainDecimal(isNegative: true, digits: 5, places: 2))
        #expect(buffer.bytes == utf8(expected + "-0.05"))
    }
}

@Suite struct UTF8ScanTests {
    @Test func scansFindEveryByteThatMatters() {
        for byte in UInt8.min...UInt8.max {
            for length in [1, 7, 8, 15, 16, 31, 32, 33, 100] {
                for position in Set([0, length / 2, length - 1]) {
                    var bytes = [UInt8](repeating: 0xE4, count: length)
                    bytes[position] = byte
                    let json = byte < 0x20 || byte == 0x22 || byte == 0x5C
                    let csv = byte == 0x2C || byte == 0x22 || byte == 0x0D || byte == 0x0A
                    let foundJSON = UTF8Scan.needsJSONEscape(bytes.span)
                    let foundCSV = UTF8Scan.needsCSVQuotes(bytes.span)
                    #expect(foundJSON == json, "\(byte) at \(position) of \(length)")
                    #expect(foundCSV == csv, "\(byte) at \(position) of \(length)")
                }
            }
        }
        let empty: [UInt8] = []
        let foundJSON = UTF8Scan.needsJSONEscape(empty.span), foundCSV = UTF8Scan.needsCSVQuotes(empty.span)
        #expect(!foundJSON && !foundCSV)
    }

    @Test func sameMeansTheSameBytes() {
        let sentence = "2018年中国云计算产业规模达到962.8亿元。"
        #expect(UTF8Scan.same(sentence, sentence))
        #expect(UTF8Scan.same(sentence, String(decoding: Array(sentence.utf8), as: UTF8.self)))
        #expect(UTF8Scan.same("", ""))
        #expect(UTF8Scan.same("short", "sho" + "rt"))
        #expect(!UTF8Scan.same(sentence, sentence + "。"))
        #expect(!UTF8Scan.same("abc", "abd"))
        #expect(!UTF8Scan.same("短a", "短b"))
        // Equal for `==`, but other bytes: not the same.
        #expect("café" == "cafe\u{301}")
        #expect(!UTF8Scan.same("café", "cafe\u{301}"))
    }
}
