import Foundation
import FactCore

/// Every number that decides a finding, in one place.
///
/// ``RuleCatalog`` lists them with the rules that use them
/// (`zhfacts validate --list-rules`); rules read them from here and have no
/// constants of their own.
public struct Thresholds: Sendable, Hashable {
    /// How far from a printed figure its true value may lie, in units of the
    /// figure's last printed digit: 0.5 is rounding (`77.7%` is 77.65–77.75,
    /// `962.8亿元` is ±0.05亿元, `3万平米` is ±0.5万). Whole-number counts
    /// (`328家`) are exact.
    public var rounding: Decimal = 0.5
    /// Relative width of `about` figures (约, 左右): 0.1 is ±10%.
    public var aboutRelative: Decimal = 0.1
    /// Relative width below a `nearly` figure (近, 接近): 0.1 is up to 10% less.
    public var nearlyRelative: Decimal = 0.1
    /// Smallest and largest possible share, in percent.
    public var shareMinimum: Decimal = 0
    public var shareMaximum: Decimal = 100
    /// Powers of ten that betray a 万/亿 slip (10⁴: 万 for 亿 or 元 for 万; 10⁸: 元 for 亿).
    public var slipExponents: [Int] = [4, 8]
    /// How close (in powers of ten) the ratio of two figures must be to a slip exponent.
    public var slipWindow: Double = 0.5
    /// Metrics shorter than this (after normalisation) are too vague to compare.
    public var minimumMetricLength: Int = 2
    /// Kinds that the conflict rules do not compare: ages and durations of
    /// one metric are usually of different people or things (最年长选手72岁,
    /// 最年轻选手16岁); multiples and percentage points are changes. They
    /// are not the two values of a rate of change either.
    public var uncomparedKinds: Set<FactKind> = [.age, .duration, .multiple, .percentagePoint]
    /// Kinds whose figures add up, so that parts and sums are checked:
    /// not percents, prices, durations or ages (an average 平均发行期限11.9年,
    /// 其中专项债券14.2年 is no whole with parts).
    public var additiveKinds: Set<FactKind> = [.money, .count, .area, .length, .weight, .volume, .energy, .power]
    /// How many sentences back the whole of a sentence-initial 其中 may be.
    public var wholeSentencesBack: Int = 1

    public init() {}
}
