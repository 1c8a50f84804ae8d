/// JSON string literals, written the one way every JSON output of the project
/// uses: only `"`, `\` and control characters (U+0000–U+001F) are escaped,
/// non-ASCII text stays UTF-8, `nil` is `null`.
///
/// ```swift
/// var out = ""
/// JSONString.append("云栖\n\"小镇\"", to: &out)   // "云栖\n\"小镇\""
/// ```
public enum JSONString {
    /// Appends `string` as a JSON string literal (or `null` for nil) to `out`.
    ///
    /// - Complexity: O(n); a string with nothing to escape is copied whole.
    public static func append(_ string: String?, to out: inout String) {
        guard let string else {
            out.append("null")
            return
        }
        out.append("\"")
        guard needsEscape(string) else {
            out.append(string)
            out.append("\"")
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case "\u{08}": out.append("\\b")
            case "\u{0C}": out.append("\\f")
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16, uppercase: false)
                out.append("\\u")
                out.append(String(repeating: "0", count: 4 - hex.count))
                out.append(hex)
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        out.append("\"")
    }

    /// `string` as a JSON string literal (or `null`).
    public static func literal(_ string: String?) -> String {
        var out = ""
        append(string, to: &out)
        return out
    }

    /// Whether `string` holds a quote, a backslash or a control character.
    @inline(__always)
    static func needsEscape(_ string: String) -> Bool {
        @inline(__always) func special(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x22 || byte == 0x5C }
        let utf8 = string.utf8.span  // bounds-checked, no copy
        for index in utf8.indices where special(utf8[index]) { return true }
        return false
    }
}
