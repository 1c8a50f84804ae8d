import FactCore

/// Which way a rate of change goes.
public enum ChangeDirection: String, Sendable, Hashable {
    case up, down
    /// A change whose direction the text leaves open (变动7.3%); not checked.
    case any
}

/// A fact with what the rules need to know about it: where it sits in its
/// sentence, its bounds, metric key and period, and the cue words before it.
public struct AnalyzedFact: Sendable {
    public let fact: Fact
    /// Index of its sentence in ``DocumentAnalysis/sentences``.
    public let sentence: Int
    /// Code points of the sentence text that the fact covers; nil when not found.
    public let position: Range<Int>?
    /// The text before the fact back to the previous figure or the clause start.
    public let lead: Range<Int>?
    /// The text before the fact back to the clause start.
    public let clause: Range<Int>?
    public let bounds: ValueBounds?
    /// Unit, kind and count class (``ValidationCues/unitKey(of:)``).
    public let unitKey: String
    public let metricKey: String?
    public let period: TimePeriod?
    /// A rate of change (`增长6.1%`) and its direction; nil for levels.
    public let change: ChangeDirection?
    /// `sum` or `cumulative` when a [total] cue opens the figure's clause or list item.
    public let totalKind: String?
    /// A running total (累计 before it or in its metric).
    public let isCumulative: Bool
    /// A percent stated as a share (占比45%): where its [share] cue starts in the sentence.
    public let shareCue: Int?
    /// A percent that names a share by its metric (城镇化率) or cue.
    public let isShare: Bool
    /// A [base] cue (从, 比, 上年) before the figure: an earlier value.
    public let hasBaseCue: Bool
    /// A stock at a point in time: an [as-of] cue (截至) before it in its sentence, a
    /// running total, or a time that is one day.
    public let isStock: Bool

    /// An amount of change (比上年增加1336万吨, 减仓82.89万股): a [change] cue
    /// before a figure that is no percent, with no [change-target] after it.
    public let isDifference: Bool
    /// A net figure or balance ([net] cue in its metric or lead).
    public let isNet: Bool
    /// The start or end of a change (从3.36亿元增加至17.81亿元): a [base] or [change]
    /// cue before it. Such figures are no wholes or parts.
    public let isChangeEndpoint: Bool

    /// A number with a value: not a date, ordinal or bare numeral.
    public var isFigure: Bool { fact.value != nil && bounds != nil }

    /// A figure that is neither a rate of change nor an amount of change.
    public var isLevel: Bool { isFigure && change == nil && !isDifference }

    /// Same canonical unit and kind, and for counts the same class of classifier.
    public func sameUnit(as other: AnalyzedFact) -> Bool {
        unitKey == other.unitKey
    }

    /// Times equal, or one of them unknown.
    public func compatibleTime(with other: AnalyzedFact) -> Bool {
        guard let a = fact.time, let b = other.fact.time else { return true }
        return a == b
    }
}
