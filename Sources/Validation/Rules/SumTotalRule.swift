import Foundation
/// `sum-total`: parts listed before a stated total must add up to it; parts
/// after 其中 must not add up to more than their whole.
public struct SumTotalRule: DocumentRule {
    public let id = RuleCatalog.sumTotal

    public init() {}

    public func check(_ document: DocumentAnalysis, context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        for (index, total) in document.facts.enumerated() {
            guard let kind = total.totalKind, total.isLevel, let position = total.position,
                  context.thresholds.additiveKinds.contains(total.fact.kind), let totalBounds = total.bounds
            else { continue }
            // Parts already counted in a whole of their own (其中…) are not listed again.
            let counted = Set(document.relations.flatMap(\.parts))
            let parts = document.sentences[total.sentence].members.filter { member in
                let fact = document.facts[member]
                guard member != index, !counted.contains(member), let other = fact.position, fact.isLevel,
                      !fact.isShare else { return false }
                return other.upperBound <= position.lowerBound && fact.sameUnit(as: total)
            }
            guard parts.count >= 2 else { continue }
            let sum = ValueBounds.sum(parts.compactMap { document.facts[$0].bounds })
            let cited = [total.cited("total")] + parts.map { document.facts[$0].cited("part") }
            let listed = parts.map { document.facts[$0].fact.text }.joined(separator: " + ")
            let sumText = total.amount(parts.compactMap { document.facts[$0].fact.value }.reduce(0, +))
            if sum.overlaps(totalBounds) {
                findings.append(context.finding(id, .confirmed, """
                    \(listed) = \(sumText), which agrees with the total \(total.label).
                    """, cited))
            } else if kind == "cumulative" {
                // A running total may include earlier amounts, and the figures before it
                // need not be its parts (新增确诊…例,累计死亡…例): a shortfall is for review only.
                if totalBounds.isAbove(sum) {
                    findings.append(context.finding(id, .review, """
                        \(listed) = \(sumText) is less than the running total \(total.label); \
                        check whether earlier amounts account for the difference.
                        """, cited))
                }
            } else {
                let relation = sum.isAbove(totalBounds) ? "more" : "less"
                findings.append(context.finding(id, .inconsistent, """
                    \(listed) = \(sumText), \(relation) than the stated total \(total.label).
                    """, cited))
            }
        }
        for relation in document.relations where relation.parts.count >= 2 {
            let whole = document.facts[relation.whole]
            guard let wholeBounds = whole.bounds else { continue }
            let sum = ValueBounds.sum(relation.parts.compactMap { document.facts[$0].bounds })
            let cited = [whole.cited("whole")] + relation.parts.map { document.facts[$0].cited("part") }
            let listed = relation.parts.map { document.facts[$0].fact.text }.joined(separator: " + ")
            let sumText = whole.amount(relation.parts.compactMap { document.facts[$0].fact.value }.reduce(0, +))
            if sum.isAbove(wholeBounds) {
                // Parts may nest (企业数和高新技术企业数分别达到1,326家和418家): say which ones add up.
                let matching = Self.subsetAddingUp(relation.parts, to: wholeBounds, in: document)
                let hint = matching.map { subset in
                    " (" + subset.map { document.facts[$0].fact.text }.joined(separator: " + ") + " alone add up to it)"
                } ?? ""
                findings.append(context.finding(id, .review, """
                    The parts after \(relation.cue), \(listed) = \(sumText), add up to \
                    more than their whole \(whole.label); check whether some parts lie inside others\(hint).
                    """, cited))
            } else if sum.overlaps(wholeBounds) {
                findings.append(context.finding(id, .confirmed, """
                    The parts after \(relation.cue), \(listed) = \(sumText), add up to \
                    their whole \(whole.label).
                    """, cited))
            }
        }
        return findings
    }

    /// The smallest proper subset (two or more parts) whose sum agrees with
    /// `whole`, for up to 8 parts; nil when none does.
    static func subsetAddingUp(_ parts: [Int], to whole: ValueBounds, in document: DocumentAnalysis) -> [Int]? {
        guard parts.count <= 8, parts.count > 2 else { return nil }
        var best: [Int]?
        for mask in 1..<(1 << parts.count) - 1 where mask.nonzeroBitCount >= 2 {
            let subset = parts.indices.filter { mask & (1 << $0) != 0 }.map { parts[$0] }
            let sum = ValueBounds.sum(subset.compactMap { document.facts[$0].bounds })
            if sum.overlaps(whole), subset.count < (best?.count ?? Int.max) { best = subset }
        }
        return best
    }
}
