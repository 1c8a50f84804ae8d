import FactCore
import Foundation
import Segmentation
internal import SystemIO

/// Turns a file's bytes into text.
///
/// ``decode(_:document:encoding:)`` detects the encoding in this order, because
/// ICU's statistical detector is unreliable on short texts:
///
/// 1. A byte-order mark: UTF-8 (`EF BB BF`), UTF-32LE/BE, UTF-16LE (`FF FE`) or
///    UTF-16BE (`FE FF`). The mark is not part of the decoded text.
/// 2. A NUL byte anywhere means binary data (`not text`).
/// 3. Valid UTF-8 is UTF-8.
/// 4. Bytes that are mostly valid UTF-8 (at least three valid multi-byte
///    sequences per bad one) are damaged UTF-8: an error at the first bad byte,
///    rather than mojibake from a permissive legacy decoder. So are bytes that
///    are valid UTF-8, with a multi-byte character, up to a character cut off
///    by the end of the input (a truncated file), however short: a legacy
///    text passes for UTF-8 that far only by chance.
/// 5. Otherwise GB18030 (which covers GBK and GB2312) or Big5, each tried
///    with a strict ICU converter. When both decode every byte, the one whose
///    text is made of common Chinese characters wins, then ICU's detector
///    confidence (see ``LegacyEncodingGuess``). When neither decodes, the
///    error names the one that got further and its first undecodable byte.
///
/// `--encoding` replaces all of this with one ICU converter. After decoding,
/// text made mostly of control characters is `not text` (more than one C0
/// control other than tab, LF, VT, FF and CR per 50 characters), and text
/// holding only white space is `empty`.
///
/// Byte offsets in errors count bytes of the input as given (BOM included).
/// Offsets in facts count code points of the decoded text (BOM excluded);
/// their byte offsets are into the UTF-8 encoding of that text, whatever
/// the input encoding was.
public enum TextDecoding {
    /// The result of ``decode(_:document:encoding:)``.
    public struct Decoded: Sendable, Equatable {
        /// The decoded text as UTF-8 with its code points and offset tables,
        /// ready for ``FactCore/Document/init(id:content:publicationDate:meta:)``.
        public var content: UTF8Text
        /// The decoded text (a new `String` from ``content`` each time: O(n)).
        public var text: String { content.string }
        /// The encoding the bytes were read in, as ICU names it (`UTF-8`, `UTF-16LE`, `GB18030`, `Big5`, ...).
        public var encoding: String
        /// Whether the input started with a byte-order mark.
        public var hadBOM: Bool
    }

    /// The legacy encodings the detector chooses among, as ICU names them.
    public static let legacyEncodings = ["GB18030", "Big5"]

    /// ICU's canonical name for an encoding name or alias (`gbk` → `GBK`), or
    /// nil when ICU has no such converter.
    public static func canonicalEncodingName(_ name: String) -> String? {
        CharsetConverter.canonicalName(of: name)
    }

    /// `text` encoded in `encoding` with an ICU converter (no byte-order
    /// mark is added), or nil when the encoding is unknown or cannot
    /// represent a character of the text. For tests and tools that need
    /// inputs in legacy encodings.
    public static func encode(_ text: String, to encoding: String) -> [UInt8]? {
        try? CharsetConverter.encode(text, to: encoding)
    }

    /// Decodes `bytes`, detecting the encoding unless `encoding` (an ICU
    /// converter name or alias) is given.
    /// - Complexity: O(n). Valid UTF-8 without a byte-order mark is read once
    ///   (``FactCore/UTF8Text/init(validating:)`` validates it, notes NUL and
    ///   control bytes and builds the tables in one pass) and not copied: the
    ///   result holds `bytes`.
    public static func decode(_ bytes: [UInt8], document: String, encoding: String? = nil) throws(IngestError) -> Decoded {
        guard !bytes.isEmpty else { throw .empty(document: document) }
        if let encoding {
            return try decode(bytes, document: document, forcedEncoding: encoding)
        }
        // Every byte-order mark starts with one of these (tested first so
        // that most texts skip the four comparisons below).
        let first = bytes[0]
        if first == 0xEF || first == 0xFF || first == 0xFE || first == 0x00 {
            if let decoded = try decodeWithBOM(bytes, document: document) { return decoded }
        }
        let content: UTF8Text
        do {
            content = try UTF8Text(validating: bytes)
        } catch {
            return try decodeNonUTF8(bytes, invalid: error, document: document)
        }
        // A NUL byte means binary data, whatever else the bytes are.
        if let nul = content.firstNUL { throw .notText(document: document, byteOffset: nul) }
        return Decoded(content: try checked(content, document: document, offset: 0), encoding: "UTF-8", hadBOM: false)
    }

