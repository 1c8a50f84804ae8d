/// Escaping for HTML text and attribute values.
///
/// ```swift
/// HTML.text("a < b & \"c\"")       // a &lt; b &amp; &quot;c&quot;
/// HTML.attribute("x\ny")           // x&#10;y
/// ```
public enum HTML {
    /// `text` escaped for an element's content: `& < > " '` become
    /// references; control characters HTML does not allow (C0 other than
    /// tab, line feed and carriage return, DEL, C1, noncharacters) become
    /// U+FFFD, one for one, so code-point offsets are kept.
    public static func text(_ text: String) -> String {
        var out = ""
        appendText(text, to: &out)
        return out
    }

    /// `value` escaped for a double-quoted attribute value; line breaks and
    /// tabs become character references so they survive attribute
    /// normalisation (a `title` keeps its lines).
    public static func attribute(_ value: String) -> String {
        var out = ""
        appendAttribute(value, to: &out)
        return out
    }

    /// Appends `text` escaped for element content.
    public static func appendText<S: StringProtocol>(_ text: S, to out: inout String) {
        for scalar in text.unicodeScalars { appendText(scalar, to: &out) }
    }

    /// Appends one code point escaped for element content.
    @inline(__always)
    static func appendText(_ scalar: Unicode.Scalar, to out: inout String) {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default:
            if isForbidden(scalar) { out.unicodeScalars.append("\u{FFFD}") } else { out.unicodeScalars.append(scalar) }
        }
    }

    /// Appends `value` escaped for a double-quoted attribute.
    public static func appendAttribute<S: StringProtocol>(_ value: S, to out: inout String) {
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default: appendText(scalar, to: &out)
            }
        }
    }

    /// Code points that are parse errors in HTML text (and U+0000).
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return v != 0x09 && v != 0x0A && v != 0x0D && v != 0x0C }
        if (0x7F...0x9F).contains(v) { return true }
        if (0xFDD0...0xFDEF).contains(v) || (v & 0xFFFE) == 0xFFFE { return true }
        return false
    }
}
