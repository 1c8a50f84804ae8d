import Foundation
import Testing
import TestSupport
@testable import FactCore
@testable import FactOutput

// The writers' rows (prepared literals around fields written into capacity
// reserved once) checked against rows assembled field by field from
// JSONString.literal, String(Int), the plainString of before and a CSV
// field quoted the obvious way.

func bytes<let count: Int>(_ array: InlineArray<count, UInt8>) -> [UInt8] { (0..<count).map { array[$0] } }

/// The values of a fact's columns, in `FactColumn` order, for both formats.
func referenceColumns(_ fact: Fact) -> [(FactColumn, json: String, csv: String)] {
    func text(_ value: String?) -> (String, String) { (JSONString.literal(value), referenceCSVField(value)) }
    func integer(_ value: Int) -> (String, String) { (String(value), String(value)) }
    func decimal(_ value: Decimal?) -> (String, String) {
        let plain = value.map(referencePlainString)
        return (JSONString.literal(plain), referenceCSVField(plain))
    }
    func raw(_ value: String) -> (String, String) { ("\"\(value)\"", value) }
    let values: [(String, String)] = [
        text(fact.span.document), integer(fact.span.scalarStart), integer(fact.span.scalarEnd),
        integer(fact.provenance.byteStart), integer(fact.provenance.byteEnd), integer(fact.provenance.line),
        text(fact.text), raw(fact.kind.rawValue), decimal(fact.value), decimal(fact.valueMax), text(fact.unit),
        text(fact.unitText), raw(fact.approx.rawValue), text(fact.time), text(fact.timeText), text(fact.metric),
        raw(fact.modality.rawValue), text(fact.provenance.sentence),
    ]
    return zip(FactColumn.allCases, values).map { ($0, $1.0, $1.1) }
}

func referenceJSONLine(_ fact: Fact, meta: [String: JSONText]?) -> String {
    var line = "{" + referenceColumns(fact).map { "\"\($0.0.rawValue)\":\($0.json)" }.joined(separator: ",")
    if let meta, !meta.isEmpty {
        line += ",\"meta\":{" + meta.keys.sorted().map { JSONString.literal($0) + ":" + meta[$0]!.text }
            .joined(separator: ",") + "}"
    }
    return line + "}\n"
}

func referenceCSVRecord(_ fact: Fact) -> String {
    referenceColumns(fact).map(\.csv).joined(separator: ",") + "\r\n"
}

/// Random text mixing what needs escaping or quoting with what does not,
/// short (under 16 bytes: one byte-by-byte pass) and long (whole-string scans).
func randomText(_ generator: inout SeededGenerator, maxLength: Int = 40) -> String {
    let pieces = ["a", "Z", "7", " ", ",", "\"", "\\", "\n", "\r", "\t", "\u{00}", "\u{01}", "\u{08}", "\u{0C}",
                  "\u{1F}", "\u{7F}", "é", "e\u{301}", "中", "文", "𠮷", "／", "—", ".", "亿元", "2018年"]
    let length = Int.random(in: 0...maxLength, using: &generator)
    var text = ""
    for _ in 0..<length {
        // Mostly plain text, as in news, with an occasional special.
        let piece = Int.random(in: 0..<4, using: &generator) == 0
            ? pieces.randomElement(using: &generator)! : ["中", "文", "a", "5", "亿元"].randomElement(using: &generator)!
        text += piece
    }
    return text
}

