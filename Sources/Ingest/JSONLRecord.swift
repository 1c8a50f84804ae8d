import FactCore

/// One document of a JSON Lines input: `{"id": ..., "text": ..., "date": "YYYY-MM-DD"?, ...}`.
///
/// - `id` is a string or a number (kept as written: `42`, `1e3`); required.
/// - `text` is a string; required.
/// - `date` is a `YYYY-MM-DD` string or null; optional.
/// - Every other member is passed through as ``meta``, its value as JSON
///   (``FactCore/JSONText``): a string stays a string, a number stays the
///   number as written (`1.50`), arrays and objects stay what they are; only
///   white space between tokens is dropped.
///
/// When a member appears twice the last one wins. The line must be UTF-8
/// (RFC 8259); `\u` escapes must not leave a lone surrogate.
public struct JSONLRecord: Sendable, Equatable {
    public var id: String
    public var text: String
    public var date: String?
    public var meta: [String: JSONText]

    public init(id: String, text: String, date: String? = nil, meta: [String: JSONText] = [:]) {
        self.id = id
        self.text = text
        self.date = date
        self.meta = meta
    }

    /// Why a line is not a document; ``description`` says where (1-based column, in bytes).
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var column: Int
        public var reason: String
        /// The id, when the line got that far.
        public var id: String?
        public var description: String { "\(reason) at column \(column)" }
    }

    /// Parses one line (without its LF).
    /// - Complexity: O(n) in the line's length.
    public static func parse<Bytes: RandomAccessCollection<UInt8>>(_ line: Bytes) throws(Failure) -> JSONLRecord where Bytes.Index == Int {
        var parser = JSONScanner(line)
        var id: String?
        var text: String?
        var date: String??
        var meta: [String: JSONText] = [:]
        do throws(JSONScanFailure) {
            parser.skipWhitespace()
            guard parser.peek() == UInt8(ascii: "{") else {
                throw parser.failure(parser.atEnd ? "empty record" : "not a JSON object")
            }
            parser.advance()
            parser.skipWhitespace()
            if parser.peek() == UInt8(ascii: "}") {
                parser.advance()
            } else {
                while true {
                    let key = try parser.memberKey()
                    let valueStart = parser.position
                    switch key {
                    case "id":
                        switch parser.peek() ?? 0 {
                        case UInt8(ascii: "\""): id = try parser.string()
                        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): id = try parser.number()
                        default: throw parser.failure("\"id\" must be a string or a number")
                        }
                    case "text":
                        guard parser.peek() == UInt8(ascii: "\"") else { throw parser.failure("\"text\" must be a string") }
                        text = try parser.string()
                    case "date":
                        if parser.peek() == UInt8(ascii: "n") {
                            try parser.literal("null")
                            date = .some(nil)
                        } else {
                            guard parser.peek() == UInt8(ascii: "\"") else { throw parser.failure("\"date\" must be a YYYY-MM-DD string") }
                            date = .some(try parser.string())
                        }
                    default:
                        try parser.skipValue(depth: 0)
                        meta[key] = parser.json(from: valueStart)
                    }
                    parser.skipWhitespace()
                    if parser.peek() == UInt8(ascii: ",") { parser.advance(); continue }
                    if parser.peek() == UInt8(ascii: "}") { parser.advance(); break }
                    throw parser.failure(parser.atEnd ? "unterminated object" : "expected ',' or '}'")
                }
            }
            parser.skipWhitespace()
            guard parser.atEnd else { throw parser.failure("text after the object") }
        } catch {
            throw Failure(column: error.offset + 1, reason: error.reason, id: id)
        }
        guard let id else { throw Failure(column: 1, reason: "no \"id\" member", id: nil) }
        guard let text else { throw Failure(column: 1, reason: "no \"text\" member", id: id) }
        return JSONLRecord(id: id, text: text, date: date ?? nil, meta: meta)
    }

    /// The id of a record from the first bytes of its line, when the `id`
    /// member comes before the cut (used to name over-long lines).
    public static func peekID(_ prefix: [UInt8]) -> String? {
        var parser = JSONScanner(prefix)
        do throws(JSONScanFailure) {
            parser.skipWhitespace()
            try parser.expect(UInt8(ascii: "{"))
            while true {
                let key = try parser.memberKey()
                if key == "id" {
                    if parser.peek() == UInt8(ascii: "\"") { return try parser.string() }
                    return try parser.number()
                }
                try parser.skipValue(depth: 0)
                parser.skipWhitespace()
                try parser.expect(UInt8(ascii: ","))
            }
        } catch {
            return nil
        }
    }
}

