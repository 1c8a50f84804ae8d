import Foundation
import FactCore

/// Scores system facts against gold facts as the guidelines' Scoring section says.
///
/// - Date rows and figure rows are scored apart: a date only matches a date,
///   a figure only a figure.
/// - A system fact matches a gold fact of the same document when their spans
///   overlap. The assignment is global and greedy: all overlapping
///   (system, gold) pairs are taken by overlap descending, ties broken by the
///   smaller distance between starts, then by position (gold start, system
///   start, input order); a pair is kept when neither side is already
///   matched. So each gold fact and each system fact is matched at most once.
/// - Rows of kind `ordinal` or `number` are ignored on both sides: neither
///   credited nor counted as false positives (gold files should have none).
/// - Over matched figures: `value` (relative difference under the
///   tolerance; both null agree), `value_max` likewise, `unit`, `approx`,
///   `time`, `modality` and `kind` by equality (null == null), and the mean
///   bag-of-characters F1 of `metric`. Over matched dates: `time`.
public struct Scorer: Sendable {
    /// Relative tolerance for `value` and `value_max` (1e-9 by the guidelines).
    public var tolerance: Decimal

    public init(tolerance: Decimal = Decimal(sign: .plus, exponent: -9, significand: 1)) {
        self.tolerance = tolerance
    }

    /// The class a kind is scored in; nil for `ordinal` and `number`.
    public static func scoringClass(of kind: FactKind) -> ScoringClass? {
        switch kind {
        case .date: .date
        case .ordinal, .number: nil
        default: .figure
        }
    }

    /// Scores system facts (as produced by the extractor, keeping their
    /// document ids) against gold.
    public func score(gold: [GoldFact], facts: [Fact]) -> EvaluationReport {
        score(gold: gold, system: facts.map { GoldFact(fact: $0) })
    }

