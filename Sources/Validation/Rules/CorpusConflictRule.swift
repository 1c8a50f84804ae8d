/// `corpus-conflict`: different documents give the same metric for the same
/// period different values; the finding cites every source.
public struct CorpusConflictRule: CorpusRule {
    public let id = RuleCatalog.corpusConflict

    public init() {}

    public func check(_ documents: [DocumentAnalysis], context: ValidationContext) -> [Finding] {
        struct Member {
            var document: Int
            var fact: Int
        }
        var groups: [String: [Member]] = [:]
        var order: [String] = []
        for (d, document) in documents.enumerated() {
            for (index, fact) in document.facts.enumerated() {
                guard let key = ConflictKey(fact, context.thresholds), let time = fact.fact.time else { continue }
                let groupKey = key.string(time: time)
                if groups[groupKey] == nil { order.append(groupKey) }
                groups[groupKey, default: []].append(Member(document: d, fact: index))
            }
        }
        var findings: [Finding] = []
        for key in order {
            guard let members = groups[key], Set(members.map(\.document)).count >= 2 else { continue }
            func fact(_ member: Member) -> AnalyzedFact { documents[member.document].facts[member.fact] }
            var conflicting = false
            outer: for (i, a) in members.enumerated() {
                for b in members[(i + 1)...] where a.document != b.document && fact(a).disagrees(with: fact(b))
                    && documents[a.document].partContext(of: a.fact) == documents[b.document].partContext(of: b.fact) {
                    conflicting = true
                    break outer
                }
            }
            guard conflicting else { continue }
            let first = fact(members[0])
            let sources = members.map { "\(fact($0).fact.text) in \(documents[$0.document].document)" }
            findings.append(context.finding(id, .inconsistent, """
                \(first.fact.metric ?? "") for \(first.fact.time ?? "") differs between documents: \
                \(sources.joined(separator: "; ")).
                """, members.map { fact($0).cited("source") }))
        }
        return findings
    }
}
