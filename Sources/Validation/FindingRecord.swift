import FactCore

/// A finding as the outputs record it: the rule, its severity as named
/// (`error`, `warning`, `info`), the message and the spans it cites. The
/// fact store writes it as `findings` rows; the review pages mark its spans.
public struct FindingRecord: Sendable, Hashable {
    /// Identifier of the rule that fired.
    public var rule: String
    /// Severity as the validator names it.
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

    /// The record of a validator finding.
    public init(_ finding: Finding) {
        self.init(rule: finding.rule, severity: finding.severity.rawValue, message: finding.message, spans: finding.spans)
    }
}
