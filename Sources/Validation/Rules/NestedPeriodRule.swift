/// `nested-period`: the same metric for a period and for a period inside it,
/// with different values — reported for review.
public struct NestedPeriodRule: DocumentRule {
    public let id = RuleCatalog.nestedPeriod

    public init() {}

    public func check(_ document: DocumentAnalysis, context: ValidationContext) -> [Finding] {
        var groups: [ConflictKey: [Int]] = [:]
        var order: [ConflictKey] = []
        for (index, fact) in document.facts.enumerated() {
            guard let key = ConflictKey(fact, context.thresholds), fact.period != nil else { continue }
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(index)
        }
        var findings: [Finding] = []
        for key in order {
            guard let members = groups[key], members.count >= 2 else { continue }
            for b in members {
                let inner = document.facts[b]
                guard inner.isStock, let innerPeriod = inner.period else { continue }
                let outers = members.filter { a in
                    let outer = document.facts[a]
                    guard a != b, let outerPeriod = outer.period else { return false }
                    return outerPeriod.strictlyContains(innerPeriod) && document.mayConflict(a, b)
                        && outer.disagrees(with: inner)
                }
                guard let first = outers.first.map({ document.facts[$0] }) else { continue }
                let cited = ([b] + outers).sorted().map { document.facts[$0].cited($0 == b ? "inner" : "outer") }
                let others = outers.dropFirst().map { " and \(document.facts[$0].fact.text)" }.joined()
                findings.append(context.finding(id, .review, """
                    \(inner.fact.metric ?? "") is \(inner.fact.text) for \(inner.fact.time ?? "") but \
                    \(first.fact.text)\(others) for \(first.fact.time ?? ""), a period that contains it: check that \
                    the figures are consistent.
                    """, cited))
            }
        }
        return findings
    }
}
