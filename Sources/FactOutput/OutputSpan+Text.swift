import FactCore

/// Text written straight into the spare capacity of a ``UTF8Buffer``
/// (``UTF8Buffer/append(atMost:_:)``): bytes, JSON string literals and CSV
/// fields, read through the strings' UTF-8 `Span`s (bounds-checked) and
/// checked by ``UTF8Scan``.
///
/// Every `OutputSpan.append` checks the capacity (a full span traps), so a
/// caller reserves at most what it may write: ``UTF8Buffer/maximumJSONCount(of:)``,
/// ``UTF8Buffer/maximumCSVCount(of:)``, the sum for several. Reserving once for a whole
/// row replaces the capacity and uniqueness checks of ~20 `Array.append`s.
extension OutputSpan where Element == UInt8 {
    /// Copies bytes (field names, prepared literals).
    @inline(__always) public mutating func append(_ bytes: borrowing Swift.Span<UInt8>) {
        for index in bytes.indices { append(bytes[index]) }
    }

    /// Copies fixed bytes (field names): with the size known, the compiler
    /// copies them without a loop.
    @inline(__always) public mutating func append<let count: Int>(_ bytes: borrowing InlineArray<count, UInt8>) {
        for index in bytes.indices { append(bytes[index]) }
    }

    /// A JSON string literal (`null` for nil), escaped as ``JSONString``
    /// escapes: `"`, `\` and U+0000–U+001F only; non-ASCII stays UTF-8.
    /// Writes at most ``UTF8Buffer/maximumJSONCount(of:)`` bytes.
    ///
    /// `null` is written inline (rows have several); a string goes to
    /// ``appendJSONString(contentsOf:)``.
    @inline(__always) public mutating func appendJSONString(_ string: String?) {
        if let string {
            appendJSONString(contentsOf: string)
        } else {
            append([0x6E, 0x75, 0x6C, 0x6C] as InlineArray<4, UInt8>)  // null
        }
    }

    /// `string` quoted and escaped. A short one is checked and copied in one
    /// pass, byte by byte; a long one (a sentence) has nothing to escape
    /// nearly always, so it is checked and copied whole in two vectorized
    /// passes (``UTF8Scan/needsJSONEscape(_:)``), and escaped byte by byte
    /// only when it must be.
    mutating func appendJSONString(contentsOf string: String) {
        append(UInt8(ascii: "\""))
        let utf8 = string.utf8.span
        if utf8.count < 16 || UTF8Scan.needsJSONEscape(utf8) {
            for index in utf8.indices {
                let byte = utf8[index]
                // Above the backslash (all non-ASCII, letters) in one comparison.
                if byte > 0x5C || (byte >= 0x20 && byte != 0x22 && byte != 0x5C) {
                    append(byte)
                } else {
                    appendJSONEscape(byte)
                }
            }
        } else {
            append(utf8)
        }
        append(UInt8(ascii: "\""))
    }

    /// `\"`, `\\`, `\n`, `\r`, `\t`, `\b`, `\f`, or `\u00xx` (lowercase hex).
    @inline(__always) private mutating func appendJSONEscape(_ byte: UInt8) {
        append(UInt8(ascii: "\\"))
        switch byte {
        case 0x22, 0x5C: append(byte)
        case 0x0A: append(UInt8(ascii: "n"))
        case 0x0D: append(UInt8(ascii: "r"))
        case 0x09: append(UInt8(ascii: "t"))
        case 0x08: append(UInt8(ascii: "b"))
        case 0x0C: append(UInt8(ascii: "f"))
        default:
            // 0x30 + 0…9 is "0"…"9", 0x57 + 10…15 is "a"…"f".
            @inline(__always) func hex(_ nibble: UInt8) -> UInt8 { nibble < 10 ? 0x30 &+ nibble : 0x57 &+ nibble }
            append(UInt8(ascii: "u")); append(UInt8(ascii: "0")); append(UInt8(ascii: "0"))
            append(hex(byte >> 4))
            append(hex(byte & 0xF))
        }
    }

    /// A CSV field: nothing for nil, `""` for "", quoted (quotes doubled)
    /// when it holds `,`, `"`, CR or LF. Writes at most
    /// ``UTF8Buffer/maximumCSVCount(of:)`` bytes.
    public mutating func appendCSVField(_ field: String?) {
        guard let field else { return }
        let utf8 = field.utf8.span
        if utf8.isEmpty {
            append(UInt8(ascii: "\"")); append(UInt8(ascii: "\""))
        } else if UTF8Scan.needsCSVQuotes(utf8) {
            append(UInt8(ascii: "\""))
            for index in utf8.indices {
                let byte = utf8[index]
                if byte == UInt8(ascii: "\"") { append(byte) }
                append(byte)
            }
            append(UInt8(ascii: "\""))
        } else {
            append(utf8)
        }
    }
}