/// A syntax error of ``JSONScanner``.
struct JSONScanFailure: Error {
    /// Byte offset from the start of the line.
    var offset: Int
    var reason: String
}

/// A forward-only JSON scanner over UTF-8 bytes.
struct JSONScanner<Bytes: RandomAccessCollection<UInt8>> where Bytes.Index == Int {
    private let bytes: Bytes
    private(set) var position: Int
    /// Nesting limit for skipped values (arrays and objects in `meta`).
    static var maxDepth: Int { 256 }

    init(_ bytes: Bytes) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    var atEnd: Bool { position >= bytes.endIndex }

    func peek() -> UInt8? { position < bytes.endIndex ? bytes[position] : nil }

    mutating func advance() { position += 1 }

    func failure(_ reason: String) -> JSONScanFailure {
        JSONScanFailure(offset: position - bytes.startIndex, reason: reason)
    }

    mutating func skipWhitespace() {
        while position < bytes.endIndex {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    /// An object member's key and its colon, with the white space around them;
    /// the scanner then stands at the value.
    mutating func memberKey() throws(JSONScanFailure) -> String {
        skipWhitespace()
        let key = try string()
        skipWhitespace()
        try expect(UInt8(ascii: ":"))
        skipWhitespace()
        return key
    }

    mutating func expect(_ byte: UInt8) throws(JSONScanFailure) {
        guard peek() == byte else {
            throw failure(atEnd ? "unexpected end of line, expected '\(Character(Unicode.Scalar(byte)))'"
                                : "expected '\(Character(Unicode.Scalar(byte)))'")
        }
        position += 1
    }

    mutating func literal(_ word: String) throws(JSONScanFailure) {
        for byte in word.utf8 {
            guard peek() == byte else { throw failure("invalid literal, expected \(word)") }
            position += 1
        }
    }

    /// The raw text of `bytes[start..<position]` (ASCII-safe: used for numbers and skipped values).
    func text(from start: Int) -> String {
        String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// The value scanned from `start` to here (just checked by a scan), as JSON text.
    func json(from start: Int) -> JSONText {
        JSONText(validJSON: bytes[start..<position])
    }

    /// A JSON number, as written.
    mutating func number() throws(JSONScanFailure) -> String {
        let start = position
        if peek() == UInt8(ascii: "-") { position += 1 }
        guard let first = peek(), (0x30...0x39).contains(first) else { throw failure("invalid number") }
        position += 1
        if first != 0x30 { skipDigits() }
        if peek() == UInt8(ascii: ".") {
            position += 1
            guard let digit = peek(), (0x30...0x39).contains(digit) else { throw failure("invalid number") }
            skipDigits()
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            position += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
            guard let digit = peek(), (0x30...0x39).contains(digit) else { throw failure("invalid number") }
            skipDigits()
        }
        return text(from: start)
    }

    private mutating func skipDigits() {
        while let byte = peek(), (0x30...0x39).contains(byte) { position += 1 }
    }

    /// A JSON string with escapes resolved; the text must be valid UTF-8.
    mutating func string() throws(JSONScanFailure) -> String {
        guard peek() == UInt8(ascii: "\"") else { throw failure(atEnd ? "unexpected end of line" : "expected a string") }
        position += 1
        let start = position
        // Fast path: no escapes.
        while position < bytes.endIndex {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let slice = bytes[start..<position]
                guard let text = String(validating: slice, as: UTF8.self) else {
                    throw JSONScanFailure(offset: invalidUTF8Offset(start) - bytes.startIndex, reason: "invalid UTF-8")
                }
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw failure("control character in string") }
            position += 1
        }
        guard position < bytes.endIndex else { throw failure("unterminated string") }
        // Slow path: copy with escapes resolved.
        var output: [UInt8] = Array(bytes[start..<position])
        while position < bytes.endIndex {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                let escapedEnd = position
                position += 1
                guard let text = String(validating: output, as: UTF8.self) else {
                    position = escapedEnd
                    throw JSONScanFailure(offset: invalidUTF8Offset(start) - bytes.startIndex, reason: "invalid UTF-8")
                }
                return text
            case UInt8(ascii: "\\"):
                position += 1
                guard let escape = peek() else { throw failure("unterminated string") }
                position += 1
                switch escape {
                case UInt8(ascii: "\""): output.append(0x22)
                case UInt8(ascii: "\\"): output.append(0x5C)
                case UInt8(ascii: "/"): output.append(0x2F)
                case UInt8(ascii: "b"): output.append(0x08)
                case UInt8(ascii: "f"): output.append(0x0C)
                case UInt8(ascii: "n"): output.append(0x0A)
                case UInt8(ascii: "r"): output.append(0x0D)
                case UInt8(ascii: "t"): output.append(0x09)
                case UInt8(ascii: "u"):
                    var value = try hex4()
                    if (0xD800..<0xDC00).contains(value) {
                        guard peek() == UInt8(ascii: "\\") else { throw failure("lone surrogate in \\u escape") }
                        position += 1
                        guard peek() == UInt8(ascii: "u") else { throw failure("lone surrogate in \\u escape") }
                        position += 1
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw failure("lone surrogate in \\u escape") }
                        value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00..<0xE000).contains(value) {
                        throw failure("lone surrogate in \\u escape")
                    }
                    guard let scalar = Unicode.Scalar(value) else { throw failure("invalid \\u escape") }
                    output.append(contentsOf: Array(String(Character(scalar)).utf8))
                default:
                    position -= 1
                    throw failure("invalid escape")
                }
            default:
                if byte < 0x20 { throw failure("control character in string") }
                output.append(byte)
                position += 1
            }
        }
        throw failure("unterminated string")
    }

