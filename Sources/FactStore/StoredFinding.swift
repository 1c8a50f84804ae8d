import FactCore

/// A validation finding as the fact store records it: a rule, a severity, a
/// message and the spans it cites.
///
/// The store writes one `findings` row per cited span (all rows of one
/// finding share its `finding` number), or one row with null `doc`, `start`
/// and `end` when the finding cites no span.
public struct StoredFinding: Sendable, Hashable {
    /// Identifier of the rule that fired.
    public var rule: String
    /// Severity as the validator names it (`error`, `warning`, `info`).
    public var severity: String
    /// One-line explanation.
    public var message: String
    /// The spans (document and code-point offsets) the finding concerns.
    public var spans: [Span]

    public init(rule: String, severity: String, message: String, spans: [Span] = []) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.spans = spans
    }
}
