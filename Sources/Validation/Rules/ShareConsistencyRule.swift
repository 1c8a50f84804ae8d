import Foundation

/// `share-consistency`: a stated share must equal part ÷ whole.
public struct ShareConsistencyRule: DocumentRule {
    public let id = RuleCatalog.shareConsistency

    public init() {}

    public func check(_ document: DocumentAnalysis, context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        for (index, share) in document.facts.enumerated() {
            guard let cue = share.shareCue, let sharePosition = share.position, let shareBounds = share.bounds
            else { continue }
            let members = document.sentences[share.sentence].members.filter { $0 != index }
            func candidate(_ member: Int) -> Bool {
                let fact = document.facts[member]
                return fact.isLevel && !fact.isShare && fact.fact.kind != .percent && fact.position != nil
            }
            // A whole between the cue and the share (占企业总数500家的40%) ...
            let between = members.filter { member in
                guard candidate(member), let position = document.facts[member].position else { return false }
                return position.lowerBound >= cue && position.upperBound <= sharePosition.lowerBound
            }
            var partIndex: Int?, wholeIndex: Int?
            if let whole = between.last {
                wholeIndex = whole
                partIndex = members.last { member in
                    guard candidate(member), let position = document.facts[member].position else { return false }
                    return position.upperBound <= cue && document.facts[member].sameUnit(as: document.facts[whole])
                }
            } else {
                // ... or the whole of the part just before the cue (其中…200家,占比40%),
                // when nothing but [share-link] words names another base (占全国人口的14.2%).
                let text = document.sentences[share.sentence].scalars
                guard let match = context.cues.matches(context.cues.share, in: text, range: cue..<sharePosition.lowerBound).first
                else { continue }
                let between = match.range.upperBound..<sharePosition.lowerBound
                let links = context.cues.shareLink.matches(in: text, range: between, hiding: CueSet([]))
                let linked = links.reduce(0) { $0 + $1.range.count }
                    + between.filter { text[$0].properties.isWhitespace }.count
                guard linked == between.count else { continue }
                partIndex = members.last { member in
                    guard candidate(member), let position = document.facts[member].position else { return false }
                    return position.upperBound <= cue
                }
                // The part must stand right before the cue (…200家,占比40%).
                if let part = partIndex, let position = document.facts[part].position,
                   !text[position.upperBound..<cue].allSatisfy({ $0.properties.isWhitespace || context.cues.clauseBreaks.contains($0) }) {
                    partIndex = nil
                }
                wholeIndex = partIndex.flatMap { document.relation(withPart: $0)?.whole }
            }
            guard let partIndex, let wholeIndex else { continue }
            let part = document.facts[partIndex], whole = document.facts[wholeIndex]
            guard let partBounds = part.bounds, let wholeBounds = whole.bounds,
                  let computed = partBounds.divided(by: wholeBounds)?.scaled(by: 100),
                  let partValue = part.fact.value, let wholeValue = whole.fact.value, wholeValue != 0
            else { continue }
            let exact = MessageText.number(partValue / wholeValue * 100)
            let cited = [share.cited("share"), part.cited("part"), whole.cited("whole")]
            if computed.overlaps(shareBounds) {
                findings.append(context.finding(id, .confirmed, """
                    The share \(share.fact.text) agrees with \(part.label) of \(whole.label) (\(exact)%).
                    """, cited))
            } else {
                findings.append(context.finding(id, .inconsistent, """
                    The share \(share.fact.text) does not agree with \(part.label) of \(whole.label), \
                    which is \(exact)%.
                    """, cited))
            }
        }
        return findings
    }
}
