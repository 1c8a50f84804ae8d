import FactCore

/// A growable UTF-8 byte buffer for rendering rows: ASCII literals, integers
/// and strings are appended as bytes, without building intermediate
/// `String`s (appending short strings to a `String` costs hundreds of
/// instructions each, which dominated rendering).
///
/// ```swift
/// var buffer = UTF8Buffer()
/// buffer.append("{\"start\":")
/// buffer.append(42)
/// buffer.appendJSONString("产值\n")
/// buffer.string   // {"start":42"产值\n"
/// ```
public struct UTF8Buffer: TextOutputStream, Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// The buffer as a string (the bytes are valid UTF-8 by construction).
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    public var isEmpty: Bool { bytes.isEmpty }

    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    /// Appends a string's UTF-8 (a field name, a value).
    @inline(__always) public mutating func append(_ string: String) {
        bytes.append(contentsOf: string.utf8)
    }

    /// `TextOutputStream`: appends a string's UTF-8.
    public mutating func write(_ string: String) { append(string) }

    /// Appends another buffer's bytes.
    public mutating func append(_ other: UTF8Buffer) { bytes.append(contentsOf: other.bytes) }

    /// Appends bytes (UTF-8 prepared beforehand).
    @inline(__always) public mutating func append(bytes other: [UInt8]) { bytes.append(contentsOf: other) }

    /// Appends one byte.
    @inline(__always) public mutating func append(byte: UInt8) { bytes.append(byte) }

    /// Appends a decimal integer.
    public mutating func append(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits = 1
        var rest = magnitude / 10
        while rest > 0 { digits += 1; rest /= 10 }
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digits))
        var index = bytes.count - 1
        repeat {
            bytes[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
            index -= 1
        } while magnitude > 0
    }

    /// Appends a JSON string literal (`null` for nil), escaped as ``JSONString``
    /// escapes: only `"`, `\` and U+0000–U+001F; runs without them are copied whole.
    public mutating func appendJSONString(_ string: String?) {
        guard let string else {
            append("null")
            return
        }
        bytes.append(UInt8(ascii: "\""))
        if Self.needsEscape(string) {
            for byte in string.utf8 {
                if byte < 0x20 || byte == 0x22 || byte == 0x5C { appendEscape(byte) } else { bytes.append(byte) }
            }
        } else {
            bytes.append(contentsOf: string.utf8)  // a contiguous copy
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends `"literal"` for a string known to need no JSON escape (the
    /// raw values of the fact enums: `money`, `at_least`, `forecast`).
    @inline(__always) public mutating func appendQuotedLiteral(_ literal: String) {
        assert(!Self.needsEscape(literal), "\(literal) needs escaping")
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: literal.utf8)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether `string` holds a byte JSON escapes (most text holds none),
    /// scanned through a bounds-checked `Span`.
    private static func needsEscape(_ string: String) -> Bool {
        let span = string.utf8.span
        for index in span.indices {
            let byte = span[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return true }
        }
        return false
    }

    private mutating func appendEscape(_ byte: UInt8) {
        switch byte {
        case 0x22: append("\\\"")
        case 0x5C: append("\\\\")
        case 0x0A: append("\\n")
        case 0x0D: append("\\r")
        case 0x09: append("\\t")
        case 0x08: append("\\b")
        case 0x0C: append("\\f")
        default:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            append("\\u00")
            bytes.append(hex[Int(byte >> 4)])
            bytes.append(hex[Int(byte & 0xF)])
        }
    }

    /// Appends a CSV field: nil is empty, "" is `""`; quoted (quotes doubled)
    /// when it holds `,`, `"`, CR or LF.
    public mutating func appendCSVField(_ field: String?) {
        guard let field else { return }
        let utf8 = field.utf8
        guard !utf8.isEmpty else {
            append("\"\"")
            return
        }
        guard utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }) else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
