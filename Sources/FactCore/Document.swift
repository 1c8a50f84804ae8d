/// A decoded text with the tables that map code-point offsets to UTF-8
/// byte offsets and line numbers.
///
/// Offsets everywhere are code points of ``text``; ``utf8Offset(ofScalar:)``
/// gives the byte offset of the same position in the UTF-8 encoding of the
/// text, ``line(ofScalar:)`` its 1-based line.
public struct Document: Sendable {
    /// Identifier shown in every output row: the path as given, or a JSONL id.
    public let id: String
    /// The text as decoded (never normalised: spans index this).
    public let text: String
    /// The text's code points.
    public let scalars: [Unicode.Scalar]
    /// Publication date given by the caller, if any.
    public let publicationDate: CalendarDate?
    /// Extra fields passed through to output (JSONL `meta`).
    public let meta: [String: String]

    /// utf8Prefix[i] is the UTF-8 byte offset of code point i (count + 1 entries).
    private let utf8Prefix: [Int]
    /// Code-point offsets at which lines start (the first is 0).
    private let lineStarts: [Int]

    public init(id: String, text: String, publicationDate: CalendarDate? = nil, meta: [String: String] = [:]) {
        self.id = id
        self.text = text
        self.publicationDate = publicationDate
        self.meta = meta
        (scalars, utf8Prefix, lineStarts) = Self.decode(text)
    }

    /// Reads `text`'s UTF-8 once (through a bounds-checked `Span`) into its
    /// code points, the byte offset of each, and the starts of lines. A
    /// `String` is valid UTF-8, so the lead byte gives each code point's width.
    private static func decode(_ text: String) -> (scalars: [Unicode.Scalar], prefix: [Int], lines: [Int]) {
        let utf8 = text.utf8.span
        var count = 0
        for index in utf8.indices where utf8[index] & 0xC0 != 0x80 { count += 1 }
        var scalars = [Unicode.Scalar](repeating: "\0", count: count)
        var prefix = [Int](repeating: utf8.count, count: count + 1)
        var lines = [0]
        var byteIndex = 0, scalarIndex = 0
        while byteIndex < utf8.count {
            let lead = UInt32(utf8[byteIndex])
            var value: UInt32, width: Int
            if lead < 0x80 {
                value = lead; width = 1
                if lead == 0x0A { lines.append(scalarIndex + 1) }
            } else if lead < 0xE0 {
                value = (lead & 0x1F) << 6 | UInt32(utf8[byteIndex + 1] & 0x3F); width = 2
            } else if lead < 0xF0 {
                value = (lead & 0x0F) << 12 | UInt32(utf8[byteIndex + 1] & 0x3F) << 6 | UInt32(utf8[byteIndex + 2] & 0x3F)
                width = 3
            } else {
                value = (lead & 0x07) << 18 | UInt32(utf8[byteIndex + 1] & 0x3F) << 12
                    | UInt32(utf8[byteIndex + 2] & 0x3F) << 6 | UInt32(utf8[byteIndex + 3] & 0x3F)
                width = 4
            }
            prefix[scalarIndex] = byteIndex
            scalars[scalarIndex] = Unicode.Scalar(value) ?? "\u{FFFD}"
            scalarIndex += 1
            byteIndex += width
        }
        return (scalars, prefix, lines)
    }

    /// Number of code points.
    public var count: Int { scalars.count }

    /// UTF-8 byte offset of code point `index` (0...count).
    public func utf8Offset(ofScalar index: Int) -> Int { utf8Prefix[index] }

    /// 1-based line of code point `index`.
    public func line(ofScalar index: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= index { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// The text of `range` (code points).
    ///
    /// - Complexity: O(length of the range): the UTF-8 bytes are copied
    ///   through the byte-offset table.
    public func text(in range: Range<Int>) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: utf8Prefix[range.lowerBound])
        let end = utf8.index(start, offsetBy: utf8Prefix[range.upperBound] - utf8Prefix[range.lowerBound])
        return String(text[start..<end])
    }

    /// A span of this document.
    public func span(_ range: Range<Int>) -> Span {
        Span(document: id, scalarStart: range.lowerBound, scalarEnd: range.upperBound)
    }
}
