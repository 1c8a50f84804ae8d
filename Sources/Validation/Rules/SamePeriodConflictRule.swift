/// `same-period-conflict`: one article gives the same metric for the same
/// period different values.
public struct SamePeriodConflictRule: DocumentRule {
    public let id = RuleCatalog.samePeriodConflict

    public init() {}

    public func check(_ document: DocumentAnalysis, context: ValidationContext) -> [Finding] {
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for (index, fact) in document.facts.enumerated() {
            guard let key = ConflictKey(fact, context.thresholds), let time = fact.fact.time else { continue }
            let groupKey = key.string(time: time)
            if groups[groupKey] == nil { order.append(groupKey) }
            groups[groupKey, default: []].append(index)
        }
        var findings: [Finding] = []
        for key in order {
            guard let members = groups[key], members.count >= 2 else { continue }
            var conflicting = false
            outer: for (i, a) in members.enumerated() {
                for b in members[(i + 1)...] where document.mayConflict(a, b)
                    && document.facts[a].disagrees(with: document.facts[b]) {
                    conflicting = true
                    break outer
                }
            }
            guard conflicting else { continue }
            let facts = members.map { document.facts[$0] }
            let first = facts[0]
            findings.append(context.finding(id, .inconsistent, """
                \(first.fact.metric ?? "") for \(first.fact.time ?? "") is given as \
                \(facts.map(\.fact.text).joined(separator: " and ")).
                """, facts.map { $0.cited("figure") }))
        }
        return findings
    }
}
