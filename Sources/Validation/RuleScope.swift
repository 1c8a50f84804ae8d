/// What a rule looks at: the facts of one document, or of every document.
public enum RuleScope: String, Sendable, CaseIterable, Codable {
    /// Runs once per document.
    case document
    /// Runs once over all documents (`zhfacts validate --corpus`).
    case corpus
}
