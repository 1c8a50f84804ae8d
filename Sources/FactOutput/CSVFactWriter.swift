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
/// - `sentence` is `fact.provenance.sentence`. The sentence index and the
///   rule name are not written.
/// - With ``includesMeta`` (JSON Lines input), one more column, `meta`, after
///   `sentence`: the document's pass-through members as a JSON object
///   (``FactCore/JSONText/object(_:)``), empty when it has none.
public struct CSVFactWriter: FactWriter {
    /// Whether ``writeHeader(to:)`` starts with a UTF-8 byte order mark.
    public var bom: Bool
    /// Whether records end with a `meta` column.
    public var includesMeta: Bool

    /// The record terminator.
    public static let lineTerminator = "\r\n"
    /// The name of the column after ``FactColumn``'s when ``includesMeta``.
    public static let metaColumn = "meta"

    public init(bom: Bool = false, includesMeta: Bool = false) {
        self.bom = bom
        self.includesMeta = includesMeta
    }

    public func writeHeader<Out: TextOutputStream>(to out: inout Out) {
        if bom { out.write("\u{FEFF}") }
        out.write(FactColumn.allCases.map(\.rawValue).joined(separator: ","))
        if includesMeta { out.write("," + Self.metaColumn) }
        out.write(Self.lineTerminator)
    }

    /// A record is one append (``appendRecord(of:literals:to:)``): the
    /// document's field and the sentence's are prepared once
    /// (``RowLiterals``), the fields between them are written into the same
    /// reserved capacity.
    public func write(_ facts: [Fact], meta: [String: JSONText]?, into buffer: inout UTF8Buffer) {
        var literals = RowLiterals()
        // The meta field is the document's: prepared once, closing every record.
        var metaField = UTF8Buffer()
        if includesMeta {
            metaField.append(byte: UInt8(ascii: ","))
            metaField.appendCSVField(meta.flatMap(JSONText.object))
        }
        for fact in facts {
            literals.update(document: fact.span.document, sentence: fact.provenance.sentence) { document, bytes in
                bytes.appendCSVField(document)
                bytes.append(byte: UInt8(ascii: ","))
            } closing: { sentence, bytes in
                bytes.append(byte: UInt8(ascii: ","))
                bytes.appendCSVField(sentence)
                bytes.append(metaField)
                bytes.append(atMost: 2) { $0.append(0x0D); $0.append(0x0A) }
            }
            Self.appendRecord(of: fact, literals: literals, to: &buffer)
        }
    }

    /// One record (with its terminator): the document's field and the comma
    /// after it, the fields from `start` to `modality`, the comma before the
    /// sentence's field, it and CRLF. The literals are copied whole; the
    /// fields are written into capacity reserved once for all of them.
    @inline(__always) static func appendRecord(of fact: Fact, literals: RowLiterals, to buffer: inout UTF8Buffer) {
        let value = fact.value.map(DecimalText.init)
        let valueMax = fact.valueMax.map(DecimalText.init)
        buffer.append(literals.opening)
        let maximum = fixedCount &+ 5 &* PlainDecimal.maximumUTF8Count
            &+ UTF8Buffer.maximumCSVCount(of: fact.text) &+ DecimalText.maximumCSVCount(of: value)
            &+ DecimalText.maximumCSVCount(of: valueMax) &+ UTF8Buffer.maximumCSVCount(of: fact.unit)
            &+ UTF8Buffer.maximumCSVCount(of: fact.unitText) &+ UTF8Buffer.maximumCSVCount(of: fact.time)
            &+ UTF8Buffer.maximumCSVCount(of: fact.timeText) &+ UTF8Buffer.maximumCSVCount(of: fact.metric)
        buffer.append(atMost: maximum) { out in
            let comma = UInt8(ascii: ",")
            PlainDecimal(fact.span.scalarStart).write(to: &out)
            out.append(comma)
            PlainDecimal(fact.span.scalarEnd).write(to: &out)
            out.append(comma)
            PlainDecimal(fact.provenance.byteStart).write(to: &out)
            out.append(comma)
            PlainDecimal(fact.provenance.byteEnd).write(to: &out)
            out.append(comma)
            PlainDecimal(fact.provenance.line).write(to: &out)
            out.append(comma)
            out.appendCSVField(fact.text)
            out.append(comma)
            out.append(fact.kind)
            out.append(comma)
            DecimalText.appendCSV(value, to: &out)
            out.append(comma)
            DecimalText.appendCSV(valueMax, to: &out)
            out.append(comma)
            out.appendCSVField(fact.unit)
            out.append(comma)
            out.appendCSVField(fact.unitText)
            out.append(comma)
            out.append(fact.approx)
            out.append(comma)
            out.appendCSVField(fact.time)
            out.append(comma)
            out.appendCSVField(fact.timeText)
            out.append(comma)
            out.appendCSVField(fact.metric)
            out.append(comma)
            out.append(fact.modality)
        }
        buffer.append(literals.closing)
    }

    /// The most bytes of a record's fields from `start` to `modality`
    /// besides the values: the 15 commas between them and the longest raw
    /// values of `kind`, `approx` and `modality` (never quoted).
    static let fixedCount = 15 + FactEnumLiterals.maximumCount

    /// Appends one field, quoted when needed; nil is an empty field, "" is `""`.
    static func appendField(_ field: String?, to out: inout String) {
        var buffer = UTF8Buffer()
        buffer.appendCSVField(field)
        out.append(buffer.string)
    }
}
