import Foundation
import FactCore

/// One row of a gold file, with exactly the fields of the guidelines.
///
/// Numbers stay the strings the file gives (`"96280000000"`); ``Scorer``
/// compares them as decimals. Encoding writes every field, nil as `null`,
/// in the guidelines' order. Decoding ignores unknown keys, so a
/// `zhfacts extract --format jsonl` output loads as well.
public struct GoldFact: Codable, Sendable, Hashable {
    public var doc: String
    /// Code-point offsets, end exclusive.
    public var start: Int
    public var end: Int
    public var text: String
    public var kind: FactKind
    public var value: String?
    public var valueMax: String?
    public var unit: String?
    public var approx: Approximation
    public var time: String?
    public var metric: String?
    public var modality: Modality

    public init(doc: String, start: Int, end: Int, text: String, kind: FactKind,
                value: String? = nil, valueMax: String? = nil, unit: String? = nil,
                approx: Approximation = .exact, time: String? = nil, metric: String? = nil,
                modality: Modality = .actual) {
        self.doc = doc
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.value = value
        self.valueMax = valueMax
        self.unit = unit
        self.approx = approx
        self.time = time
        self.metric = metric
        self.modality = modality
    }

    /// A system fact in gold form. `doc` replaces the fact's document id
    /// (gold files name documents by file stem, the system by path).
    public init(fact: Fact, doc: String) {
        self.init(
            doc: doc, start: fact.span.scalarStart, end: fact.span.scalarEnd, text: fact.text,
            kind: fact.kind, value: fact.value?.plainString, valueMax: fact.valueMax?.plainString,
            unit: fact.unit, approx: fact.approx, time: fact.time, metric: fact.metric,
            modality: fact.modality)
    }

    /// A system fact in gold form, keeping its document id.
    public init(fact: Fact) {
        self.init(fact: fact, doc: fact.span.document)
    }

    /// True for date rows.
    public var isDate: Bool { kind == .date }

    /// Code points covered by both spans (0 for different documents).
    public func overlap(with other: GoldFact) -> Int {
        guard doc == other.doc else { return 0 }
        return max(0, min(end, other.end) - max(start, other.start))
    }

    enum CodingKeys: String, CodingKey {
        case doc, start, end, text, kind, value
        case valueMax = "value_max"
        case unit, approx, time, metric, modality
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        doc = try c.decode(String.self, forKey: .doc)
        start = try c.decode(Int.self, forKey: .start)
        end = try c.decode(Int.self, forKey: .end)
        text = try c.decode(String.self, forKey: .text)
        kind = try c.decode(FactKind.self, forKey: .kind)
        value = try c.decodeIfPresent(String.self, forKey: .value)
        valueMax = try c.decodeIfPresent(String.self, forKey: .valueMax)
        unit = try c.decodeIfPresent(String.self, forKey: .unit)
        approx = try c.decode(Approximation.self, forKey: .approx)
        time = try c.decodeIfPresent(String.self, forKey: .time)
        metric = try c.decodeIfPresent(String.self, forKey: .metric)
        modality = try c.decode(Modality.self, forKey: .modality)
        guard start >= 0, start <= end else {
            throw DecodingError.dataCorruptedError(
                forKey: .end, in: c, debugDescription: "span \(start)..<\(end) is not a valid range")
        }
    }

    /// Writes every field; nil values as `null`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(doc, forKey: .doc)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(text, forKey: .text)
        try c.encode(kind, forKey: .kind)
        try c.encode(value, forKey: .value)
        try c.encode(valueMax, forKey: .valueMax)
        try c.encode(unit, forKey: .unit)
        try c.encode(approx, forKey: .approx)
        try c.encode(time, forKey: .time)
        try c.encode(metric, forKey: .metric)
        try c.encode(modality, forKey: .modality)
    }
}