    /// Scores system rows against gold rows.
    public func score(gold: [GoldFact], system: [GoldFact]) -> EvaluationReport {
        struct Key: Hashable {
            var doc: String
            var scoringClass: ScoringClass
        }
        var goldGroups: [Key: [Int]] = [:], systemGroups: [Key: [Int]] = [:]
        var ignoredGold = 0, ignoredSystem = 0
        var goldCount: [ScoringClass: Int] = [:], systemCount: [ScoringClass: Int] = [:]
        for (index, fact) in gold.enumerated() {
            guard let c = Self.scoringClass(of: fact.kind) else { ignoredGold += 1; continue }
            goldGroups[Key(doc: fact.doc, scoringClass: c), default: []].append(index)
            goldCount[c, default: 0] += 1
        }
        for (index, fact) in system.enumerated() {
            guard let c = Self.scoringClass(of: fact.kind) else { ignoredSystem += 1; continue }
            systemGroups[Key(doc: fact.doc, scoringClass: c), default: []].append(index)
            systemCount[c, default: 0] += 1
        }

        // Global greedy assignment within each (document, class).
        struct Candidate {
            var gold: Int
            var system: Int
            var overlap: Int
            var startDistance: Int
        }
        var goldMatch = [Int?](repeating: nil, count: gold.count)
        var systemMatched = [Bool](repeating: false, count: system.count)
        var matches: [ScoredMatch] = []
        for (key, goldIndices) in goldGroups {
            guard let systemIndices = systemGroups[key] else { continue }
            var candidates: [Candidate] = []
            for g in goldIndices {
                for s in systemIndices {
                    let overlap = gold[g].overlap(with: system[s])
                    if overlap > 0 {
                        candidates.append(Candidate(
                            gold: g, system: s, overlap: overlap,
                            startDistance: abs(gold[g].start - system[s].start)))
                    }
                }
            }
            candidates.sort { a, b in
                if a.overlap != b.overlap { return a.overlap > b.overlap }
                if a.startDistance != b.startDistance { return a.startDistance < b.startDistance }
                if gold[a.gold].start != gold[b.gold].start { return gold[a.gold].start < gold[b.gold].start }
                if system[a.system].start != system[b.system].start {
                    return system[a.system].start < system[b.system].start
                }
                if a.gold != b.gold { return a.gold < b.gold }
                return a.system < b.system
            }
            for candidate in candidates where goldMatch[candidate.gold] == nil && !systemMatched[candidate.system] {
                goldMatch[candidate.gold] = candidate.system
                systemMatched[candidate.system] = true
                matches.append(ScoredMatch(
                    gold: gold[candidate.gold], system: system[candidate.system], overlap: candidate.overlap))
            }
        }

        // Detection.
        var truePositives: [ScoringClass: Int] = [:]
        for match in matches {
            if let c = Self.scoringClass(of: match.gold.kind) { truePositives[c, default: 0] += 1 }
        }
        func detection(_ c: ScoringClass) -> DetectionScore {
            let tp = truePositives[c] ?? 0
            return DetectionScore(
                truePositives: tp, falsePositives: (systemCount[c] ?? 0) - tp,
                falseNegatives: (goldCount[c] ?? 0) - tp)
        }

        matches.sort { a, b in
            (a.gold.doc, a.gold.start, a.gold.end, a.system.start, a.system.end)
                < (b.gold.doc, b.gold.start, b.gold.end, b.system.start, b.system.end)
        }

        // Fields over matched pairs.
        var errors: [ScoringError] = []
        var fields = FigureFieldScores()
        var dateTime = FieldScore()
        for match in matches {
            let g = match.gold, s = match.system
            func check(_ field: ScoredField, _ gv: String?, _ sv: String?, _ agree: Bool, into score: inout FieldScore) {
                score.total += 1
                if agree {
                    score.correct += 1
                } else {
                    errors.append(.mismatch(field, gold: g, system: s, goldValue: gv, systemValue: sv))
                }
            }
            if g.isDate {
                check(.time, g.time, s.time, g.time == s.time, into: &dateTime)
                continue
            }
            check(.kind, g.kind.rawValue, s.kind.rawValue, g.kind == s.kind, into: &fields.kind)
            check(.value, g.value, s.value,
                  DecimalComparison.agree(g.value, s.value, tolerance: tolerance), into: &fields.value)
            check(.valueMax, g.valueMax, s.valueMax,
                  DecimalComparison.agree(g.valueMax, s.valueMax, tolerance: tolerance), into: &fields.valueMax)
            check(.unit, g.unit, s.unit, g.unit == s.unit, into: &fields.unit)
            check(.approx, g.approx.rawValue, s.approx.rawValue, g.approx == s.approx, into: &fields.approx)
            check(.time, g.time, s.time, g.time == s.time, into: &fields.time)
            check(.modality, g.modality.rawValue, s.modality.rawValue, g.modality == s.modality,
                  into: &fields.modality)
            let f1 = characterF1(g.metric, s.metric)
            fields.metric.add(f1)
            if f1 < 1 {
                errors.append(.mismatch(.metric, gold: g, system: s, goldValue: g.metric, systemValue: s.metric,
                                        metricF1: f1))
            }
        }
        for (index, fact) in gold.enumerated()
        where goldMatch[index] == nil && Self.scoringClass(of: fact.kind) != nil {
            errors.append(.miss(fact))
        }
        for (index, fact) in system.enumerated()
        where !systemMatched[index] && Self.scoringClass(of: fact.kind) != nil {
            errors.append(.falsePositive(fact))
        }
        errors.sort(by: ScoringError.precedes)

        return EvaluationReport(
            figures: detection(.figure), dates: detection(.date),
            figureFields: fields, dateTime: dateTime,
            ignoredGoldRows: ignoredGold, ignoredSystemRows: ignoredSystem,
            matches: matches, errors: errors)
    }
}

/// The two classes scored apart.
public enum ScoringClass: String, Sendable, Hashable, CaseIterable {
    case figure, date
}

/// The fields compared on matched pairs.
public enum ScoredField: String, Sendable, Hashable, CaseIterable {
    case kind, value
    case valueMax = "value_max"
    case unit, approx, time, metric, modality
}

/// A matched (gold, system) pair.
public struct ScoredMatch: Sendable, Hashable {
    public var gold: GoldFact
    public var system: GoldFact
    /// Code points the spans share.
    public var overlap: Int
}
