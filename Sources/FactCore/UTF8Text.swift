/// Text held as its UTF-8 bytes, read once into the tables a ``Document``
/// needs: the code points, the byte offset of each, and the starts of lines.
///
/// ``init(validating:)`` checks the bytes by Unicode's rules (those of
/// `String(validating:as:)`: no overlong forms, no surrogates, nothing above
/// U+10FFFF, no truncated sequence) in the same pass that decodes them, so
/// valid input is read once and never copied. The pass also notes the C0
/// controls that the ingest checks look for: the first NUL, and the
/// controls other than tab, LF, VT, FF and CR.
///
/// The arrays are built through `OutputSpan` with room for one code point
/// per byte (the most there can be), so nothing grows and, for most
/// documents, nothing is counted first. CJK text leaves about two thirds of
/// that room unused, so from ``countedCapacityBytes`` on the lead bytes are
/// counted first and the tables get exactly the room they need (12 bytes of
/// tables per code point, not per byte: 32 MB instead of 96 MB for 8 MB of
/// Chinese, the default `--max-doc-bytes`).
public struct UTF8Text: Sendable, Equatable {
    /// Why bytes are not UTF-8.
    public struct Invalid: Error, Sendable, Equatable {
        /// Offset of the first byte that does not begin a valid sequence:
        /// the lead byte of a malformed, overlong, surrogate, out-of-range or
        /// truncated sequence, or a stray continuation byte.
        public var byteOffset: Int
        /// Offset of the first NUL byte before ``byteOffset``, if any (bytes
        /// after it were not read).
        public var firstNUL: Int?
    }

    /// The UTF-8 encoding of the text.
    public let bytes: [UInt8]
    /// The text's code points.
    public let scalars: [Unicode.Scalar]
    /// Offset of the first NUL byte, if any.
    public let firstNUL: Int?
    /// How many C0 controls other than NUL, tab, LF, VT, FF and CR the text holds.
    public let strayControlCount: Int
    /// Offset of the first of those controls, if any.
    public let firstStrayControl: Int?

    /// utf8Prefix[i] is the UTF-8 byte offset of code point i (count + 1 entries).
    let utf8Prefix: [Int]
    /// Code-point offsets at which lines start (the first is 0).
    let lineStarts: [Int]

    /// Validates and decodes `bytes`.
    /// - Throws: ``Invalid`` at the first byte that does not begin a valid sequence.
    /// - Complexity: O(n), one pass.
    public init(validating bytes: [UInt8]) throws(Invalid) {
        // Every code point starts with a lead byte, so there are never more than that.
        let count = bytes.count < Self.countedCapacityBytes ? bytes.count : Self.leadByteCount(bytes)
        // `reserveCapacity` then `append(addingCapacity:)` allocates through
        // code specialised for the element type (`Array(capacity:)` looks the
        // storage type up at run time, some 600 instructions a call).
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(count)
        var prefix: [Int] = []
        prefix.reserveCapacity(count &+ 1)
        var controls = Controls()
        var invalid: Int?
        scalars.append(addingCapacity: count) { scalars in
            prefix.append(addingCapacity: count &+ 1) { prefix in
                invalid = Self.decode(bytes, into: &scalars, offsets: &prefix, controls: &controls)
            }
        }
        if let invalid { throw Invalid(byteOffset: invalid, firstNUL: controls.nul) }
        self.bytes = bytes
        self.scalars = scalars
        self.utf8Prefix = prefix
        self.lineStarts = controls.lines
        self.firstNUL = controls.nul
        self.strayControlCount = controls.strays
        self.firstStrayControl = controls.firstStray
    }

    /// Inputs from this size on get tables sized by a count of their lead bytes.
    static let countedCapacityBytes = 1 << 18

    /// Bytes that are not UTF-8 continuation bytes (`10xxxxxx`): at least the
    /// number of code points decoded from `bytes`, valid or not.
    static func leadByteCount(_ bytes: [UInt8]) -> Int {
        var count = 0
        let input = bytes.span
        for index in input.indices where input[index] & 0xC0 != 0x80 { count &+= 1 }
        return count
    }

