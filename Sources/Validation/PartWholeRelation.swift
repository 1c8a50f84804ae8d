/// A whole and the parts that a cue (其中, 包括) introduces after it.
public struct PartWholeRelation: Sendable, Hashable {
    /// Index of the whole in ``DocumentAnalysis/facts``.
    public let whole: Int
    /// Indices of the parts, in text order (at least one).
    public let parts: [Int]
    /// The cue word as written.
    public let cue: String
}
