import Foundation
import FactCore

/// `rate-of-change`: a stated growth or fall must agree with the two values.
public struct RateOfChangeRule: DocumentRule {
    public let id = RuleCatalog.rateOfChange

    public init() {}

    public func check(_ document: DocumentAnalysis, context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        let hardStops: Set<Unicode.Scalar> = ["；", ";", "。", "！", "!", "？", "?"]
        for (index, rate) in document.facts.enumerated() {
            guard let direction = rate.change, direction != .any, let position = rate.position, rate.bounds != nil
            else { continue }
            let sentence = document.sentences[rate.sentence]
            func isValue(_ member: Int) -> Bool {
                let fact = document.facts[member]
                guard fact.isLevel, fact.position != nil,
                      !context.thresholds.uncomparedKinds.contains(fact.fact.kind) else { return false }
                return rate.fact.kind == .percentagePoint ? fact.fact.kind == .percent : fact.fact.kind != .percent
            }
            // Other rates of the sentence bound the search on either side.
            let rates = sentence.members.filter { document.facts[$0].change != nil && $0 != index }
            let previousRateEnd = rates.compactMap { document.facts[$0].position }
                .filter { $0.upperBound <= position.lowerBound }.map(\.upperBound).max() ?? 0
            var nextStop = rates.compactMap { document.facts[$0].position }
                .filter { $0.lowerBound >= position.upperBound }.map(\.lowerBound).min() ?? sentence.scalars.count
            if let hard = (position.upperBound..<nextStop).first(where: { hardStops.contains(sentence.scalars[$0]) }) {
                nextStop = hard
            }
            let before = sentence.members.filter { member in
                guard isValue(member), let other = document.facts[member].position else { return false }
                return other.lowerBound >= previousRateEnd && other.upperBound <= position.lowerBound
            }
            // Values after the rate (…同比下降20%,上年为100亿元): only in the clause that
            // follows, when no other rate comes after them, and not parts after 其中.
            let nextRate = rates.compactMap { document.facts[$0].position }.contains { $0.lowerBound >= position.upperBound
                && !(position.upperBound..<$0.lowerBound).contains { hardStops.contains(sentence.scalars[$0]) } }
            let breaksAfter = (position.upperBound..<nextStop).filter {
                context.cues.clauseBreaks.contains(sentence.scalars[$0])
            }
            let clauseEnd = breaksAfter.count >= 2 ? breaksAfter[1] : nextStop
            let after = nextRate ? [] : sentence.members.filter { member in
                guard isValue(member), let other = document.facts[member].position,
                      document.relation(withPart: member) == nil else { return false }
                if let clause = document.facts[member].clause,
                   !context.cues.matches(context.cues.partOf, in: sentence.scalars, range: clause).isEmpty {
                    return false
                }
                return other.lowerBound >= position.upperBound && other.upperBound <= clauseEnd
            }
            // The unit of the value nearest before the rate (else first after) decides.
            guard let anchor = before.last ?? after.first else { continue }
            let sameUnit = { (member: Int) in document.facts[member].sameUnit(as: document.facts[anchor]) }
            var values = before.filter(sameUnit)
            if values.count < 2 { values += after.filter(sameUnit) }
            var pair: (old: Int, new: Int)?
            var crossSentence = false
            if values.count == 2 {
                pair = order(values[0], values[1], in: document)
            } else if values.count == 1, !document.facts[values[0]].hasBaseCue,
                      let old = previousPeriodValue(of: values[0], in: document) {
                pair = (old, values[0])
                crossSentence = true
            }
            guard let pair else { continue }
            let old = document.facts[pair.old], new = document.facts[pair.new]
            guard let verdict = compare(rate: rate, direction: direction, old: old, new: new) else { continue }
            let cited = [rate.cited("rate"), old.cited("old"), new.cited("new")]
            let stated = (direction == .up ? "up " : "down ") + rate.fact.text
            if verdict.agrees {
                findings.append(context.finding(id, .confirmed, """
                    The change \(stated) agrees with \(old.label) → \(new.label) (\(verdict.actual)).
                    """, cited))
            } else {
                findings.append(context.finding(id, .inconsistent, """
                    The change \(stated) does not agree with \(old.label) → \(new.label), which is \(verdict.actual)\
                    \(crossSentence ? " (earlier value taken from another sentence)" : "").
                    """, cited, severity: crossSentence ? .warning : nil))
            }
        }
        return findings
    }

    /// Old and new of two values, or nil when the text does not tell: a
    /// [base] cue marks the old one (从800亿元, 比上年的1000亿元, 上年为100亿元);
    /// without one, two figures of the same metric at two periods, the
    /// earlier one first. Two figures with nothing to relate them (发送旅客
    /// 11.8亿人次…日均2950万人次) are no pair.
    func order(_ a: Int, _ b: Int, in document: DocumentAnalysis) -> (old: Int, new: Int)? {
        let first = document.facts[a], second = document.facts[b]
        if first.hasBaseCue != second.hasBaseCue { return first.hasBaseCue ? (a, b) : (b, a) }
        guard !first.hasBaseCue, let key = first.metricKey, key == second.metricKey,
              let p = first.period, let q = second.period else { return nil }
        if p.end < q.start { return (a, b) }
        if q.end < p.start { return (b, a) }
        return nil
    }

    /// The same metric one year earlier, when the document gives exactly one such value.
    func previousPeriodValue(of index: Int, in document: DocumentAnalysis) -> Int? {
        let new = document.facts[index]
        guard let key = new.metricKey, let time = new.fact.time,
              let earlier = TimePeriod.shifting(time, years: -1) else { return nil }
        let matches = document.facts.indices.filter { other in
            let fact = document.facts[other]
            return other != index && fact.isLevel && fact.metricKey == key && fact.sameUnit(as: new)
                && fact.fact.time == earlier
        }
        let values = Set(matches.compactMap { document.facts[$0].fact.value })
        return values.count == 1 ? matches.first : nil
    }

    struct Verdict {
        var agrees: Bool
        var actual: String
    }

    func compare(rate: AnalyzedFact, direction: ChangeDirection, old: AnalyzedFact, new: AnalyzedFact) -> Verdict? {
        guard let stated = rate.bounds, let oldBounds = old.bounds, let newBounds = new.bounds,
              let oldValue = old.fact.value, let newValue = new.fact.value else { return nil }
        let signed = direction == .up ? stated : ValueBounds(lower: stated.upper.map { -$0 }, upper: stated.lower.map { -$0 })
        switch rate.fact.kind {
        case .percentagePoint:
            let actual = newBounds - oldBounds
            return Verdict(agrees: actual.overlaps(signed),
                           actual: MessageText.signed(newValue - oldValue) + " percentage points")
        case .percent:
            guard oldValue > 0, let ratio = newBounds.divided(by: oldBounds) else { return nil }
            let actual = ratio.shifted(by: -1).scaled(by: 100)
            return Verdict(agrees: actual.overlaps(signed),
                           actual: MessageText.signed((newValue / oldValue - 1) * 100) + "%")
        case .multiple:
            guard direction == .up, oldValue > 0, let ratio = newBounds.divided(by: oldBounds) else { return nil }
            let text = MessageText.number(newValue / oldValue) + " times"
            if rate.fact.text.contains("翻") { return Verdict(agrees: ratio.overlaps(stated), actual: text) }
            // 增长2倍: strictly three times, often written for two.
            return Verdict(agrees: ratio.overlaps(stated) || ratio.overlaps(stated.shifted(by: 1)), actual: text)
        default:
            return nil
        }
    }
}