/// Facts of a few documents whose consecutive facts often share a sentence
/// (the same string, an equal string in other storage, or a canonically
/// equivalent one spelled with other bytes: that one must not be reused).
func randomFacts(count: Int, seed: UInt64) -> [Fact] {
    var generator = SeededGenerator(seed: seed)
    var facts: [Fact] = []
    var document = "a/b.txt"
    var sentence = "他说：\"数千万元\"，第二行"
    func maybeText(_ maxLength: Int) -> String? {
        Int.random(in: 0..<3, using: &generator) == 0 ? nil : randomText(&generator, maxLength: maxLength)
    }
    for _ in 0..<count {
        switch Int.random(in: 0..<10, using: &generator) {
        case 0: document = randomText(&generator, maxLength: 12)
        case 1: sentence = randomText(&generator, maxLength: 80)
        case 2: sentence = String(decoding: Array(sentence.utf8), as: UTF8.self)  // equal, other storage
        case 3: sentence = sentence.contains("é") ? sentence.replacingOccurrences(of: "é", with: "e\u{301}") : sentence + "é"
        default: break
        }
        let start = Int.random(in: 0...99_999, using: &generator)
        let end = Int.random(in: 100_000...1_000_000_000, using: &generator)
        let text = randomText(&generator)
        let kind = FactKind.allCases.randomElement(using: &generator)!
        let value = Bool.random(using: &generator) ? randomDecimal(&generator) : nil
        let valueMax = Int.random(in: 0..<4, using: &generator) == 0 ? randomDecimal(&generator) : nil
        let unit = maybeText(6), unitText = maybeText(6), time = maybeText(20), timeText = maybeText(40), metric = maybeText(40)
        let approx = Approximation.allCases.randomElement(using: &generator)!
        let modality = Modality.allCases.randomElement(using: &generator)!
        let byteStart = Int.random(in: Int(Int32.min)...Int(Int32.max), using: &generator)
        let byteEnd = [0, 9, 10, 99_999_999, 100_000_000, Int.max, Int.min].randomElement(using: &generator)!
        let line = Int.random(in: 1...5000, using: &generator)
        facts.append(Fact(
            span: Span(document: document, scalarStart: start, scalarEnd: end), text: text, kind: kind,
            value: value, valueMax: valueMax, unit: unit, unitText: unitText, approx: approx, time: time,
            timeText: timeText, metric: metric, modality: modality,
            provenance: Provenance(byteStart: byteStart, byteEnd: byteEnd, line: line, sentenceIndex: 0, sentence: sentence),
            rule: "test"))
    }
    return facts
}

@Suite struct PreparedRowTests {
    @Test func enumRawValuesAreWrittenAsTheyAreSpelled() {
        for kind in FactKind.allCases {
            #expect(rendered(atMost: 16) { $0.append(kind) } == utf8(kind.rawValue))
        }
        for approximation in Approximation.allCases {
            #expect(rendered(atMost: 8) { $0.append(approximation) } == utf8(approximation.rawValue))
        }
        for modality in Modality.allCases {
            #expect(rendered(atMost: 8) { $0.append(modality) } == utf8(modality.rawValue))
        }
        #expect(FactEnumLiterals.maximumCount == 16 + 8 + 8)
    }

