import FactCore

/// Writes facts as JSON Lines: one object per fact, terminated by LF.
///
/// Keys come in ``FactColumn`` order, followed by `meta` (keys sorted) when
/// the document has any, so the output is byte-for-byte deterministic.
/// `start`, `end`, `byte_start`, `byte_end` and `line` are JSON integers;
/// `value` and `value_max` are plain-decimal strings or null; the other
/// fields are strings or null. Non-ASCII text stays UTF-8; only `"`, `\`
/// and control characters (U+0000–U+001F) are escaped.
public struct JSONLFactWriter: FactWriter {
    public init() {}

    /// JSON Lines has no header.
    public func writeHeader<Out: TextOutputStream>(to out: inout Out) {}

    /// `meta` is written as a `"meta"` object when it is non-nil and non-empty.
    ///
    /// A row is one append (``appendRow(of:literals:to:)``): the document's
    /// opening and the sentence with what follows it are prepared once
    /// (``RowLiterals``), the fields between them are written into the same
    /// reserved capacity.
    public func write(_ facts: [Fact], meta: [String: JSONText]?, into buffer: inout UTF8Buffer) {
        let meta = Self.metaObject(meta)
        var literals = RowLiterals()
        for fact in facts {
            literals.update(document: fact.span.document, sentence: fact.provenance.sentence) { document, bytes in
                bytes.append(atMost: Keys.doc.count) { $0.append(Keys.doc) }
                bytes.appendJSONString(document)
                bytes.append(atMost: Keys.start.count) { $0.append(Keys.start) }
            } closing: { sentence, bytes in
                bytes.append(atMost: Keys.sentence.count) { $0.append(Keys.sentence) }
                bytes.appendJSONString(sentence)
                bytes.append(meta)
                bytes.append(atMost: 2) { $0.append(UInt8(ascii: "}")); $0.append(0x0A) }
            }
            Self.appendRow(of: fact, literals: literals, to: &buffer)
        }
    }

    /// `,"meta":{…}` (``JSONText/object(_:)``: keys sorted, values as they
    /// came), or nothing for nil or empty.
    static func metaObject(_ meta: [String: JSONText]?) -> UTF8Buffer {
        var text = UTF8Buffer()
        guard let meta, let object = JSONText.object(meta) else { return text }
        text.append(",\"meta\":")
        text.append(object)
        return text
    }

    /// The row of `fact`: the opening, the fields from `start` (its value: the
    /// key is in the opening) to `modality`, the closing. The literals are
    /// copied whole; the fields are written into capacity reserved once for
    /// all of them.
    @inline(__always) static func appendRow(of fact: Fact, literals: RowLiterals, to buffer: inout UTF8Buffer) {
        let value = fact.value.map(DecimalText.init)
        let valueMax = fact.valueMax.map(DecimalText.init)
        buffer.append(literals.opening)
        let maximum = Keys.fixedCount &+ 5 &* PlainDecimal.maximumUTF8Count
            &+ UTF8Buffer.maximumJSONCount(of: fact.text) &+ DecimalText.maximumJSONCount(of: value)
            &+ DecimalText.maximumJSONCount(of: valueMax) &+ UTF8Buffer.maximumJSONCount(of: fact.unit)
            &+ UTF8Buffer.maximumJSONCount(of: fact.unitText) &+ UTF8Buffer.maximumJSONCount(of: fact.time)
            &+ UTF8Buffer.maximumJSONCount(of: fact.timeText) &+ UTF8Buffer.maximumJSONCount(of: fact.metric)
        buffer.append(atMost: maximum) { out in
            PlainDecimal(fact.span.scalarStart).write(to: &out)
            out.append(Keys.end)
            PlainDecimal(fact.span.scalarEnd).write(to: &out)
            out.append(Keys.byteStart)
            PlainDecimal(fact.provenance.byteStart).write(to: &out)
            out.append(Keys.byteEnd)
            PlainDecimal(fact.provenance.byteEnd).write(to: &out)
            out.append(Keys.line)
            PlainDecimal(fact.provenance.line).write(to: &out)
            out.append(Keys.text)
            out.appendJSONString(fact.text)
            out.append(Keys.kind)
            out.append(fact.kind)
            out.append(Keys.value)
            DecimalText.appendJSON(value, to: &out)
            out.append(Keys.valueMax)
            DecimalText.appendJSON(valueMax, to: &out)
            out.append(Keys.unit)
            out.appendJSONString(fact.unit)
            out.append(Keys.unitText)
            out.appendJSONString(fact.unitText)
            out.append(Keys.approx)
            out.append(fact.approx)
            out.append(Keys.time)
            out.appendJSONString(fact.time)
            out.append(Keys.timeText)
            out.appendJSONString(fact.timeText)
            out.append(Keys.metric)
            out.appendJSONString(fact.metric)
            out.append(Keys.modality)
            out.append(fact.modality)
            out.append(UInt8(ascii: "\""))
        }
        buffer.append(literals.closing)
    }

