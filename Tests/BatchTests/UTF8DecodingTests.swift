import Foundation
import Testing
import TestSupport
@testable import FactCore
@testable import Ingest

/// ``UTF8Text/init(validating:)`` (the one-pass validator and decoder)
/// agrees with Swift's `String(validating:as:)` on what is UTF-8, with the
/// earlier lenient scan (``UTF8Scan``) on the first bad byte, and with
/// straightforward recomputations of its tables; ``TextDecoding/decode(_:document:encoding:)``
/// gives the same texts and errors as the decoder before it, which
/// validated with `String(validating:)` and checked bytes separately.
@Suite struct UTF8DecodingTests {
    // MARK: Inputs

    /// Code points of every UTF-8 length, controls and the edges of the ranges.
    static let scalars: [Unicode.Scalar] = Array((
        "aZ09 \t\n\r\u{0B}\u{0C}\u{01}\u{1F}\u{7F}\u{80}\u{A0}é\u{7FF}\u{800}中文。，\u{D7FF}\u{E000}\u{FEFF}\u{FFFD}\u{FFFF}"
            + "\u{10000}😀\u{20BB7}\u{10FFFF}"
    ).unicodeScalars)

    /// Byte sequences that are not UTF-8, or are at the edge of it.
    static let fragments: [[UInt8]] = [
        [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xC2], [0xDF], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF],
        [0xE0, 0xA0], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xEF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF],
        [0xF0, 0x90, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xF8], [0xFE], [0xFF],
        [0x00], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF],
    ]

    /// Valid UTF-8 made of random code points, then (most of the time)
    /// damaged: bytes replaced, fragments inserted, cut short.
    static func randomBytes(_ generator: inout SeededGenerator) -> [UInt8] {
        var view = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...40, using: &generator) {
            view.append(scalars.randomElement(using: &generator)!)
        }
        var bytes = Array(String(view).utf8)
        switch Int.random(in: 0..<4, using: &generator) {
        case 0:
            break
        case 1 where !bytes.isEmpty:
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
        case 2:
            bytes.insert(contentsOf: fragments.randomElement(using: &generator)!,
                         at: Int.random(in: 0...bytes.count, using: &generator))
        default:
            bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &generator)))
        }
        return bytes
    }

    // MARK: The validator and its tables

    @Test func agreesWithSwiftOnRandomAndDamagedBytes() throws {
        var generator = SeededGenerator(seed: 0x5EED_0010)
        var valid = 0, invalid = 0
        for _ in 0..<20_000 {
            let bytes = Self.randomBytes(&generator)
            try Self.checkAgainstReference(bytes, valid: &valid, invalid: &invalid)
        }
        // Both outcomes were exercised.
        #expect(valid > 3_000 && invalid > 3_000, "valid \(valid), invalid \(invalid)")
    }

    @Test(arguments: fragments)
    func agreesWithSwiftOnEveryFragmentInContext(fragment: [UInt8]) throws {
        var valid = 0, invalid = 0
        for before in [[], Array("中".utf8), [0x41]] as [[UInt8]] {
            for after in [[], Array("文".utf8), [0x42], [0x80]] as [[UInt8]] {
                try Self.checkAgainstReference(before + fragment + after, valid: &valid, invalid: &invalid)
            }
        }
    }

    /// Every two-byte and every three-byte sequence with a multi-byte lead.
    @Test func agreesWithSwiftOnAllShortSequences() throws {
        var valid = 0, invalid = 0, longer = 0
        for lead in UInt8(0x80)...0xFF {
            for second in UInt8(0x00)...0xFF {
                try Self.checkAgainstReference([lead, second], valid: &valid, invalid: &invalid)
                guard lead >= 0xE0 else { continue }
                for third in [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF] as [UInt8] {
                    try Self.checkAgainstReference([lead, second, third], valid: &longer, invalid: &invalid)
                    if lead >= 0xF0 {
                        try Self.checkAgainstReference([lead, second, third, 0x80], valid: &longer, invalid: &invalid)
                    }
                }
            }
        }
        // C2...DF followed by one of the 64 continuation bytes.
        #expect(valid == 30 * 64)
        #expect(longer > 0)
    }

    /// `UTF8Text(validating:)` against `String(validating:)`, the first bad
    /// byte against ``UTF8Scan``, and the tables against recomputations.
    static func checkAgainstReference(_ bytes: [UInt8], valid: inout Int, invalid: inout Int) throws {
        let expected = String(validating: bytes, as: UTF8.self)
        let firstNUL = bytes.firstIndex(of: 0)
        let result: Result<UTF8Text, UTF8Text.Invalid>
        do throws(UTF8Text.Invalid) {
            result = .success(try UTF8Text(validating: bytes))
        } catch {
            result = .failure(error)
        }
        switch result {
        case .success(let content):
            valid += 1
            let text = try #require(expected, "accepted bytes Swift rejects: \(hex(bytes))")
            #expect(content.bytes == bytes)
            #expect(content.scalars == Array(text.unicodeScalars), "\(hex(bytes))")
            #expect(content.string == text)
            var offset = 0, line = 1
            for (index, scalar) in text.unicodeScalars.enumerated() {
                #expect(content.utf8Offset(ofScalar: index) == offset, "offset of \(index) in \(hex(bytes))")
                #expect(content.line(ofScalar: index) == line, "line of \(index) in \(hex(bytes))")
                offset += UTF8.width(scalar)
                if scalar == "\n" { line += 1 }
            }
            #expect(content.utf8Offset(ofScalar: content.count) == bytes.count)
            let strays = bytes.indices.filter { bytes[$0] != 0 && bytes[$0] < 0x20 && !(0x09...0x0D).contains(bytes[$0]) }
            #expect(content.firstNUL == firstNUL)
            #expect(content.strayControlCount == strays.count)
            #expect(content.firstStrayControl == strays.first)
        case .failure(let error):
            invalid += 1
            #expect(expected == nil, "rejected valid UTF-8 at \(error.byteOffset): \(hex(bytes))")
            #expect(error.byteOffset == TextDecoding.firstInvalidUTF8(bytes[...]), "first bad byte of \(hex(bytes))")
            #expect(error.firstNUL == firstNUL.flatMap { $0 < error.byteOffset ? $0 : nil })
        }
    }

    @Test func tablesOfAStringAreTheTablesOfItsBytes() {
        let text = "第一行\n2024年营收增长5%😀\r\n\n末行"
        let fromText = UTF8Text(text)
        let document = Document(id: "d", text: text)
        #expect(fromText == (try? UTF8Text(validating: Array(text.utf8))))
        #expect(document.text == text)
        #expect(document.scalars == Array(text.unicodeScalars))
        #expect(document.count == text.unicodeScalars.count)
        #expect(document.line(ofScalar: 0) == 1 && document.line(ofScalar: 4) == 2 && document.line(ofScalar: document.count - 1) == 4)
        let scalars = Array(text.unicodeScalars)
        for lower in 0...scalars.count {
            for upper in lower...scalars.count {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[lower..<upper])
                #expect(document.text(in: lower..<upper) == String(view))
            }
        }
        let empty = Document(id: "e", text: "")
        #expect(empty.count == 0 && empty.utf8Offset(ofScalar: 0) == 0 && empty.line(ofScalar: 0) == 1)
        #expect(empty.text(in: 0..<0) == "")
    }

    @Test func largeInputsGetTablesSizedByTheirLeadBytes() throws {
        // Past the size from which the lead bytes are counted first: the same tables, and
        // room for the code points only (not one per byte).
        let line = "2024年全市地区生产总值达到962.8亿元，同比增长5.2%。😀\n"
        let text = String(repeating: line, count: UTF8Text.countedCapacityBytes / line.utf8.count + 2)
        #expect(text.utf8.count > UTF8Text.countedCapacityBytes)
        let decoded = try UTF8Text(validating: Array(text.utf8))
        #expect(decoded.scalars == Array(text.unicodeScalars))
        #expect(decoded.scalars.capacity < text.utf8.count / 2)
        #expect(decoded.utf8Offset(ofScalar: decoded.count) == text.utf8.count)
        #expect(decoded.line(ofScalar: decoded.count - 1) == text.split(separator: "\n").count)
        #expect(UTF8Text.leadByteCount(Array(text.utf8)) == text.unicodeScalars.count)
        // A bad byte at the end of a large input is still found where it is.
        var damaged = Array(text.utf8)
        damaged.append(0xE4)
        #expect(throws: UTF8Text.Invalid(byteOffset: text.utf8.count, firstNUL: nil)) { try UTF8Text(validating: damaged) }
    }

    // MARK: TextDecoding, against the decoder it replaced

    @Test func decodesLikeTheEarlierDecoder() {
        var generator = SeededGenerator(seed: 0x5EED_0011)
        var compared = 0
        let prefixes: [[UInt8]] = [[], [0xEF, 0xBB, 0xBF]]
        for iteration in 0..<20_000 {
            var bytes = prefixes[iteration % 2] + Self.randomBytes(&generator)
            if iteration % 7 == 0 {
                // Control characters, enough of them now and then to be binary.
                for _ in 0..<Int.random(in: 1...12, using: &generator) {
                    bytes.insert(UInt8.random(in: 0...0x1F, using: &generator), at: Int.random(in: 0...bytes.count, using: &generator))
                }
            }
            for forced in [nil, "UTF-8"] as [String?] {
                guard let expected = Self.earlierDecode(bytes, forcedUTF8: forced != nil) else { continue }
                compared += 1
                let actual: Result<String, IngestError>
                do {
                    let decoded = try TextDecoding.decode(bytes, document: "f", encoding: forced)
                    #expect(decoded.encoding == "UTF-8")
                    #expect(decoded.hadBOM == bytes.starts(with: [0xEF, 0xBB, 0xBF]))
                    actual = .success(decoded.text)
                } catch {
                    actual = .failure(error)
                }
                #expect(actual == expected, "\(hex(bytes)) (encoding \(forced ?? "detected"))")
            }
        }
        #expect(compared > 25_000)
    }

    /// What the decoder before the one-pass validator returned for UTF-8
    /// input (or a UTF-8 error), or nil when it went on to other encodings.
    static func earlierDecode(_ bytes: [UInt8], forcedUTF8: Bool) -> Result<String, IngestError>? {
        func controls(from start: Int) -> IngestError? {
            var first: Int?, count = 0
            for index in start..<bytes.count where bytes[index] < 0x20 {
                if bytes[index] == 0 { return .notText(document: "f", byteOffset: index) }
                if !(0x09...0x0D).contains(bytes[index]) {
                    count += 1
                    if first == nil { first = index }
                }
            }
            if let first, count > 1, count * 50 > bytes.count - start { return .notText(document: "f", byteOffset: first) }
            return nil
        }
        func checked(_ text: String, from start: Int) -> Result<String, IngestError> {
            if let error = controls(from: start) { return .failure(error) }
            if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0 == "\u{FEFF}" }) {
                return .failure(.empty(document: "f"))
            }
            return .success(text)
        }
        guard !bytes.isEmpty else { return .failure(.empty(document: "f")) }
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        if bom || forcedUTF8 {
            let start = bom ? 3 : 0
            let body = bytes[start...]
            guard !body.isEmpty else { return .failure(.empty(document: "f")) }
            guard let text = String(validating: body, as: UTF8.self) else {
                return .failure(.undecodable(document: "f", encoding: "UTF-8",
                                             byteOffset: TextDecoding.firstInvalidUTF8(body).map { $0 + start }))
            }
            return checked(text, from: start)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            return nil
        }
        if let nul = bytes.firstIndex(of: 0) { return .failure(.notText(document: "f", byteOffset: nul)) }
        if let text = String(validating: bytes, as: UTF8.self) { return checked(text, from: 0) }
        let scan = UTF8Scan(bytes[...])
        if scan.validMultibyte >= 3 * scan.invalidSequences {
            return .failure(.undecodable(document: "f", encoding: "UTF-8", byteOffset: scan.firstInvalid))
        }
        return nil
    }

    /// The shortcut of the blank check against the Unicode property, for every code point.
    @Test func blankIsWhiteSpaceOrByteOrderMark() {
        var blank = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = scalar.properties.isWhitespace || scalar == "\u{FEFF}"
            if expected { blank += 1 }
            if TextDecoding.isBlank(scalar) != expected { Issue.record("U+\(String(value, radix: 16))") }
        }
        #expect(blank == 26)
    }

    @Test(arguments: [
        ("", "f: empty document"), (" \n\u{3000}\u{FEFF}", "f: empty document"), ("a\u{0}b", "f: not text (binary byte at offset 1)"),
        ("\u{1}\u{2}x", "f: not text (binary byte at offset 0)"), ("增长\u{1}" + String(repeating: "字", count: 20) + "\u{2}", "f: not text (binary byte at offset 6)"),
    ])
    func decodedTextIsCheckedLikeAFile(text: String, message: String) {
        #expect(throws: IngestError.self) { try TextDecoding.validate(text, document: "f") }
        do {
            _ = try TextDecoding.validated(text, document: "f")
            Issue.record("accepted \(text.debugDescription)")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func decodedTextThatPassesKeepsItsTables() throws {
        let text = "增长\u{1}" + String(repeating: "字", count: 60) + "\u{2}\n第二行"
        let content = try TextDecoding.validated(text, document: "f")
        #expect(content == UTF8Text(text))
        #expect(content.strayControlCount == 2 && content.firstStrayControl == 6)
        #expect(Document(id: "f", content: content).line(ofScalar: content.count - 1) == 2)
    }
}

private func hex(_ bytes: [UInt8]) -> String {
    bytes.map { String(format: "%02X", $0) }.joined(separator: " ")
}
