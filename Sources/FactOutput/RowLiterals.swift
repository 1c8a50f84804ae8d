/// The prepared bytes around the fields of a row, kept while consecutive
/// facts share them: the opening (everything before the first value written
/// per row, the document's: `{"doc":…,"start":` or `doc,`) and the closing
/// (everything after the last, the sentence's: `,"sentence":…}` LF or
/// `,sentence` CRLF). The facts of a sentence are consecutive and the
/// sentence is the longest field, so it is escaped once, not once a row.
///
/// Both live in one buffer, the opening first; a writer copies each whole
/// (``opening``, ``closing``) into the row.
struct RowLiterals {
    private(set) var bytes = UTF8Buffer()
    /// Where the closing starts in ``bytes``.
    private(set) var openingCount = 0
    private var document: String?
    private var sentence: String?

    /// The bytes before the row's first value.
    var opening: ArraySlice<UInt8> { bytes.bytes[..<openingCount] }
    /// The bytes after its last.
    var closing: ArraySlice<UInt8> { bytes.bytes[openingCount...] }

    /// Rebuilds what a row of `document` and `sentence` does not share with
    /// the previous row (compared by their bytes, ``UTF8Scan/same(_:_:)``):
    /// both parts for a new document, the closing for a new sentence.
    @inline(__always) mutating func update(document newDocument: String, sentence newSentence: String,
                                           opening: (String, inout UTF8Buffer) -> Void,
                                           closing: (String, inout UTF8Buffer) -> Void) {
        let sameDocument = document.map { UTF8Scan.same($0, newDocument) } ?? false
        if sameDocument, let sentence, UTF8Scan.same(sentence, newSentence) { return }
        if sameDocument {
            bytes.removeLast(bytes.count - openingCount)
        } else {
            document = newDocument
            if !bytes.isEmpty { bytes.removeAll() }
            // Room for both as they are when they need no escape or quotes,
            // and for longer sentences to come.
            bytes.reserveCapacity(newDocument.utf8.count &+ 2 &* newSentence.utf8.count &+ 256)
            opening(newDocument, &bytes)
            openingCount = bytes.count
        }
        sentence = newSentence
        closing(newSentence, &bytes)
    }
}
