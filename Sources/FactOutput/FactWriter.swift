import FactCore

/// The output columns, in the order every writer emits them.
///
/// CSV headers and JSON Lines keys are these raw values, in this order.
public enum FactColumn: String, CaseIterable, Sendable {
    case doc, start, end
    case byteStart = "byte_start"
    case byteEnd = "byte_end"
    case line, text, kind, value
    case valueMax = "value_max"
    case unit
    case unitText = "unit_text"
    case approx, time
    case timeText = "time_text"
    case metric, modality, sentence
}

/// Writes facts in one output format.
///
/// Writers render rows as bytes into a ``UTF8Buffer``; the generic
/// `write(_:meta:to:)` takes any `TextOutputStream` (a `String` is one), so
/// the caller chooses between building a string and streaming:
///
/// ```swift
/// var out = ""
/// let writer = FactFormat.csv.makeWriter(bom: true)
/// writer.writeHeader(to: &out)               // once per output
/// writer.write(facts, meta: doc.meta, to: &out) // once per document
/// ```
public protocol FactWriter: Sendable {
    /// Writes what precedes the first row (BOM and header line for CSV;
    /// nothing for JSON Lines).
    func writeHeader<Out: TextOutputStream>(to out: inout Out)
    /// Appends one row per fact to `buffer`. `meta` is the document's
    /// pass-through fields; formats without a place for them ignore it.
    func write(_ facts: [Fact], meta: [String: JSONText]?, into buffer: inout UTF8Buffer)
}

extension FactWriter {
    /// Writes one row per fact to any text stream, one `write` call per row.
    public func write<Out: TextOutputStream>(_ facts: [Fact], meta: [String: JSONText]?, to out: inout Out) {
        var buffer = UTF8Buffer()
        for fact in facts {
            buffer.removeAll()
            write([fact], meta: meta, into: &buffer)
            out.write(buffer.string)
        }
    }

    /// The header as a string (empty for JSON Lines).
    public var header: String {
        var out = ""
        writeHeader(to: &out)
        return out
    }

    /// Writes facts without document metadata.
    public func write<Out: TextOutputStream>(_ facts: [Fact], to out: inout Out) {
        write(facts, meta: nil, to: &out)
    }

    /// A complete output: the header (when `includeHeader`) followed by the rows.
    public func render(_ facts: [Fact], meta: [String: JSONText]? = nil, includeHeader: Bool = true) -> String {
        var out = ""
        if includeHeader { writeHeader(to: &out) }
        write(facts, meta: meta, to: &out)
        return out
    }
}

/// The output formats of `zhfacts extract`.
public enum FactFormat: String, CaseIterable, Sendable {
    case csv, jsonl

    /// A writer for this format. `bom` asks for a UTF-8 byte order mark at the
    /// start of a CSV file (for spreadsheet programs); JSON Lines never has one.
    public func makeWriter(bom: Bool = false, csvMeta: Bool = false) -> any FactWriter {
        switch self {
        case .csv: CSVFactWriter(bom: bom, includesMeta: csvMeta)
        case .jsonl: JSONLFactWriter()
        }
    }

    /// The usual file extension, without the dot.
    public var fileExtension: String { rawValue }

    /// The format a file extension names (`csv`; `jsonl`, `ndjson`), case-insensitively.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "csv": self = .csv
        case "jsonl", "ndjson": self = .jsonl
        default: return nil
        }
    }
}
