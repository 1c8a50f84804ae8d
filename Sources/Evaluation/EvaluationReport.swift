import Foundation

/// Detection counts and scores for one class.
public struct DetectionScore: Sendable, Hashable {
    public var truePositives: Int
    public var falsePositives: Int
    public var falseNegatives: Int

    public init(truePositives: Int, falsePositives: Int, falseNegatives: Int) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// Gold rows of the class.
    public var gold: Int { truePositives + falseNegatives }
    /// System rows of the class (ignored kinds excluded).
    public var system: Int { truePositives + falsePositives }
    /// tp / (tp + fp); nil when the system has no rows of the class.
    public var precision: Double? { ratio(truePositives, system) }
    /// tp / (tp + fn); nil when the gold has no rows of the class.
    public var recall: Double? { ratio(truePositives, gold) }
    /// 2tp / (2tp + fp + fn), the harmonic mean of precision and recall;
    /// nil when there are no rows on either side.
    public var f1: Double? { ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives) }
}

/// Agreement of one field over matched pairs.
public struct FieldScore: Sendable, Hashable {
    public var correct: Int
    public var total: Int

    public init(correct: Int = 0, total: Int = 0) {
        self.correct = correct
        self.total = total
    }

    /// correct / total; nil when nothing was matched.
    public var accuracy: Double? { ratio(correct, total) }
}

/// A mean over matched pairs.
public struct MeanScore: Sendable, Hashable {
    public var sum: Double
    public var count: Int

    public init(sum: Double = 0, count: Int = 0) {
        self.sum = sum
        self.count = count
    }

    public mutating func add(_ value: Double) {
        sum += value
        count += 1
    }

    /// sum / count; nil when nothing was matched.
    public var mean: Double? { count == 0 ? nil : sum / Double(count) }
}

/// Field agreement over matched figures.
public struct FigureFieldScores: Sendable, Hashable {
    /// `value` within the relative tolerance (the guidelines' "right value").
    public var value = FieldScore()
    /// `value_max` within the relative tolerance (both null agree).
    public var valueMax = FieldScore()
    public var unit = FieldScore()
    public var approx = FieldScore()
    public var time = FieldScore()
    public var modality = FieldScore()
    /// `kind` (not in the guidelines' list; reported for diagnosis).
    public var kind = FieldScore()
    /// Mean bag-of-characters F1 of `metric`.
    public var metric = MeanScore()

    public init() {}
}

/// One error: a miss, a false positive, or a field that differs on a matched pair.
public struct ScoringError: Sendable, Hashable, CustomStringConvertible {
    public enum Category: String, Sendable, Hashable {
        case miss
        case falsePositive = "false_positive"
        case mismatch
    }

    public var category: Category
    /// Where the error is: the gold fact's span and text for misses and
    /// mismatches, the system fact's for false positives.
    public var doc: String
    public var start: Int
    public var end: Int
    public var text: String
    /// The gold fact (nil for false positives).
    public var gold: GoldFact?
    /// The system fact (nil for misses).
    public var system: GoldFact?
    /// The differing field (mismatches only), with both values as written.
    public var field: ScoredField?
    public var goldValue: String?
    public var systemValue: String?
    /// The character F1 of a `metric` mismatch.
    public var metricF1: Double?

    public static func miss(_ gold: GoldFact) -> ScoringError {
        ScoringError(category: .miss, doc: gold.doc, start: gold.start, end: gold.end, text: gold.text,
                     gold: gold, system: nil, field: nil, goldValue: nil, systemValue: nil, metricF1: nil)
    }

    public static func falsePositive(_ system: GoldFact) -> ScoringError {
        ScoringError(category: .falsePositive, doc: system.doc, start: system.start, end: system.end,
                     text: system.text, gold: nil, system: system, field: nil, goldValue: nil,
                     systemValue: nil, metricF1: nil)
    }

    public static func mismatch(_ field: ScoredField, gold: GoldFact, system: GoldFact, goldValue: String?,
                                systemValue: String?, metricF1: Double? = nil) -> ScoringError {
        ScoringError(category: .mismatch, doc: gold.doc, start: gold.start, end: gold.end, text: gold.text,
                     gold: gold, system: system, field: field, goldValue: goldValue, systemValue: systemValue,
                     metricF1: metricF1)
    }

    /// Order of listing: document, span, then misses, false positives and
    /// mismatches (in ``ScoredField`` order).
    static func precedes(_ a: ScoringError, _ b: ScoringError) -> Bool {
        func rank(_ e: ScoringError) -> Int {
            switch e.category {
            case .miss: 0
            case .falsePositive: 1
            case .mismatch: 2 + (e.field.flatMap { ScoredField.allCases.firstIndex(of: $0) } ?? 0)
            }
        }
        return (a.doc, a.start, a.end, rank(a)) < (b.doc, b.start, b.end, rank(b))
    }

