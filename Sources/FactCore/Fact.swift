import Foundation

/// One extracted figure or date, with its provenance.
///
/// A fact carries its ``Span`` (document and code-point offsets) and the
/// derived byte offsets, line and sentence, so every row of output can be
/// checked against the original text: `text == document[span]`.
public struct Fact: Sendable, Hashable {
    public var span: Span
    /// Exactly the document's text over ``span``.
    public var text: String
    public var kind: FactKind
    /// The number in ``unit`` with magnitudes applied; nil for dates.
    public var value: Decimal?
    /// Upper bound of a range or a vague amount.
    public var valueMax: Decimal?
    /// Canonical unit code (`CNY`, `count`, `m2`, ...); nil for dates.
    public var unit: String?
    /// The unit as written (`亿元`, `家`, `平米`).
    public var unitText: String?
    public var approx: Approximation
    /// ISO 8601 date or period the figure refers to (for dates: the date).
    public var time: String?
    /// The date expression the time was taken from.
    public var timeText: String?
    /// The phrase naming what is measured.
    public var metric: String?
    public var modality: Modality
    public var provenance: Provenance
    /// Name of the rule that produced the fact (for debugging and review).
    public var rule: String

    public init(span: Span, text: String, kind: FactKind, value: Decimal? = nil, valueMax: Decimal? = nil,
                unit: String? = nil, unitText: String? = nil, approx: Approximation = .exact,
                time: String? = nil, timeText: String? = nil, metric: String? = nil,
                modality: Modality = .actual, provenance: Provenance, rule: String) {
        self.span = span
        self.text = text
        self.kind = kind
        self.value = value
        self.valueMax = valueMax
        self.unit = unit
        self.unitText = unitText
        self.approx = approx
        self.time = time
        self.timeText = timeText
        self.metric = metric
        self.modality = modality
        self.provenance = provenance
        self.rule = rule
    }

    /// True for date rows.
    public var isDate: Bool { kind == .date }
}

/// Where a fact sits in its document, beyond its code-point span.
public struct Provenance: Sendable, Hashable {
    /// UTF-8 byte offsets of the span, end exclusive.
    public var byteStart: Int
    public var byteEnd: Int
    /// 1-based line of the span's start.
    public var line: Int
    /// 0-based index of the sentence in the document.
    public var sentenceIndex: Int
    /// The sentence's text (trimmed of surrounding white space).
    public var sentence: String

    public init(byteStart: Int, byteEnd: Int, line: Int, sentenceIndex: Int, sentence: String) {
        self.byteStart = byteStart
        self.byteEnd = byteEnd
        self.line = line
        self.sentenceIndex = sentenceIndex
        self.sentence = sentence
    }
}
