import FactCore

/// What an ``Extractor`` emits and how it resolves relative dates.
public struct ExtractionOptions: Sendable {
    /// Publication date for 今年/去年/目前; a document's own date wins over it.
    public var publicationDate: CalendarDate?
    /// Also emit numerals that are not part of a fact (kind `number`) and ordinals.
    public var allNumbers: Bool

    public init(publicationDate: CalendarDate? = nil, allNumbers: Bool = false) {
        self.publicationDate = publicationDate
        self.allNumbers = allNumbers
    }
}
