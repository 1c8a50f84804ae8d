/// Whole-string checks over UTF-8 bytes, written without an early exit so
/// the compiler vectorizes them: about 2 instructions a byte, against 8–11
/// for a loop that stops at the first match (rendering scans every string
/// of every row, and most need no escape).
enum UTF8Scan {
    /// Whether any byte is one JSON escapes: `"`, `\` or U+0000–U+001F.
    @inline(__always) static func needsJSONEscape(_ bytes: borrowing Swift.Span<UInt8>) -> Bool {
        var found: UInt8 = 0
        for index in bytes.indices {
            let byte = bytes[index]
            found |= (byte < 0x20 ? 1 : 0) | (byte == 0x22 ? 1 : 0) | (byte == 0x5C ? 1 : 0)
        }
        return found != 0
    }

    /// Whether any byte makes a CSV field quoted: `,`, `"`, CR or LF.
    @inline(__always) static func needsCSVQuotes(_ bytes: borrowing Swift.Span<UInt8>) -> Bool {
        var found: UInt8 = 0
        for index in bytes.indices {
            let byte = bytes[index]
            found |= (byte == 0x2C ? 1 : 0) | (byte == 0x22 ? 1 : 0) | (byte == 0x0D ? 1 : 0) | (byte == 0x0A ? 1 : 0)
        }
        return found != 0
    }

    /// Whether two strings have the same UTF-8 bytes: the same storage
    /// (`_isIdentical(to:)`, the standard library's check of the string's
    /// two words), or the same count and every byte equal. (Unlike `==`,
    /// canonically equivalent strings spelled differently are not the same:
    /// a cache of rendered bytes must not hand one the other's bytes.)
    static func same(_ a: String, _ b: String) -> Bool {
        if a._isIdentical(to: b) { return true }
        guard a.utf8.count == b.utf8.count else { return false }
        let a = a.utf8.span, b = b.utf8.span
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
