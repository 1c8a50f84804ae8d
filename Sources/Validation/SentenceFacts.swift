/// One sentence of a document and the facts in it.
public struct SentenceFacts: Sendable {
    public let text: String
    public let scalars: [Unicode.Scalar]
    /// Indices into ``DocumentAnalysis/facts``, in text order.
    public internal(set) var members: [Int]
}
