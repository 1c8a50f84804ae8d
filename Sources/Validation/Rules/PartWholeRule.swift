/// `part-whole`: a part introduced by 其中/包括/含 must not exceed its whole.
public struct PartWholeRule: DocumentRule {
    public let id = RuleCatalog.partWhole

    public init() {}

    public func check(_ document: DocumentAnalysis, context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        for relation in document.relations {
            let whole = document.facts[relation.whole]
            guard let wholeBounds = whole.bounds else { continue }
            for index in relation.parts {
                let part = document.facts[index]
                guard let partBounds = part.bounds else { continue }
                let cited = [whole.cited("whole"), part.cited("part")]
                if partBounds.isAbove(wholeBounds) {
                    findings.append(context.finding(id, .inconsistent, """
                        The part \(part.label) after \(relation.cue) is larger than its whole \(whole.label).
                        """, cited))
                } else {
                    findings.append(context.finding(id, .confirmed, """
                        The part \(part.label) after \(relation.cue) is within its whole \(whole.label).
                        """, cited))
                }
            }
        }
        return findings
    }
}
