import Foundation

/// Every validation rule: id, severity, scope, description and thresholds,
/// in one place. `zhfacts validate --list-rules` prints ``listing(_:)``.
///
/// Confirmations are `info` findings of the same rule id; the severity listed
/// is that of an inconsistency.
public enum RuleCatalog {
    /// The thresholds the rules use unless a caller gives others.
    public static let thresholds = Thresholds()

    public static let partWhole = "part-whole"
    public static let shareConsistency = "share-consistency"
    public static let sumTotal = "sum-total"
    public static let rateOfChange = "rate-of-change"
    public static let shareRange = "share-range"
    public static let negativeQuantity = "negative-quantity"
    public static let magnitudeSlip = "magnitude-slip"
    public static let samePeriodConflict = "same-period-conflict"
    public static let nestedPeriod = "nested-period"
    public static let corpusConflict = "corpus-conflict"
    public static let cumulativeShrink = "cumulative-shrink"
    public static let reference = "reference"

    /// The rules with `thresholds` filled in, in the order findings are listed.
    public static func descriptors(_ t: Thresholds = thresholds) -> [RuleDescriptor] {
        let rounding = RuleThreshold(
            name: "rounding", value: t.rounding.plainString,
            meaning: "a printed figure may be off by this many units of its last digit")
        let approximations = RuleThreshold(
            name: "about/nearly", value: "\(t.aboutRelative.plainString)/\(t.nearlyRelative.plainString)",
            meaning: "relative width of 约/左右 figures (either side) and of 近 figures (below)")
        let metric = RuleThreshold(
            name: "minimum-metric-length", value: String(t.minimumMetricLength),
            meaning: "shorter normalised metrics are not compared")
        let additive = RuleThreshold(
            name: "additive-kinds", value: t.additiveKinds.map(\.rawValue).sorted().joined(separator: ","),
            meaning: "kinds whose figures add up into wholes and totals")
        let uncompared = RuleThreshold(
            name: "uncompared-kinds", value: t.uncomparedKinds.map(\.rawValue).sorted().joined(separator: ","),
            meaning: "kinds whose figures of one metric usually describe different things")
        return [
            RuleDescriptor(
                id: partWhole, severity: .error, scope: .document,
                summary: "A part must not exceed its whole (其中, 包括, 含).",
                details: """
                A cue of [part-of] introduces parts: the figures of an additive kind that follow \
                it, of the unit of the first of them, until another cue, a date, a ； (unless the \
                cue opens its sentence: 。其中A…；B…) or the end of the sentence. The whole is the \
                last figure before the cue and must have the same unit; a sentence-initial cue \
                takes it from the sentence before. Brackets nest: a cue inside （…） finds its \
                whole and parts inside them (or just before them). Each part within its whole is \
                confirmed; a part larger than its whole is an error.
                """,
                thresholds: [rounding, approximations, additive,
                             RuleThreshold(name: "whole-sentences-back", value: String(t.wholeSentencesBack),
                                           meaning: "sentences before a sentence-initial 其中 searched for the whole")]),
            RuleDescriptor(
                id: shareConsistency, severity: .error, scope: .document,
                summary: "A stated share (占比45%) must equal part ÷ whole.",
                details: """
                A percent after a [share] cue is a share. Its whole is a figure between the cue and \
                the percent (占企业总数500家的40%), with the part the last figure of that unit \
                before the cue; or, when only [share-link] words stand between cue and percent \
                (占比为40%), the part is the figure right before the cue and the whole is that \
                part's whole after 其中. Part ÷ whole is compared with the share, each within its \
                rounding.
                """,
                thresholds: [rounding, approximations]),
            RuleDescriptor(
                id: sumTotal, severity: .warning, scope: .document,
                summary: "Parts listed before a stated total (合计, 共计, 累计) must add up to it.",
                details: """
                A figure of an additive kind whose clause or list item opens with a [total] cue \
                (，合计5000平方米, 、累计发展空间2000亩) is a total; the same-unit figures before it in \
                its sentence (two or more, not already parts after 其中) are its parts. A sum \
                within the total's rounding is confirmed; otherwise a warning for a sum cue \
                (合计, 共计); for a running total (累计) only a shortfall is reported, as a note \
                for review. Parts after 其中 that add up to their whole are \
                confirmed too; ones that add up to more are a note for review, since parts may \
                lie inside one another (企业数和高新技术企业数).
                """,
                thresholds: [rounding, approximations, additive]),
            RuleDescriptor(
                id: rateOfChange, severity: .error, scope: .document,
                summary: "A stated change (增长6.1%, 下降3.2个百分点, 翻一番) must agree with the two values.",
                details: """
                A percent, percentage point or multiple after a [change] cue is a rate. Its two \
                values are the two same-unit levels of its sentence after the previous rate and \
                before it (or, with no rate after it, in the clause that follows: 上年为100亿元); \
                the earlier one is marked by a [base] cue (从, 比, 上年), or else both have the same \
                metric at two periods — otherwise no check. Amounts of change (比上年增加1336万吨) \
                are no values. Percent: (new − old) ÷ old; points: new − old; multiple: new ÷ old \
                (增长N倍 may mean N or N+1 times). When the sentence gives only the new value, the \
                same metric one year earlier elsewhere in the article is the old value, and a \
                disagreement is only a warning.
                """,
                thresholds: [rounding, approximations, metric]),
            RuleDescriptor(
                id: shareRange, severity: .error, scope: .document,
                summary: "A share must lie between \(t.shareMinimum.plainString)% and \(t.shareMaximum.plainString)%.",
                details: """
                A percent after a [share] cue, or whose metric holds a [share-metric] word, that is \
                not a rate of change, outside the range.
                """,
                thresholds: [RuleThreshold(name: "share-range",
                                           value: "\(t.shareMinimum.plainString)..\(t.shareMaximum.plainString)",
                                           meaning: "possible values of a share, in percent")]),
            RuleDescriptor(
                id: negativeQuantity, severity: .error, scope: .document,
                summary: "Counts, areas, lengths, weights, volumes, durations and ages cannot be negative.",
                details: "Any such figure with a value below zero."),
            RuleDescriptor(
                id: magnitudeSlip, severity: .warning, scope: .document,
                summary: "A money figure about 10⁴ or 10⁸ times another of the same metric (a 万/亿 slip).",
                details: """
                Money figures of the same metric and currency whose ratio is within the window of \
                a slip power of ten. With three or more figures the one far from the median is \
                named; with two, both are.
                """,
                thresholds: [RuleThreshold(name: "slip-exponents",
                                           value: t.slipExponents.map(String.init).joined(separator: ","),
                                           meaning: "powers of ten that betray a slip"),
                             RuleThreshold(name: "slip-window", value: String(t.slipWindow),
                                           meaning: "allowed distance from a slip exponent, in powers of ten"),
                             metric]),
            RuleDescriptor(
                id: samePeriodConflict, severity: .warning, scope: .document,
                summary: "The same metric for the same period with different values in one article.",
                details: """
                Figures in different sentences with the same normalised metric, unit (for \
                counts, the same class of classifier), modality and time whose values (within \
                rounding) differ. Not compared: rates of change, shares after a [share] cue, \
                figures of one sentence (lists: 分别为3.2%、3.3%), a whole and its part, and \
                parts of wholes of different metrics.
                """,
                thresholds: [rounding, approximations, metric, uncompared]),
            RuleDescriptor(
                id: nestedPeriod, severity: .info, scope: .document,
                summary: "The same metric for a period and a period inside it, with different values: for review.",
                details: """
                As same-period-conflict, for times of which one contains the other (2019-11 inside \
                2019), when the inner figure is a stock at a point in time (an [as-of] cue such as \
                截至 before it in its sentence, a running total, or a one-day time). Often legitimate (the stock grew), so \
                reported for review; flows over part of a period are not reported.
                """,
                thresholds: [rounding, approximations, metric, uncompared]),
            RuleDescriptor(
                id: corpusConflict, severity: .warning, scope: .corpus,
                summary: "The same metric for the same period with different values in different documents.",
                details: """
                As same-period-conflict across documents (--corpus), for figures of different \
                documents; the finding cites every source. Metrics name what is measured, not whose: check that the sources speak of \
                the same place or company.
                """,
                thresholds: [rounding, approximations, metric, uncompared]),
            RuleDescriptor(
                id: cumulativeShrink, severity: .warning, scope: .document,
                summary: "A running total (累计) must not shrink as time goes on.",
                details: """
                Figures after a [cumulative] cue (or with one in their metric), of the same \
                normalised metric and unit, ordered by the end of their time: a later one below \
                an earlier one.
                """,
                thresholds: [rounding, approximations, metric]),
            RuleDescriptor(
                id: reference, severity: .error, scope: .document,
                summary: "Figures that match a reference row (--reference) by metric and time must agree with it.",
                details: """
                A figure whose normalised metric equals a row's metric or one of its aliases, with \
                the same time and unit, is confirmed when the reference value lies within the \
                row's tolerance (or, without one, within the figure's rounding); otherwise an \
                error with the difference. Forecasts are not compared.
                """,
                thresholds: [rounding, approximations]),
        ]
    }

