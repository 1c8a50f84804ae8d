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

    /// The sentence literal last written (the facts of one sentence share
    /// it, and it is the longest field) and the document's `{"doc":…` opening.
    struct SentenceCache {
        var text: String?
        var literal = UTF8Buffer()
        var document: String?
        var documentLiteral = UTF8Buffer()
    }

    /// `{"doc":…,…,"sentence":…` without the closing brace.
    static func appendObjectBody(of fact: Fact, to out: inout UTF8Buffer, sentence cache: inout SentenceCache) {
        let keys = Self.keys
        if cache.document != fact.span.document {
            cache.document = fact.span.document
            cache.documentLiteral.removeAll()
            cache.documentLiteral.append(bytes: keys[0])
            cache.documentLiteral.appendJSONString(fact.span.document)
        }
        out.append(cache.documentLiteral)
        out.append(bytes: keys[1])
        out.append(fact.span.scalarStart)
        out.append(bytes: keys[2])
        out.append(fact.span.scalarEnd)
        out.append(bytes: keys[3])
        out.append(fact.provenance.byteStart)
        out.append(bytes: keys[4])
        out.append(fact.provenance.byteEnd)
        out.append(bytes: keys[5])
        out.append(fact.provenance.line)
        out.append(bytes: keys[6])
        out.appendJSONString(fact.text)
        out.append(bytes: keys[7])
        out.appendQuotedLiteral(fact.kind.rawValue)
        out.append(bytes: keys[8])
        out.appendJSONString(fact.value?.plainString)
        out.append(bytes: keys[9])
        out.appendJSONString(fact.valueMax?.plainString)
        out.append(bytes: keys[10])
        out.appendJSONString(fact.unit)
        out.append(bytes: keys[11])
        out.appendJSONString(fact.unitText)
        out.append(bytes: keys[12])
        out.appendQuotedLiteral(fact.approx.rawValue)
        out.append(bytes: keys[13])
        out.appendJSONString(fact.time)
        out.append(bytes: keys[14])
        out.appendJSONString(fact.timeText)
        out.append(bytes: keys[15])
        out.appendJSONString(fact.metric)
        out.append(bytes: keys[16])
        out.appendQuotedLiteral(fact.modality.rawValue)
        out.append(bytes: keys[17])
        if cache.text != fact.provenance.sentence {
            cache.text = fact.provenance.sentence
            cache.literal.removeAll()
            cache.literal.appendJSONString(fact.provenance.sentence)
        }
        out.append(cache.literal)
    }

    /// `{"doc":`, `,"start":`, … in ``FactColumn`` order, as bytes (built once).
    private static let keys: [[UInt8]] = FactColumn.allCases.enumerated().map { index, column in
        Array(((index == 0 ? "{" : ",") + "\"\(column.rawValue)\":").utf8)
    }

    /// Appends a JSON string literal, or `null` for nil.
    static func appendString(_ string: String?, to out: inout String) {
        var buffer = UTF8Buffer()
        buffer.appendJSONString(string)
        out.append(buffer.string)
    }
}
