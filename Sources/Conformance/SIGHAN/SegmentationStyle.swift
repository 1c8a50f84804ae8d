/// How numerals, units and dates form words in a segmentation standard.
///
/// The two SIGHAN 2005 simplified corpora differ; their gold files show it:
///
/// | | PKU | MSR |
/// |---|---|---|
/// | date | one word per part: `2001年` `1月` `1日` | one word: `１９９５年１０月`, `去年６月` |
/// | numeral + classifier or unit | apart: `1` `张`, `20` `公里`, `一` `次` (but `一个`) | one word: `８个`, `２０万元`, `６０岁` |
/// | numeral + 多/余 + unit | apart: `1000` `多` `万` | one word: `２０多个` |
/// | ordinal + classifier | apart: `第一` `次` | one word: `第一次`, `第十五届` |
/// | numeral + 世纪/年代/年度 | apart: `21` `世纪` | one word: `２１世纪`, `９０年代` |
/// | time of day | per part: `8时` `30分` | one word: `上午９时３０分` |
/// | percent, per mille, sign | one word: `90％`, `－5` | one word: `８０％`, `１０.４２‰` |
/// | dash and ellipsis runs | one word: `———`, `……` | one character each |
///
/// Qualifiers (`约`, `近`, `以上`) stay words of their own in both.
public struct SegmentationStyle: Sendable, Hashable, CustomStringConvertible {
    public var name: String
    /// Dates are cut after each 年, 月, 日 and 号 (PKU); else a date is one word (MSR).
    public var splitsDateParts: Bool
    /// A numeral keeps its unit, classifier, inner 多/余 and a following 世纪/年代/年度 in its word,
    /// and an ordinal its classifier (MSR); else they are words of their own (PKU).
    public var joinsUnits: Bool
    /// An ICU word made of a Chinese numeral and a classifier (`一次`, `百岁`) is split (PKU),
    /// except with 个, which PKU keeps (`一个`).
    public var splitsNumeralClassifierWords: Bool
    /// A time of day is one word with its day part (`上午９时３０分`, MSR); else one word per
    /// part (`8时` `30分`, PKU).
    public var joinsTimeOfDay: Bool
    /// Runs of dashes or ellipses are one word (PKU).
    public var joinsDashRuns: Bool

    public init(name: String, splitsDateParts: Bool, joinsUnits: Bool, splitsNumeralClassifierWords: Bool,
                joinsTimeOfDay: Bool, joinsDashRuns: Bool) {
        self.name = name
        self.splitsDateParts = splitsDateParts
        self.joinsUnits = joinsUnits
        self.splitsNumeralClassifierWords = splitsNumeralClassifierWords
        self.joinsTimeOfDay = joinsTimeOfDay
        self.joinsDashRuns = joinsDashRuns
    }

    /// Peking University (People's Daily) style.
    public static let pku = SegmentationStyle(name: "pku", splitsDateParts: true, joinsUnits: false,
                                              splitsNumeralClassifierWords: true, joinsTimeOfDay: false, joinsDashRuns: true)
    /// Microsoft Research style.
    public static let msr = SegmentationStyle(name: "msr", splitsDateParts: false, joinsUnits: true,
                                              splitsNumeralClassifierWords: false, joinsTimeOfDay: true, joinsDashRuns: false)

    public var description: String { name }
}