    /// One line: what, where, and for mismatches gold vs system.
    public var description: String {
        let place = "\(doc)[\(start)..<\(end)] \(text)"
        switch category {
        case .miss:
            return "miss      \(place) (\(gold?.kind.rawValue ?? "?"))"
        case .falsePositive:
            return "false pos \(place) (\(system?.kind.rawValue ?? "?"))"
        case .mismatch:
            var line = "\((field?.rawValue ?? "?").padding(9)) \(place): gold \(show(goldValue)), system \(show(systemValue))"
            if let metricF1 { line += " (F1 \(format(metricF1)))" }
            if let system, system.start != start || system.end != end {
                line += " [system \(system.start)..<\(system.end) \(system.text)]"
            }
            return line
        }
    }

    private func show(_ value: String?) -> String { value ?? "null" }
}

/// The result of scoring: detection per class, field agreement over
/// matches, the matches and the errors.
public struct EvaluationReport: Sendable, CustomStringConvertible {
    public var figures: DetectionScore
    public var dates: DetectionScore
    /// Field agreement over matched figures.
    public var figureFields: FigureFieldScores
    /// `time` agreement over matched dates.
    public var dateTime: FieldScore
    /// Gold rows of kind `ordinal` or `number` (not scored; should be 0).
    public var ignoredGoldRows: Int
    /// System rows of kind `ordinal` or `number` (neither credited nor counted).
    public var ignoredSystemRows: Int
    /// Matched pairs, in gold order.
    public var matches: [ScoredMatch]
    /// Misses, false positives and field mismatches, by document and position.
    public var errors: [ScoringError]

    public init(figures: DetectionScore, dates: DetectionScore, figureFields: FigureFieldScores,
                dateTime: FieldScore, ignoredGoldRows: Int, ignoredSystemRows: Int,
                matches: [ScoredMatch], errors: [ScoringError]) {
        self.figures = figures
        self.dates = dates
        self.figureFields = figureFields
        self.dateTime = dateTime
        self.ignoredGoldRows = ignoredGoldRows
        self.ignoredSystemRows = ignoredSystemRows
        self.matches = matches
        self.errors = errors
    }

    /// Detection for one class.
    public func detection(_ scoringClass: ScoringClass) -> DetectionScore {
        scoringClass == .figure ? figures : dates
    }

    /// A compact aligned table.
    public var description: String {
        var lines: [String] = []
        let header = ["", "gold", "system", "tp", "fp", "fn", "precision", "recall", "F1"]
        func row(_ name: String, _ d: DetectionScore) -> [String] {
            [name, "\(d.gold)", "\(d.system)", "\(d.truePositives)", "\(d.falsePositives)",
             "\(d.falseNegatives)", format(d.precision), format(d.recall), format(d.f1)]
        }
        lines += table([header, row("figures", figures), row("dates", dates)], leftAligned: [0])
        lines.append("")
        let f = figureFields
        func field(_ name: String, _ s: FieldScore) -> [String] {
            ["  " + name, "\(s.correct)/\(s.total)", format(s.accuracy)]
        }
        lines += table([
            ["matched figures (\(f.value.total))", "correct", "accuracy"],
            field("value", f.value),
            field("value_max", f.valueMax),
            field("unit", f.unit),
            field("approx", f.approx),
            field("time", f.time),
            field("modality", f.modality),
            field("kind", f.kind),
            ["  metric (char F1)", "", format(f.metric.mean)],
            ["matched dates (\(dateTime.total))", "", ""],
            field("time", dateTime),
        ], leftAligned: [0])
        if ignoredSystemRows > 0 || ignoredGoldRows > 0 {
            lines.append("")
            lines.append("ignored ordinal/number rows: system \(ignoredSystemRows), gold \(ignoredGoldRows)")
        }
        return lines.joined(separator: "\n")
    }

    /// The first `limit` errors, one per line, then how many were left out.
    public func errorListing(limit: Int = .max) -> String {
        let shown = errors.prefix(max(0, limit))
        var lines = shown.map(\.description)
        if errors.count > shown.count {
            lines.append("… \(errors.count - shown.count) more (\(errors.count) in all)")
        }
        return lines.joined(separator: "\n")
    }
}

// MARK: - Formatting

func ratio(_ numerator: Int, _ denominator: Int) -> Double? {
    denominator == 0 ? nil : Double(numerator) / Double(denominator)
}

/// Four decimals, `-` for nil.
func format(_ value: Double?) -> String {
    guard let value else { return "-" }
    return String(format: "%.4f", value)
}

/// Rows padded to aligned columns: right-aligned except `leftAligned`.
func table(_ rows: [[String]], leftAligned: Set<Int>) -> [String] {
    let columns = rows.map(\.count).max() ?? 0
    var widths = [Int](repeating: 0, count: columns)
    for row in rows {
        for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
    }
    return rows.map { row in
        var line = ""
        for (i, cell) in row.enumerated() {
            if i > 0 { line += "  " }
            line += leftAligned.contains(i) ? cell.padding(widths[i]) : cell.leftPadding(widths[i])
        }
        while line.last == " " { line.removeLast() }
        return line
    }
}

extension String {
    /// Padded with spaces on the right to `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    /// Padded with spaces on the left to `width` characters.
    func leftPadding(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