    /// What the writers print for a value is its plainString.
    @Test func decimalTextIsThePlainString() {
        var generator = SeededGenerator(seed: 4)
        for value in (0..<3000).map({ _ in randomDecimal(&generator) }) + [.nan, 0, Decimal(100) / 3] {
            let reference = referencePlainString(value)
            let text = DecimalText(value)
            #expect(rendered(atMost: DecimalText.maximumJSONCount(of: text)) { DecimalText.appendJSON(text, to: &$0) }
                == utf8(JSONString.literal(reference)))
            #expect(rendered(atMost: DecimalText.maximumCSVCount(of: text)) { DecimalText.appendCSV(text, to: &$0) }
                == utf8(referenceCSVField(reference)))
        }
        #expect(rendered(atMost: 4) { DecimalText.appendJSON(nil, to: &$0) } == utf8("null"))
        #expect(rendered(atMost: 0) { DecimalText.appendCSV(nil, to: &$0) } == [])
    }

    @Test func keysSpellTheColumnsInOrder() {
        typealias Keys = JSONLFactWriter.Keys
        func key(_ column: FactColumn) -> String { "\"\(column.rawValue)\":" }
        let written: [[UInt8]] = [bytes(Keys.doc), bytes(Keys.start), bytes(Keys.end), bytes(Keys.byteStart),
                                  bytes(Keys.byteEnd), bytes(Keys.line), bytes(Keys.text), bytes(Keys.kind), bytes(Keys.value),
                                  bytes(Keys.valueMax), bytes(Keys.unit), bytes(Keys.unitText), bytes(Keys.approx),
                                  bytes(Keys.time), bytes(Keys.timeText), bytes(Keys.metric), bytes(Keys.modality),
                                  bytes(Keys.sentence)]
        // A row with every value "V": the keys written around the values
        // (the enum values' quotes are in the keys; `modality`'s closing
        // quote is written after it) read as the row spelled from the columns.
        var row = ""
        for (index, column) in FactColumn.allCases.enumerated() {
            row += String(decoding: written[index], as: UTF8.self) + "V" + (column == .modality ? "\"" : "")
        }
        let expected = "{" + FactColumn.allCases.map { column in
            key(column) + ([.kind, .approx, .modality].contains(column) ? "\"V\"" : "V")
        }.joined(separator: ",")
        #expect(row == expected)
        #expect(String(decoding: written[7], as: UTF8.self) == ",\"kind\":\"")
        #expect(String(decoding: written[8], as: UTF8.self) == "\",\"value\":")
        #expect(String(decoding: written[13], as: UTF8.self) == "\",\"time\":")
        #expect(Keys.fixedCount == written[2...16].map(\.count).reduce(0, +) + FactEnumLiterals.maximumCount + 1)
    }

    /// Rows of random facts, written in one call and in random chunks, are the
    /// rows assembled field by field from the references.
    @Test func jsonLinesAreTheReferenceRows() {
        for seed in 1...4 as ClosedRange<UInt64> {
            let facts = randomFacts(count: 400, seed: seed)
            let passed = ["source": JSONText(string: "新华社"), "id": JSONText(string: "a\"1\n"), "z": JSONText(string: ""),
                          "n": JSONText(validJSON: Array("-0.5e3".utf8))]
            for meta in [nil, [:], passed] as [[String: JSONText]?] {
                let expected = facts.map { referenceJSONLine($0, meta: meta) }.joined()
                #expect(utf8(JSONLFactWriter().render(facts, meta: meta)) == utf8(expected))
                var buffer = UTF8Buffer(capacity: 1000)
                var generator = SeededGenerator(seed: seed)
                var start = 0
                while start < facts.count {
                    let end = min(facts.count, start + Int.random(in: 1...30, using: &generator))
                    JSONLFactWriter().write(Array(facts[start..<end]), meta: meta, into: &buffer)
                    start = end
                }
                #expect(buffer.bytes == utf8(expected))
            }
        }
    }

    @Test func csvRecordsAreTheReferenceRecords() throws {
        for seed in 5...8 as ClosedRange<UInt64> {
            let facts = randomFacts(count: 400, seed: seed)
            let expected = facts.map(referenceCSVRecord).joined()
            var buffer = UTF8Buffer()
            CSVFactWriter().write(facts, meta: ["ignored": JSONText(string: "x")], into: &buffer)
            #expect(buffer.bytes == utf8(expected))
            let records = try CSVParser.records(in: buffer.bytes)
            #expect(records.allSatisfy { $0.fields.count == FactColumn.allCases.count })
        }
    }

    @Test func aSentenceSpelledWithOtherBytesIsNotReused() {
        let first = makeFact(sentence: "café")
        let second = makeFact(sentence: "cafe\u{301}")
        let text = JSONLFactWriter().render([first, second])
        #expect(utf8(text) == utf8(referenceJSONLine(first, meta: nil) + referenceJSONLine(second, meta: nil)))
        #expect(utf8(text).suffix(6) == utf8("e\u{301}\"}\n"))
        #expect(utf8(CSVFactWriter().render([first, second], includeHeader: false))
            == utf8(referenceCSVRecord(first) + referenceCSVRecord(second)))
    }
}
