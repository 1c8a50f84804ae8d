/// How much a finding matters.
///
/// `error`: the figures contradict each other or a reference (a publishing
/// pipeline should stop). `warning`: likely wrong, worth a look. `info`: a
/// confirmation, or a note for review that is not suspicious in itself.
public enum Severity: String, Sendable, CaseIterable, Codable, Comparable {
    case error, warning, info

    /// 2 for error, 1 for warning, 0 for info.
    public var rank: Int {
        switch self {
        case .error: 2
        case .warning: 1
        case .info: 0
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