    /// The keys of a row in ``FactColumn`` order, as the bytes of
    /// `InlineArray` literals: the compiler writes them as immediate stores,
    /// with no copy out of memory (a fifth of the instructions of copying
    /// from an `Array`, and nothing to retain). The quotes of the enum fields
    /// (`kind`, `approx`, `modality`: raw values that need no escape) are
    /// part of the keys around them: `,"kind":"`, `","value":`. A test checks
    /// every key against its column's name.
    enum Keys {
        /// `{"doc":`
        static var doc: InlineArray<7, UInt8> { [0x7B, 0x22, 0x64, 0x6F, 0x63, 0x22, 0x3A] }
        /// `,"start":`
        static var start: InlineArray<9, UInt8> { [0x2C, 0x22, 0x73, 0x74, 0x61, 0x72, 0x74, 0x22, 0x3A] }
        /// `,"sentence":`
        static var sentence: InlineArray<12, UInt8> { [0x2C, 0x22, 0x73, 0x65, 0x6E, 0x74, 0x65, 0x6E, 0x63, 0x65, 0x22, 0x3A] }

        // Between the fields, `end` to `modality`.
        /// `,"end":`
        static var end: InlineArray<7, UInt8> { [0x2C, 0x22, 0x65, 0x6E, 0x64, 0x22, 0x3A] }
        /// `,"byte_start":`
        static var byteStart: InlineArray<14, UInt8> { [0x2C, 0x22, 0x62, 0x79, 0x74, 0x65, 0x5F, 0x73, 0x74, 0x61, 0x72, 0x74, 0x22, 0x3A] }
        /// `,"byte_end":`
        static var byteEnd: InlineArray<12, UInt8> { [0x2C, 0x22, 0x62, 0x79, 0x74, 0x65, 0x5F, 0x65, 0x6E, 0x64, 0x22, 0x3A] }
        /// `,"line":`
        static var line: InlineArray<8, UInt8> { [0x2C, 0x22, 0x6C, 0x69, 0x6E, 0x65, 0x22, 0x3A] }
        /// `,"text":`
        static var text: InlineArray<8, UInt8> { [0x2C, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3A] }
        /// `,"kind":"`
        static var kind: InlineArray<9, UInt8> { [0x2C, 0x22, 0x6B, 0x69, 0x6E, 0x64, 0x22, 0x3A, 0x22] }
        /// `","value":`
        static var value: InlineArray<10, UInt8> { [0x22, 0x2C, 0x22, 0x76, 0x61, 0x6C, 0x75, 0x65, 0x22, 0x3A] }
        /// `,"value_max":`
        static var valueMax: InlineArray<13, UInt8> { [0x2C, 0x22, 0x76, 0x61, 0x6C, 0x75, 0x65, 0x5F, 0x6D, 0x61, 0x78, 0x22, 0x3A] }
        /// `,"unit":`
        static var unit: InlineArray<8, UInt8> { [0x2C, 0x22, 0x75, 0x6E, 0x69, 0x74, 0x22, 0x3A] }
        /// `,"unit_text":`
        static var unitText: InlineArray<13, UInt8> { [0x2C, 0x22, 0x75, 0x6E, 0x69, 0x74, 0x5F, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3A] }
        /// `,"approx":"`
        static var approx: InlineArray<11, UInt8> { [0x2C, 0x22, 0x61, 0x70, 0x70, 0x72, 0x6F, 0x78, 0x22, 0x3A, 0x22] }
        /// `","time":`
        static var time: InlineArray<9, UInt8> { [0x22, 0x2C, 0x22, 0x74, 0x69, 0x6D, 0x65, 0x22, 0x3A] }
        /// `,"time_text":`
        static var timeText: InlineArray<13, UInt8> { [0x2C, 0x22, 0x74, 0x69, 0x6D, 0x65, 0x5F, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3A] }
        /// `,"metric":`
        static var metric: InlineArray<10, UInt8> { [0x2C, 0x22, 0x6D, 0x65, 0x74, 0x72, 0x69, 0x63, 0x22, 0x3A] }
        /// `,"modality":"`
        static var modality: InlineArray<13, UInt8> { [0x2C, 0x22, 0x6D, 0x6F, 0x64, 0x61, 0x6C, 0x69, 0x74, 0x79, 0x22, 0x3A, 0x22] }

        /// The most bytes of a row's fields besides the values: the keys
        /// from `end` to `modality`, the longest raw values of the three
        /// enum fields and the closing quote.
        static let fixedCount = end.count + byteStart.count + byteEnd.count + line.count + text.count + kind.count
            + value.count + valueMax.count + unit.count + unitText.count + approx.count + time.count
            + timeText.count + metric.count + modality.count
            + FactEnumLiterals.maximumCount + 1
    }


    /// Appends a JSON string literal, or `null` for nil.
    static func appendString(_ string: String?, to out: inout String) {
        var buffer = UTF8Buffer()
        buffer.appendJSONString(string)
        out.append(buffer.string)
    }
}
