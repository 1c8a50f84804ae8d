/// A decoded text with the tables that map code-point offsets to UTF-8
/// byte offsets and line numbers.
///
/// Offsets everywhere are code points of ``text``; ``utf8Offset(ofScalar:)``
/// gives the byte offset of the same position in the UTF-8 encoding of the
/// text, ``line(ofScalar:)`` its 1-based line.
///
/// The text is held as its UTF-8 bytes with those tables (``UTF8Text``), not
/// as a `String`: a reader that has validated the bytes
/// (``init(id:content:publicationDate:meta:)``) hands them over without a
/// second validation or copy.
public struct Document: Sendable {
    /// Identifier shown in every output row: the path as given, or a JSONL id.
    public let id: String
    /// The text's UTF-8 bytes, code points and offset tables.
    public let content: UTF8Text
    /// Publication date given by the caller, if any.
    public let publicationDate: CalendarDate?
    /// Extra members passed through to output (a JSON Lines document's `meta`), as their JSON text.
    public let meta: [String: JSONText]

    public init(id: String, text: String, publicationDate: CalendarDate? = nil, meta: [String: JSONText] = [:]) {
        self.init(id: id, content: UTF8Text(text), publicationDate: publicationDate, meta: meta)
    }

    /// A document over text already read into a ``UTF8Text``.
    public init(id: String, content: UTF8Text, publicationDate: CalendarDate? = nil, meta: [String: JSONText] = [:]) {
        self.id = id
        self.content = content
        self.publicationDate = publicationDate
        self.meta = meta
    }

    /// The text as decoded (never normalised: spans index this).
    ///
    /// - Complexity: O(n): a new `String` from ``UTF8Text/bytes`` each time.
    public var text: String { content.string }

    /// The text's code points.
    public var scalars: [Unicode.Scalar] { content.scalars }

    /// Number of code points.
    public var count: Int { content.count }

    /// UTF-8 byte offset of code point `index` (0...count).
    public func utf8Offset(ofScalar index: Int) -> Int { content.utf8Offset(ofScalar: index) }

    /// 1-based line of code point `index`.
    public func line(ofScalar index: Int) -> Int { content.line(ofScalar: index) }

    /// The text of `range` (code points); see ``UTF8Text/text(in:)``.
    public func text(in range: Range<Int>) -> String { content.text(in: range) }

    /// A span of this document.
    public func span(_ range: Range<Int>) -> Span {
        Span(document: id, scalarStart: range.lowerBound, scalarEnd: range.upperBound)
    }
}
