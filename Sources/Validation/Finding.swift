import FactCore
/// One result of a validation rule: what was checked, how much it matters,
/// a message in plain language, and the facts it is about.
public struct Finding: Sendable, Hashable {
    /// The rule's id (``RuleDescriptor/id``), e.g. `part-whole`.
    public var rule: String
    public var severity: Severity
    public var outcome: FindingOutcome
    /// Plain language, naming the figures as printed (`255家`, `328家`).
    public var message: String
    /// The facts involved, each with its document, span and sentence.
    public var facts: [CitedFact]

    public init(rule: String, severity: Severity, outcome: FindingOutcome, message: String, facts: [CitedFact]) {
        self.rule = rule
        self.severity = severity
        self.outcome = outcome
        self.message = message
        self.facts = facts
    }

    /// The spans of the cited facts, in citation order.
    public var spans: [FactCore.Span] {
        facts.map { FactCore.Span(document: $0.document, scalarStart: $0.start, scalarEnd: $0.end) }
    }

    /// The document of the first cited fact ("" when none is cited).
    public var document: String { facts.first?.document ?? "" }

    /// The documents cited, in order of first citation.
    public var documents: [String] {
        var seen = Set<String>(), result: [String] = []
        for fact in facts where seen.insert(fact.document).inserted { result.append(fact.document) }
        return result
    }
}
