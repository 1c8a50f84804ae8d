import FactCore

/// A validation finding to show on a review page: the rule, its severity,
/// the message and the spans it cites.
///
/// The page marks each cited span of the document it shows (a span equal to
/// a fact's flags that fact; any other span gets a mark of its own) and lists
/// the finding under the document with links to the spans. Spans of other
/// documents are listed as text.
public struct ReviewFinding: Sendable, Hashable {
    /// Identifier of the rule that fired.
    public var rule: String
    /// Severity as the validator names it; `error`, `warning` and `info`
    /// have their own colours, anything else is shown like `info`.
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

    /// The CSS class of the severity: `sev-error`, `sev-warning` or `sev-info`.
    var severityClass: String {
        switch severity.lowercased() {
        case "error", "fatal", "critical": "sev-error"
        case "warning", "warn": "sev-warning"
        default: "sev-info"
        }
    }
}