    /// The pass of ``init(validating:)``: appends each code point of `bytes`
    /// and its byte offset, then the byte count; returns the offset of the
    /// first bad byte, or nil.
    ///
    /// A function of its own, not the body of the closures above: those are
    /// not always inlined (not with the multi-threaded whole-module builds of
    /// `swift build -c release`), and a loop in a closure keeps its state in
    /// memory. It takes the array rather than a span of it so that the
    /// optimizer knows the count is not negative and drops the bounds checks
    /// of the continuation bytes.
    @inline(never)
    private static func decode(_ bytes: [UInt8], into scalarsOutput: inout OutputSpan<Unicode.Scalar>,
                               offsets offsetsOutput: inout OutputSpan<Int>, controls: inout Controls) -> Int? {
        var scalars = scalarsOutput
        var offsets = offsetsOutput
        let input = bytes.span
        let count = input.count
        var invalid: Int?
        var index = 0
        scan: while index < count {
            let lead = input[index]
            offsets.append(index)
            if lead < 0x80 {
                if lead < 0x20 { controls.note(lead, at: index, scalar: scalars.count) }
                scalars.append(Unicode.Scalar(lead))
                index &+= 1
                continue
            }
            // Each branch checks the continuation bytes and the overlong
            // forms; `Unicode.Scalar.init?` then rejects surrogates and
            // values above U+10FFFF.
            let value: UInt32
            let width: Int
            if lead >= 0xE0, lead < 0xF0 {
                guard index &+ 2 < count else { invalid = index; break scan }
                let second = input[index &+ 1], third = input[index &+ 2]
                guard second & 0xC0 == 0x80, third & 0xC0 == 0x80 else { invalid = index; break scan }
                value = UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
                guard value >= 0x800 else { invalid = index; break scan }
                width = 3
            } else if lead >= 0xC2, lead < 0xE0 {
                guard index &+ 1 < count else { invalid = index; break scan }
                let second = input[index &+ 1]
                guard second & 0xC0 == 0x80 else { invalid = index; break scan }
                value = UInt32(lead & 0x1F) << 6 | UInt32(second & 0x3F)
                width = 2
            } else if lead >= 0xF0, lead <= 0xF4 {
                guard index &+ 3 < count else { invalid = index; break scan }
                let second = input[index &+ 1], third = input[index &+ 2], fourth = input[index &+ 3]
                guard second & 0xC0 == 0x80, third & 0xC0 == 0x80, fourth & 0xC0 == 0x80 else {
                    invalid = index; break scan
                }
                value = UInt32(lead & 0x07) << 18 | UInt32(second & 0x3F) << 12
                    | UInt32(third & 0x3F) << 6 | UInt32(fourth & 0x3F)
                guard value >= 0x10000 else { invalid = index; break scan }
                width = 4
            } else {
                // A continuation byte, C0 or C1 (always overlong), or F5...FF.
                invalid = index; break scan
            }
            guard let scalar = Unicode.Scalar(value) else { invalid = index; break scan }
            scalars.append(scalar)
            index &+= width
        }
        if invalid == nil { offsets.append(count) }
        scalarsOutput = scalars
        offsetsOutput = offsets
        return invalid
    }

    /// What the decoding pass notes about C0 controls. They are rare, so
    /// noting one is a call, which keeps this state out of the loop's registers.
    private struct Controls {
        var lines: [Int]
        var nul: Int?
        var strays = 0
        var firstStray: Int?

        init() {
            lines = []
            lines.reserveCapacity(16)
            lines.append(0)
        }

        /// Notes the C0 control `byte` at byte `offset`, which is code point `scalar`.
        @inline(never)
        mutating func note(_ byte: UInt8, at offset: Int, scalar: Int) {
            if byte == 0x0A {
                lines.append(scalar + 1)
            } else if byte == 0 {
                if nul == nil { nul = offset }
            } else if byte < 0x09 || byte > 0x0D {
                strays += 1
                if firstStray == nil { firstStray = offset }
            }
        }
    }

    /// The tables of a string (always valid UTF-8); its bytes are copied once.
    public init(_ text: String) {
        do {
            try self.init(validating: Array(text.utf8))
        } catch {
            preconditionFailure("a String's UTF-8 is valid: \(error)")
        }
    }

    /// The text as a `String` (validated and copied again: O(n)).
    public var string: String { String(decoding: bytes, as: UTF8.self) }

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
    /// - Complexity: O(length of the range): its UTF-8 bytes, found through
    ///   the byte-offset table, are validated and copied by
    ///   `String(decoding:as:)` (the only safe way from bytes to a `String`).
    public func text(in range: Range<Int>) -> String {
        String(decoding: bytes[utf8Prefix[range.lowerBound]..<utf8Prefix[range.upperBound]], as: UTF8.self)
    }

    /// Texts with the same bytes are equal (the tables follow from the bytes).
    public static func == (lhs: UTF8Text, rhs: UTF8Text) -> Bool {
        lhs.bytes == rhs.bytes
    }
}
