/// `share-range`: a share must lie between 0% and 100%.
public struct ShareRangeRule: DocumentRule {
    public let id = RuleCatalog.shareRange

    public init() {}

    public func check(_ document: DocumentAnalysis, context: ValidationContext) -> [Finding] {
        let minimum = context.thresholds.shareMinimum, maximum = context.thresholds.shareMaximum
        return document.facts.compactMap { share in
            guard share.isShare, share.change == nil, share.fact.kind == .percent,
                  let value = share.fact.value, value < minimum || value > maximum else { return nil }
            return context.finding(id, .inconsistent, """
                The share \(share.label) is outside \(minimum.plainString)%–\(maximum.plainString)%.
                """, [share.cited("share")])
        }
    }
}