    /// Step 1: the decoded bytes when they start with a byte-order mark, else nil.
    private static func decodeWithBOM(_ bytes: [UInt8], document: String) throws(IngestError) -> Decoded? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return Decoded(content: try strictUTF8(bytes, from: 3, document: document), encoding: "UTF-8", hadBOM: true)
        }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            let name = bytes[0] == 0xFF ? "UTF-32LE" : "UTF-32BE"
            let text = try icu(bytes, from: 4, encoding: name, document: document, unitWidth: 4)
            return Decoded(content: UTF8Text(text), encoding: name, hadBOM: true)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let name = bytes[0] == 0xFF ? "UTF-16LE" : "UTF-16BE"
            let text = try icu(bytes, from: 2, encoding: name, document: document, unitWidth: 2)
            return Decoded(content: UTF8Text(text), encoding: name, hadBOM: true)
        }
        return nil
    }

    /// Steps 2, 4 and 5 for bytes without a byte-order mark that are not
    /// UTF-8 (`invalid` says where the UTF-8 pass stopped).
    private static func decodeNonUTF8(_ bytes: [UInt8], invalid: UTF8Text.Invalid,
                                      document: String) throws(IngestError) -> Decoded {
        // The first NUL is before the first bad byte, or after it.
        if let nul = invalid.firstNUL ?? bytes[invalid.byteOffset...].firstIndex(of: 0) {
            throw .notText(document: document, byteOffset: nul)
        }
        let scan = UTF8Scan(bytes[...])
        if scan.validMultibyte >= 3 * scan.invalidSequences
            || (scan.validMultibyte > 0 && UTF8Scan.isCutSequence(bytes[invalid.byteOffset...])) {
            throw .undecodable(document: document, encoding: "UTF-8", byteOffset: scan.firstInvalid)
        }
        try checkControls(bytes, from: 0, unitWidth: 1, document: document)
        let guess = LegacyEncodingGuess(bytes)
        guard let chosen = guess.best else {
            throw .undecodable(document: document, encoding: guess.furthestFailure.encoding, byteOffset: guess.furthestFailure.offset)
        }
        try blankChecked(chosen.text.unicodeScalars, document: document)
        return Decoded(content: UTF8Text(chosen.text), encoding: chosen.encoding, hadBOM: false)
    }

    /// Decodes with the encoding the caller named.
    private static func decode(_ bytes: [UInt8], document: String, forcedEncoding encoding: String) throws(IngestError) -> Decoded {
        guard let canonical = CharsetConverter.canonicalName(of: encoding) else {
            throw .unknownEncoding(document: document, encoding: encoding)
        }
        if canonical == "UTF-8" {
            let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            return Decoded(content: try strictUTF8(bytes, from: start, document: document), encoding: canonical, hadBOM: start > 0)
        }
        let width = canonical.hasPrefix("UTF-32") ? 4 : canonical.hasPrefix("UTF-16") ? 2 : 1
        var text = try icu(bytes, from: 0, encoding: encoding, document: document, unitWidth: width, reportAs: canonical)
        let hadBOM = text.unicodeScalars.first == "\u{FEFF}"
        if hadBOM { text.unicodeScalars.removeFirst() }
        return Decoded(content: UTF8Text(text), encoding: canonical, hadBOM: hadBOM)
    }

    /// UTF-8 from `start` (the bytes after a byte-order mark are copied
    /// once), checked like all text; an error at the first bad byte.
    private static func strictUTF8(_ bytes: [UInt8], from start: Int, document: String) throws(IngestError) -> UTF8Text {
        guard bytes.count > start else { throw .empty(document: document) }
        let content: UTF8Text
        do {
            content = try UTF8Text(validating: start == 0 ? bytes : Array(bytes[start...]))
        } catch {
            throw .undecodable(document: document, encoding: "UTF-8", byteOffset: error.byteOffset + start)
        }
        if let nul = content.firstNUL { throw .notText(document: document, byteOffset: nul + start) }
        return try checked(content, document: document, offset: start)
    }

    /// Decodes `bytes[start...]` with an ICU converter and checks the result.
    private static func icu(_ bytes: [UInt8], from start: Int, encoding: String, document: String,
                            unitWidth: Int, reportAs: String? = nil) throws(IngestError) -> String {
        let body = bytes[start...]
        guard !body.isEmpty else { throw .empty(document: document) }
        let text: String
        do {
            text = try CharsetConverter.decode(body, from: encoding)
        } catch {
            switch error {
            case .invalid(_, let offset):
                throw .undecodable(document: document, encoding: reportAs ?? encoding, byteOffset: offset.map { $0 + start })
            case .unknownCharset:
                throw .unknownEncoding(document: document, encoding: encoding)
            case .icu(let status):
                throw .undecodable(document: document, encoding: "\(reportAs ?? encoding) (\(status.name))", byteOffset: nil)
            }
        }
        return try checked(text, document: document, bytes: bytes, from: start, unitWidth: unitWidth)
    }

    /// Rejects binary-looking and blank text. `unitWidth` is the byte width
    /// of one code unit of the input encoding (1 for ASCII-compatible ones),
    /// used to report byte offsets.
    private static func checked(_ text: String, document: String, bytes: [UInt8], from start: Int,
                                unitWidth: Int) throws(IngestError) -> String {
        if unitWidth == 1 {
            try checkControls(bytes, from: start, unitWidth: 1, document: document)
        } else {
            try checkControls(text, bomBytes: start, unitWidth: unitWidth, document: document)
        }
        try blankChecked(text.unicodeScalars, document: document)
        return text
    }

    /// The same checks over UTF-8 whose decoding pass has counted the
    /// controls, with its NUL bytes already rejected. `offset` is where the
    /// text starts in the input (after a byte-order mark), added to
    /// reported offsets.
    private static func checked(_ content: UTF8Text, document: String, offset: Int) throws(IngestError) -> UTF8Text {
        if let first = content.firstStrayControl, content.strayControlCount > 1,
           content.strayControlCount * 50 > content.bytes.count {
            throw .notText(document: document, byteOffset: first + offset)
        }
        try blankChecked(content.scalars, document: document)
        return content
    }

    /// Throws `empty` when `scalars` are only white space (or U+FEFF).
    private static func blankChecked(_ scalars: some Sequence<Unicode.Scalar>, document: String) throws(IngestError) {
        if scalars.allSatisfy(isBlank) { throw .empty(document: document) }
    }

    /// Whether `scalar` is white space or U+FEFF. Printable ASCII and every
    /// code point above U+3000 (the last White_Space one) but U+FEFF are
    /// answered without looking up Unicode properties.
    @inline(__always)
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value > 0x20 && value < 0x7F || value > 0x3000 && value != 0xFEFF { return false }
        return scalar.properties.isWhitespace || value == 0xFEFF
    }

    /// Whether `value` is a C0 control that does not belong in text.
    @inline(__always)
    private static func isStrayControl(_ value: UInt32) -> Bool {
        value < 0x20 && !(0x09...0x0D).contains(value)
    }

    /// NUL, or too many control characters, in an ASCII-compatible encoding.
    private static func checkControls(_ bytes: [UInt8], from start: Int, unitWidth: Int, document: String) throws(IngestError) {
        var first: Int?
        var count = 0
        var nul: Int?
        let buffer = bytes.span
        var index = start
        while index < buffer.count {
            let byte = buffer[index]
            if byte < 0x20 {
                if byte == 0 {
                    nul = index
                    break
                }
                if isStrayControl(UInt32(byte)) {
                    count += 1
                    if first == nil { first = index }
                }
            }
            index += 1
        }
        if let nul { throw .notText(document: document, byteOffset: nul) }
        if let first, count > 1, count * 50 > bytes.count - start {
            throw .notText(document: document, byteOffset: first)
        }
    }

    /// The same checks over decoded text (UTF-16 and UTF-32 inputs).
    private static func checkControls(_ text: String, bomBytes: Int, unitWidth: Int, document: String) throws(IngestError) {
        var first: Int?
        var count = 0
        var scalars = 0
        var units = 0
        for scalar in text.unicodeScalars {
            let offset = bomBytes + units * unitWidth
            if scalar.value == 0 { throw .notText(document: document, byteOffset: offset) }
            if isStrayControl(scalar.value) {
                count += 1
                if first == nil { first = offset }
            }
            scalars += 1
            units += unitWidth == 2 ? UTF16.width(scalar) : 1
        }
        if let first, count > 1, count * 50 > scalars {
            throw .notText(document: document, byteOffset: first)
        }
    }

    /// The checks ``decode(_:document:encoding:)`` applies after decoding,
    /// for text that arrives decoded (a JSON Lines `text`): NUL or too many
    /// control characters is `not text` (offsets into its UTF-8), white
    /// space only is `empty`.
    public static func validate(_ text: String, document: String) throws(IngestError) {
        _ = try validated(text, document: document)
    }

    /// ``validate(_:document:)``, returning the text read into a
    /// ``FactCore/UTF8Text`` (one copy of its UTF-8, one pass) for a
    /// ``FactCore/Document``.
    public static func validated(_ text: String, document: String) throws(IngestError) -> UTF8Text {
        let content = UTF8Text(text)
        guard !content.bytes.isEmpty else { throw .empty(document: document) }
        if let nul = content.firstNUL { throw .notText(document: document, byteOffset: nul) }
        return try checked(content, document: document, offset: 0)
    }

    /// Offset (relative to the slice start) of the first byte that does not
    /// begin a valid UTF-8 sequence, or nil.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        UTF8Scan(bytes, stopAtFirst: true).firstInvalid
    }

    /// Reads `file` whole and decodes it as ``decode(_:document:encoding:)``
    /// does (detection unless `encoding` is given): how `validate`, `review`
    /// and `bench` read text files, the way `extract` does.
    public static func read(_ file: InputFile, encoding: String? = nil) throws(IngestError) -> Decoded {
        try decode(DocumentReader.read(file, limit: nil).bytes, document: file.path, encoding: encoding)
    }
}