    /// The descriptors with the default thresholds.
    public static let all: [RuleDescriptor] = descriptors()

    /// The descriptor of `id` with the default thresholds.
    public static func descriptor(_ id: String) -> RuleDescriptor? {
        all.first { $0.id == id }
    }

    /// The text `zhfacts validate --list-rules` prints.
    public static func listing(_ t: Thresholds = thresholds) -> String {
        var out = ""
        for rule in descriptors(t) {
            out += "\(rule.id)\t\(rule.severity.rawValue)\t\(rule.scope.rawValue)\n"
            out += "    \(rule.summary)\n"
            out += wrap(rule.details, indent: "    ")
            for threshold in rule.thresholds {
                out += "    threshold \(threshold.name) = \(threshold.value): \(threshold.meaning)\n"
            }
            out += "\n"
        }
        out += "Confirmations are reported as info findings of the same rule.\n"
        return out
    }

    /// Wraps `text` at about 88 columns.
    private static func wrap(_ text: String, indent: String) -> String {
        var out = "", line = indent
        for word in text.split(separator: " ") {
            if line.count + word.count + 1 > 88, line != indent {
                out += line + "\n"
                line = indent
            }
            line += (line == indent ? "" : " ") + word
        }
        if line != indent { out += line + "\n" }
        return out
    }
}
