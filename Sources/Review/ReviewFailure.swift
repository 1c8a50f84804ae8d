/// A document that could not be read or extracted, listed on the page instead of its text.
public struct ReviewFailure: Sendable, Hashable {
    public var id: String
    /// The one-line error.
    public var message: String

    public init(id: String, message: String) {
        self.id = id
        self.message = message
    }
}
