import Foundation
import FactCore

/// A CSV file that ``CSVFactReader`` cannot read, with the line at fault.
public struct CSVReadError: Error, CustomStringConvertible, Sendable {
    /// The file as named by the caller (nil when parsing a string).
    public var file: String?
    /// 1-based line of the record (0 when the whole file is at fault).
    public var line: Int
    public var message: String

    public init(file: String?, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        "\(file ?? "<csv>"):\(line): \(message)"
    }
}

/// A fact read back from CSV with the line its record starts on.
public struct CSVFactRecord: Sendable, Hashable {
    /// 1-based line of the record in the file (the header is line 1).
    public var line: Int
    public var fact: Fact
}

/// Reads CSV written by ``CSVFactWriter`` back into facts.
///
/// The header must name exactly the ``FactColumn`` columns in order, and may
/// end with the `meta` column that JSON Lines input adds (not read); a UTF-8
/// BOM and CRLF or LF line ends are accepted. An empty unquoted field is nil,
/// `""` is an empty string. The CSV has no column for the sentence index or
/// the rule, so every fact read gets `provenance.sentenceIndex == -1` and
/// `rule == self.rule`; all other fields round-trip (decimals to the 12
/// places that `Decimal.plainString` keeps).
public struct CSVFactReader: Sendable {
    /// The `rule` given to every fact read.
    public var rule: String

    public init(rule: String = "csv") {
        self.rule = rule
    }

    /// Reads a CSV file.
    public func read(contentsOf url: URL) throws(CSVReadError) -> [Fact] {
        try readRecords(contentsOf: url).map(\.fact)
    }

    /// Reads CSV text; `file` names it in errors.
    public func read(_ text: String, file: String? = nil) throws(CSVReadError) -> [Fact] {
        try readRecords(Array(text.utf8), file: file).map(\.fact)
    }

    /// Reads a CSV file, keeping each record's line number.
    public func readRecords(contentsOf url: URL) throws(CSVReadError) -> [CSVFactRecord] {
        let name = url.isFileURL ? url.path : url.absoluteString
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CSVReadError(file: name, line: 0, message: "cannot read: \(error.localizedDescription)")
        }
        guard String(data: data, encoding: .utf8) != nil else {
            throw CSVReadError(file: name, line: 0, message: "not valid UTF-8")
        }
        return try readRecords([UInt8](data), file: name)
    }

    /// Reads CSV bytes (UTF-8), keeping each record's line number.
    public func readRecords(_ bytes: [UInt8], file: String? = nil) throws(CSVReadError) -> [CSVFactRecord] {
        let records: [CSVRecord]
        do {
            records = try CSVParser.records(in: bytes)
        } catch {
            throw CSVReadError(file: file, line: error.line, message: error.message)
        }
        guard let header = records.first else {
            throw CSVReadError(file: file, line: 0, message: "empty file: no header")
        }
        let expected = FactColumn.allCases.map(\.rawValue)
        let names = header.fields.map(\.text)
        let hasMeta = names == expected + [CSVFactWriter.metaColumn]
        guard names == expected || hasMeta else {
            throw CSVReadError(
                file: file, line: header.line,
                message: "header is not \(expected.joined(separator: ","))")
        }
        var facts: [CSVFactRecord] = []
        facts.reserveCapacity(records.count - 1)
        for record in records.dropFirst() {
            do {
                let fields = hasMeta && record.fields.count == expected.count + 1 ? Array(record.fields.dropLast()) : record.fields
                facts.append(CSVFactRecord(line: record.line, fact: try fact(from: fields)))
            } catch {
                throw CSVReadError(file: file, line: record.line, message: error.message)
            }
        }
        return facts
    }

    private struct FieldError: Error {
        var message: String
    }

    private func fact(from fields: [CSVField]) throws(FieldError) -> Fact {
        guard fields.count == FactColumn.allCases.count else {
            throw FieldError(message: "\(fields.count) fields, expected \(FactColumn.allCases.count)")
        }
        func field(_ column: FactColumn) -> CSVField {
            fields[FactColumn.allCases.firstIndex(of: column)!]
        }
        func string(_ column: FactColumn) -> String { field(column).text }
        func optional(_ column: FactColumn) -> String? {
            let f = field(column)
            return f.text.isEmpty && !f.quoted ? nil : f.text
        }
        func int(_ column: FactColumn) throws(FieldError) -> Int {
            guard let value = Int(field(column).text), value >= 0 else {
                throw FieldError(message: "\(column.rawValue): not a non-negative integer: \(field(column).text)")
            }
            return value
        }
        func decimal(_ column: FactColumn) throws(FieldError) -> Decimal? {
            guard let text = optional(column) else { return nil }
            guard let value = parsePlainDecimal(text) else {
                throw FieldError(message: "\(column.rawValue): not a plain decimal: \(text)")
            }
            return value
        }
        func enumValue<E: RawRepresentable>(_ column: FactColumn, _: E.Type) throws(FieldError) -> E
        where E.RawValue == String {
            guard let value = E(rawValue: field(column).text) else {
                throw FieldError(message: "\(column.rawValue): unknown value: \(field(column).text)")
            }
            return value
        }

        let start = try int(.start), end = try int(.end)
        guard start <= end else { throw FieldError(message: "start \(start) after end \(end)") }
        let byteStart = try int(.byteStart), byteEnd = try int(.byteEnd)
        guard byteStart <= byteEnd else {
            throw FieldError(message: "byte_start \(byteStart) after byte_end \(byteEnd)")
        }
        return Fact(
            span: Span(document: string(.doc), scalarStart: start, scalarEnd: end),
            text: string(.text),
            kind: try enumValue(.kind, FactKind.self),
            value: try decimal(.value),
            valueMax: try decimal(.valueMax),
            unit: optional(.unit),
            unitText: optional(.unitText),
            approx: try enumValue(.approx, Approximation.self),
            time: optional(.time),
            timeText: optional(.timeText),
            metric: optional(.metric),
            modality: try enumValue(.modality, Modality.self),
            provenance: Provenance(
                byteStart: byteStart, byteEnd: byteEnd, line: try int(.line),
                sentenceIndex: -1, sentence: string(.sentence)),
            rule: rule)
    }
}

/// `-?digits(.digits)?` as a Decimal; nil for anything else (no exponent, no
/// spaces, no trailing junk that `Decimal(string:)` would silently drop).
func parsePlainDecimal(_ text: String) -> Decimal? {
    var sawDigit = false, sawPoint = false
    for (offset, byte) in text.utf8.enumerated() {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): sawDigit = true
        case UInt8(ascii: "-") where offset == 0: continue
        case UInt8(ascii: ".") where !sawPoint && sawDigit: sawPoint = true; sawDigit = false
        default: return nil
        }
    }
    guard sawDigit else { return nil }
    return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
}
