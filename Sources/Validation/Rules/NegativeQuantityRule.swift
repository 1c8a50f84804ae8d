import FactCore

/// `negative-quantity`: counts and physical quantities cannot be negative.
public struct NegativeQuantityRule: DocumentRule {
    public let id = RuleCatalog.negativeQuantity

    /// The kinds that cannot be below zero.
    public static let nonNegativeKinds: Set<FactKind> = [.count, .area, .length, .weight, .volume, .duration, .age]

    public init() {}

    public func check(_ document: DocumentAnalysis, context: ValidationContext) -> [Finding] {
        document.facts.compactMap { fact in
            guard Self.nonNegativeKinds.contains(fact.fact.kind), let value = fact.fact.value, value < 0
            else { return nil }
            return context.finding(id, .inconsistent, """
                \(fact.label) is a \(fact.fact.kind.rawValue) below zero (\(value.plainString) \(fact.fact.unit ?? "")).
                """, [fact.cited("figure")])
        }
    }
}