    private mutating func hex4() throws(JSONScanFailure) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek() else { throw failure("unterminated \\u escape") }
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: throw failure("invalid \\u escape")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    /// Absolute index of the first bad UTF-8 byte at or after `start`.
    private func invalidUTF8Offset(_ start: Int) -> Int {
        let slice = Array(bytes[start..<bytes.endIndex])
        return start + (UTF8Scan(slice[...], stopAtFirst: true).firstInvalid ?? 0)
    }

    /// Skips any JSON value, checking its syntax.
    mutating func skipValue(depth: Int) throws(JSONScanFailure) {
        guard depth < Self.maxDepth else { throw failure("nesting too deep") }
        switch peek() ?? 0 {
        case UInt8(ascii: "\""):
            _ = try string()
        case UInt8(ascii: "{"):
            position += 1
            skipWhitespace()
            if peek() == UInt8(ascii: "}") { position += 1; return }
            while true {
                skipWhitespace()
                _ = try string()
                skipWhitespace()
                try expect(UInt8(ascii: ":"))
                skipWhitespace()
                try skipValue(depth: depth + 1)
                skipWhitespace()
                if peek() == UInt8(ascii: ",") { position += 1; continue }
                try expect(UInt8(ascii: "}"))
                return
            }
        case UInt8(ascii: "["):
            position += 1
            skipWhitespace()
            if peek() == UInt8(ascii: "]") { position += 1; return }
            while true {
                skipWhitespace()
                try skipValue(depth: depth + 1)
                skipWhitespace()
                if peek() == UInt8(ascii: ",") { position += 1; continue }
                try expect(UInt8(ascii: "]"))
                return
            }
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try number()
        case 0 where atEnd: throw failure("unexpected end of line, expected a value")
        default: throw failure("expected a value")
        }
    }
}
