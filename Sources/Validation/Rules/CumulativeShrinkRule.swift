/// `cumulative-shrink`: a running total (累计) that is smaller at a later time.
public struct CumulativeShrinkRule: DocumentRule {
    public let id = RuleCatalog.cumulativeShrink

    public init() {}

    public func check(_ document: DocumentAnalysis, context: ValidationContext) -> [Finding] {
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for (index, fact) in document.facts.enumerated() {
            guard fact.isCumulative, fact.isLevel, let key = fact.metricKey, fact.period != nil else { continue }
            let groupKey = key + "\u{1F}" + fact.unitKey
            if groups[groupKey] == nil { order.append(groupKey) }
            groups[groupKey, default: []].append(index)
        }
        var findings: [Finding] = []
        for key in order {
            guard let members = groups[key], members.count >= 2 else { continue }
            let sorted = members.sorted { document.facts[$0].period!.end < document.facts[$1].period!.end }
            for (position, later) in sorted.enumerated() {
                let laterFact = document.facts[later]
                let earlier = sorted[..<position].last { candidate in
                    let fact = document.facts[candidate]
                    return fact.period!.end < laterFact.period!.end
                        && (fact.bounds.map { b in laterFact.bounds.map { b.isAbove($0) } ?? false } ?? false)
                }
                guard let earlier else { continue }
                let earlierFact = document.facts[earlier]
                let forecast = laterFact.fact.modality == .forecast ? " (a forecast)" : ""
                findings.append(context.finding(id, .inconsistent, """
                    The running total \(laterFact.label)\(forecast) is smaller than the earlier \
                    \(earlierFact.label).
                    """, [earlierFact.cited("earlier"), laterFact.cited("later")]))
            }
        }
        return findings
    }
}
