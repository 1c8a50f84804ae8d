/// A half-open range of a document's text, in Unicode code points.
///
/// Code points are what the gold files count (Python `str` indices), so they
/// are the unit of every span in the project. A span knows the document it
/// belongs to; byte offsets and lines are derived from the ``Document``.
///
/// ```swift
/// let span = Span(document: "yunqi", scalarStart: 104, scalarEnd: 111)
/// span.count   // 7
/// ```
public struct Span: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The id of the document the offsets index.
    public var document: String
    /// First code point, inclusive.
    public var scalarStart: Int
    /// Last code point, exclusive.
    public var scalarEnd: Int

    public init(document: String, scalarStart: Int, scalarEnd: Int) {
        precondition(scalarStart <= scalarEnd, "span start after end")
        self.document = document
        self.scalarStart = scalarStart
        self.scalarEnd = scalarEnd
    }

    /// Number of code points covered.
    public var count: Int { scalarEnd - scalarStart }

    /// The code-point range.
    public var range: Range<Int> { scalarStart..<scalarEnd }

    /// Code points shared with `other` (0 when they are in different documents).
    public func overlap(with other: Span) -> Int {
        guard document == other.document else { return 0 }
        return max(0, min(scalarEnd, other.scalarEnd) - max(scalarStart, other.scalarStart))
    }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        (lhs.document, lhs.scalarStart, lhs.scalarEnd) < (rhs.document, rhs.scalarStart, rhs.scalarEnd)
    }

    public var description: String { "\(document)[\(scalarStart)..<\(scalarEnd)]" }
}
