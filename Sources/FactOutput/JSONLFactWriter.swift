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
    public func write<Out: TextOutputStream>(_ facts: [Fact], meta: [String: String]?, to out: inout Out) {
        var metaJSON: String?
        if let meta, !meta.isEmpty {
            var text = ",\"meta\":{"
            for (index, key) in meta.keys.sorted().enumerated() {
                if index > 0 { text.append(",") }
                Self.appendString(key, to: &text)
                text.append(":")
                Self.appendString(meta[key], to: &text)
            }
            text.append("}")
            metaJSON = text
        }
        var line = ""
        for fact in facts {
            line.removeAll(keepingCapacity: true)
            Self.appendObjectBody(of: fact, to: &line)
            if let metaJSON { line.append(metaJSON) }
            line.append("}\n")
            out.write(line)
        }
    }

    /// `{"doc":…,…,"sentence":…` without the closing brace.
    static func appendObjectBody(of fact: Fact, to out: inout String) {
        out.append("{\"doc\":")
        appendString(fact.span.document, to: &out)
        out.append(",\"start\":")
        out.append(String(fact.span.scalarStart))
        out.append(",\"end\":")
        out.append(String(fact.span.scalarEnd))
        out.append(",\"byte_start\":")
        out.append(String(fact.provenance.byteStart))
        out.append(",\"byte_end\":")
        out.append(String(fact.provenance.byteEnd))
        out.append(",\"line\":")
        out.append(String(fact.provenance.line))
        out.append(",\"text\":")
        appendString(fact.text, to: &out)
        out.append(",\"kind\":")
        appendString(fact.kind.rawValue, to: &out)
        out.append(",\"value\":")
        appendString(fact.value?.plainString, to: &out)
        out.append(",\"value_max\":")
        appendString(fact.valueMax?.plainString, to: &out)
        out.append(",\"unit\":")
        appendString(fact.unit, to: &out)
        out.append(",\"unit_text\":")
        appendString(fact.unitText, to: &out)
        out.append(",\"approx\":")
        appendString(fact.approx.rawValue, to: &out)
        out.append(",\"time\":")
        appendString(fact.time, to: &out)
        out.append(",\"time_text\":")
        appendString(fact.timeText, to: &out)
        out.append(",\"metric\":")
        appendString(fact.metric, to: &out)
        out.append(",\"modality\":")
        appendString(fact.modality.rawValue, to: &out)
        out.append(",\"sentence\":")
        appendString(fact.provenance.sentence, to: &out)
    }

    /// Appends a JSON string literal, or `null` for nil.
    @inline(__always)
    static func appendString(_ string: String?, to out: inout String) {
        JSONString.append(string, to: &out)
    }
}
