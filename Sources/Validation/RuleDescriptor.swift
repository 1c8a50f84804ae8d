/// A named threshold as `--list-rules` prints it.
public struct RuleThreshold: Sendable, Hashable {
    public var name: String
    public var value: String
    public var meaning: String

    public init(name: String, value: String, meaning: String) {
        self.name = name
        self.value = value
        self.meaning = meaning
    }
}

/// A rule's identity and documentation: its id, scope, severity and the
/// thresholds it uses.
public struct RuleDescriptor: Sendable, Hashable, Identifiable {
    /// Stable id written in every finding (`part-whole`).
    public var id: String
    /// The severity of an inconsistency this rule reports; confirmations are always `info`.
    public var severity: Severity
    public var scope: RuleScope
    /// One line: what the rule checks.
    public var summary: String
    /// How it decides, in plain language.
    public var details: String
    public var thresholds: [RuleThreshold]

    public init(id: String, severity: Severity, scope: RuleScope, summary: String, details: String,
                thresholds: [RuleThreshold] = []) {
        self.id = id
        self.severity = severity
        self.scope = scope
        self.summary = summary
        self.details = details
        self.thresholds = thresholds
    }
}
