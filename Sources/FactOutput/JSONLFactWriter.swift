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
    public func write(_ facts: [Fact], meta: [String: String]?, into buffer: inout UTF8Buffer) {
        var metaJSON: UTF8Buffer?
        if let meta, !meta.isEmpty {
            var text = UTF8Buffer()
            text.append(",\"meta\":{")
            for (index, key) in meta.keys.sorted().enumerated() {
                if index > 0 { text.append(",") }
                text.appendJSONString(key)
                text.append(":")
                text.appendJSONString(meta[key])
            }
            text.append("}")
            metaJSON = text
        }
        var sentence = SentenceCache()
        for fact in facts {
            Self.appendObjectBody(of: fact, to: &buffer, sentence: &sentence)
            if let metaJSON { buffer.append(metaJSON) }
            buffer.append("}\n")
        }
    }

    /// The sentence literal last written: the facts of one sentence share
    /// it, and it is the longest field.
    struct SentenceCache {
        var text: String?
        var literal = UTF8Buffer()
    }

    /// `{"doc":…,…,"sentence":…` without the closing brace.
    static func appendObjectBody(of fact: Fact, to out: inout UTF8Buffer, sentence cache: inout SentenceCache) {
        out.append("{\"doc\":")
        out.appendJSONString(fact.span.document)
        out.append(",\"start\":")
        out.append(fact.span.scalarStart)
        out.append(",\"end\":")
        out.append(fact.span.scalarEnd)
        out.append(",\"byte_start\":")
        out.append(fact.provenance.byteStart)
        out.append(",\"byte_end\":")
        out.append(fact.provenance.byteEnd)
        out.append(",\"line\":")
        out.append(fact.provenance.line)
        out.append(",\"text\":")
        out.appendJSONString(fact.text)
        out.append(",\"kind\":")
        out.appendJSONString(fact.kind.rawValue)
        out.append(",\"value\":")
        out.appendJSONString(fact.value?.plainString)
        out.append(",\"value_max\":")
        out.appendJSONString(fact.valueMax?.plainString)
        out.append(",\"unit\":")
        out.appendJSONString(fact.unit)
        out.append(",\"unit_text\":")
        out.appendJSONString(fact.unitText)
        out.append(",\"approx\":")
        out.appendJSONString(fact.approx.rawValue)
        out.append(",\"time\":")
        out.appendJSONString(fact.time)
        out.append(",\"time_text\":")
        out.appendJSONString(fact.timeText)
        out.append(",\"metric\":")
        out.appendJSONString(fact.metric)
        out.append(",\"modality\":")
        out.appendJSONString(fact.modality.rawValue)
        out.append(",\"sentence\":")
        if cache.text != fact.provenance.sentence {
            cache.text = fact.provenance.sentence
            cache.literal.removeAll()
            cache.literal.appendJSONString(fact.provenance.sentence)
        }
        out.append(cache.literal)
    }

    /// Appends a JSON string literal, or `null` for nil.
    static func appendString(_ string: String?, to out: inout String) {
        var buffer = UTF8Buffer()
        buffer.appendJSONString(string)
        out.append(buffer.string)
    }
}
