/// What every rule may use besides the facts: cue words, thresholds, the
/// metric normaliser, the rule descriptors and the reference table.
public struct ValidationContext: Sendable {
    public let cues: ValidationCues
    public let thresholds: Thresholds
    public let normalizer: MetricNormalizer
    public let reference: ReferenceTable?
    public let descriptors: [RuleDescriptor]

    public init(cues: ValidationCues, thresholds: Thresholds, reference: ReferenceTable?) {
        self.cues = cues
        self.thresholds = thresholds
        self.normalizer = MetricNormalizer(cues: cues, thresholds: thresholds)
        self.reference = reference
        self.descriptors = RuleCatalog.descriptors(thresholds)
    }

    /// The severity an inconsistency of rule `id` has.
    public func severity(of id: String) -> Severity {
        descriptors.first { $0.id == id }?.severity ?? .warning
    }

    /// A finding of rule `id`: inconsistencies get the rule's severity,
    /// confirmations `info`, reviews `info` unless `severity` says otherwise.
    public func finding(_ id: String, _ outcome: FindingOutcome, _ message: String, _ facts: [CitedFact],
                        severity: Severity? = nil) -> Finding {
        let level = severity ?? (outcome == .inconsistent ? self.severity(of: id) : .info)
        return Finding(rule: id, severity: level, outcome: outcome, message: message, facts: facts)
    }
}