/// Counts of a lenient pass of a UTF-8 decoder over bytes: how many valid
/// multi-byte sequences, how many bad sequences (resuming one byte later).
struct UTF8Scan {
    /// Offset (relative to the slice start) of the first bad byte.
    var firstInvalid: Int?
    var validMultibyte = 0
    var invalidSequences = 0

    init(_ bytes: ArraySlice<UInt8>, stopAtFirst: Bool = false) {
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            if let length = Self.sequenceLength(bytes, at: index) {
                validMultibyte += 1
                index += length
            } else {
                invalidSequences += 1
                if firstInvalid == nil { firstInvalid = index - bytes.startIndex }
                if stopAtFirst { return }
                index += 1
            }
        }
    }

    /// Whether `tail` is the start of a multi-byte sequence that the end of
    /// the input cut off: a lead byte and fewer continuation bytes than it announces.
    static func isCutSequence(_ tail: ArraySlice<UInt8>) -> Bool {
        guard let lead = tail.first else { return false }
        let length = UTF8Sequence.announcedLength(lead)
        return length > tail.count && tail.dropFirst().allSatisfy { $0 & 0xC0 == 0x80 }
    }

    /// Length of the valid multi-byte sequence starting at `index`, or nil.
    private static func sequenceLength(_ bytes: ArraySlice<UInt8>, at index: Int) -> Int? {
        let length = UTF8Sequence.length(in: bytes, at: index)
        return length > 1 ? length : nil
    }
}
