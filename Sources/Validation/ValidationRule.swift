/// A named check. Its id, severity and thresholds live in ``RuleCatalog``.
public protocol ValidationRule: Sendable {
    /// The id of its ``RuleDescriptor``.
    var id: String { get }
}

/// A rule over the facts of one document.
public protocol DocumentRule: ValidationRule {
    func check(_ document: DocumentAnalysis, context: ValidationContext) -> [Finding]
}

/// A rule over the facts of every document (`--corpus`).
public protocol CorpusRule: ValidationRule {
    func check(_ documents: [DocumentAnalysis], context: ValidationContext) -> [Finding]
}
