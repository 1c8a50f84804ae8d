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

    /// `capacity` 0 allocates nothing (`reserveCapacity(0)` on an empty
    /// array would allocate a buffer of its own).
    public init(capacity: Int = 0) {
        if capacity > 0 { bytes.reserveCapacity(capacity) }
    }

    /// The buffer as a string (the bytes are valid UTF-8 by construction).
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    public var isEmpty: Bool { bytes.isEmpty }

    /// The number of bytes.
    public var count: Int { bytes.count }

    /// Makes room for at least `capacity` bytes in all (a prepared literal
    /// whose length is known before it is written).
    public mutating func reserveCapacity(_ capacity: Int) { bytes.reserveCapacity(capacity) }

    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    /// Removes the last `count` bytes (keeping the capacity).
    public mutating func removeLast(_ count: Int) { bytes.removeLast(count) }

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

    /// Appends a run of prepared bytes in one copy (a row's literals:
    /// ``RowLiterals``), where an `OutputSpan` would copy byte by byte.
    @inline(__always) public mutating func append(_ run: ArraySlice<UInt8>) { bytes.append(contentsOf: run) }

    /// Appends one byte.
    @inline(__always) public mutating func append(byte: UInt8) { bytes.append(byte) }

    /// Appends at most `maximumCount` bytes that `body` writes into an
    /// `OutputSpan` over spare capacity reserved once: a row of many small
    /// writes pays one capacity check instead of one per `append`. Writing
    /// more than `maximumCount` bytes traps.
    ///
    /// ```swift
    /// buffer.append(atMost: UTF8Buffer.maximumJSONCount(of: text) + 1) { out in
    ///     out.appendJSONString(text)
    ///     out.append(UInt8(ascii: ","))
    /// }
    /// ```
    @inline(__always) public mutating func append(atMost maximumCount: Int, _ body: (inout OutputSpan<UInt8>) -> Void) {
        bytes.append(addingCapacity: maximumCount, initializingWith: body)
    }

    /// Appends a decimal integer, as `String(value)` prints it, formed in a
    /// small fixed buffer (``PlainDecimal``).
    public mutating func append(_ value: Int) {
        append(atMost: PlainDecimal.maximumUTF8Count) { PlainDecimal(value).write(to: &$0) }
    }

    /// Appends a value's plain digits (`Decimal.plainDecimal`).
    public mutating func append(_ value: PlainDecimal) {
        append(atMost: PlainDecimal.maximumUTF8Count) { value.write(to: &$0) }
    }

    /// Appends a JSON string literal (`null` for nil), escaped as ``JSONString``
    /// escapes: only `"`, `\` and U+0000–U+001F. A string with nothing to
    /// escape (nearly all) is checked whole (``UTF8Scan``) and copied whole
    /// into capacity for it as it is; one with something, byte by byte.
    public mutating func appendJSONString(_ string: String?) {
        guard let string, !UTF8Scan.needsJSONEscape(string.utf8.span) else {
            append(atMost: Self.maximumJSONCount(of: string)) { $0.appendJSONString(string) }
            return
        }
        append(atMost: string.utf8.count &+ 2) { out in
            out.append(UInt8(ascii: "\""))
            out.append(string.utf8.span)
            out.append(UInt8(ascii: "\""))
        }
    }

    /// Appends a CSV field: nil is empty, "" is `""`; quoted (quotes doubled)
    /// when it holds `,`, `"`, CR or LF.
    public mutating func appendCSVField(_ field: String?) {
        append(atMost: Self.maximumCSVCount(of: field)) { $0.appendCSVField(field) }
    }

    /// The most bytes `OutputSpan.appendJSONString(_:)` writes for `string`:
    /// every byte escaped as `\u00xx`, and two quotes; 4 for `null`.
    @inline(__always) public static func maximumJSONCount(of string: String?) -> Int {
        guard let string else { return 4 }
        return string.utf8.count &* 6 &+ 2
    }

    /// The most bytes `OutputSpan.appendCSVField(_:)` writes for `field`:
    /// every byte a doubled quote, and two quotes; 0 for nil.
    @inline(__always) public static func maximumCSVCount(of field: String?) -> Int {
        guard let field else { return 0 }
        return field.utf8.count &* 2 &+ 2
    }
}
