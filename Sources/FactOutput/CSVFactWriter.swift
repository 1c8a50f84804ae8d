import FactCore

/// Writes facts as RFC 4180 CSV in UTF-8.
///
/// - Records end with CRLF, as RFC 4180 prescribes (line breaks inside quoted
///   fields are kept as they are in the text).
/// - The first record is the header: the ``FactColumn`` names in order.
/// - A field is quoted when it contains `,`, `"`, CR or LF; quotes inside are doubled.
/// - A nil value is an empty field; an empty (non-nil) string is written `""`,
///   so ``CSVFactReader`` can tell the two apart.
/// - `value` and `value_max` are plain decimals (`Decimal.plainString`).
/// - `sentence` is `fact.provenance.sentence`. The document's `meta`, the
///   sentence index and the rule name are not written.
public struct CSVFactWriter: FactWriter {
    /// Whether ``writeHeader(to:)`` starts with a UTF-8 byte order mark.
    public var bom: Bool

    /// The record terminator.
    public static let lineTerminator = "\r\n"

    public init(bom: Bool = false) {
        self.bom = bom
    }

    public func writeHeader<Out: TextOutputStream>(to out: inout Out) {
        if bom { out.write("\u{FEFF}") }
        out.write(FactColumn.allCases.map(\.rawValue).joined(separator: ","))
        out.write(Self.lineTerminator)
    }

    public func write<Out: TextOutputStream>(_ facts: [Fact], meta: [String: String]?, to out: inout Out) {
        var record = ""
        for fact in facts {
            record.removeAll(keepingCapacity: true)
            Self.appendRecord(of: fact, to: &record)
            out.write(record)
        }
    }

    /// One record (with its terminator).
    static func appendRecord(of fact: Fact, to out: inout String) {
        appendField(fact.span.document, to: &out)
        out.append(",")
        out.append(String(fact.span.scalarStart))
        out.append(",")
        out.append(String(fact.span.scalarEnd))
        out.append(",")
        out.append(String(fact.provenance.byteStart))
        out.append(",")
        out.append(String(fact.provenance.byteEnd))
        out.append(",")
        out.append(String(fact.provenance.line))
        out.append(",")
        appendField(fact.text, to: &out)
        out.append(",")
        out.append(fact.kind.rawValue)
        out.append(",")
        appendField(fact.value?.plainString, to: &out)
        out.append(",")
        appendField(fact.valueMax?.plainString, to: &out)
        out.append(",")
        appendField(fact.unit, to: &out)
        out.append(",")
        appendField(fact.unitText, to: &out)
        out.append(",")
        out.append(fact.approx.rawValue)
        out.append(",")
        appendField(fact.time, to: &out)
        out.append(",")
        appendField(fact.timeText, to: &out)
        out.append(",")
        appendField(fact.metric, to: &out)
        out.append(",")
        out.append(fact.modality.rawValue)
        out.append(",")
        appendField(fact.provenance.sentence, to: &out)
        out.append(lineTerminator)
    }

    /// Appends one field, quoted when needed; nil is an empty field, "" is `""`.
    static func appendField(_ field: String?, to out: inout String) {
        guard let field else { return }
        if field.isEmpty {
            out.append("\"\"")
            return
        }
        var needsQuotes = false
        for byte in field.utf8 where byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n") {
            needsQuotes = true
            break
        }
        guard needsQuotes else {
            out.append(field)
            return
        }
        out.append("\"")
        if field.utf8.contains(UInt8(ascii: "\"")) {
            // By code point: a quote may begin a grapheme cluster (`"` + U+0301).
            for scalar in field.unicodeScalars {
                if scalar == "\"" { out.unicodeScalars.append(scalar) }
                out.unicodeScalars.append(scalar)
            }
        } else {
            out.append(field)
        }
        out.append("\"")
    }
}
