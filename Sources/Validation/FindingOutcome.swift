/// What a finding says about the figures it cites.
public enum FindingOutcome: String, Sendable, CaseIterable, Codable {
    /// The figures agree (a part within its whole, a sum that adds up).
    case confirmed
    /// The figures disagree with each other or with a reference.
    case inconsistent
    /// Neither confirmed nor contradicted: a human should look.
    case review
}
