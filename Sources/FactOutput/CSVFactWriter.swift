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

    public func write(_ facts: [Fact], meta: [String: String]?, into buffer: inout UTF8Buffer) {
        for fact in facts { Self.appendRecord(of: fact, to: &buffer) }
    }

    /// One record (with its terminator).
    static func appendRecord(of fact: Fact, to out: inout UTF8Buffer) {
        out.appendCSVField(fact.span.document)
        out.append(",")
        out.append(fact.span.scalarStart)
        out.append(",")
        out.append(fact.span.scalarEnd)
        out.append(",")
        out.append(fact.provenance.byteStart)
        out.append(",")
        out.append(fact.provenance.byteEnd)
        out.append(",")
        out.append(fact.provenance.line)
        out.append(",")
        out.appendCSVField(fact.text)
        out.append(",")
        out.append(fact.kind.rawValue)
        out.append(",")
        out.appendCSVField(fact.value?.plainString)
        out.append(",")
        out.appendCSVField(fact.valueMax?.plainString)
        out.append(",")
        out.appendCSVField(fact.unit)
        out.append(",")
        out.appendCSVField(fact.unitText)
        out.append(",")
        out.append(fact.approx.rawValue)
        out.append(",")
        out.appendCSVField(fact.time)
        out.append(",")
        out.appendCSVField(fact.timeText)
        out.append(",")
        out.appendCSVField(fact.metric)
        out.append(",")
        out.append(fact.modality.rawValue)
        out.append(",")
        out.appendCSVField(fact.provenance.sentence)
        out.append("\r\n")
    }

    /// Appends one field, quoted when needed; nil is an empty field, "" is `""`.
    static func appendField(_ field: String?, to out: inout String) {
        var buffer = UTF8Buffer()
        buffer.appendCSVField(field)
        out.append(buffer.string)
    }
}
