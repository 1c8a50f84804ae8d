/// One JSON value kept as its text, so that it can be passed through to an
/// output unchanged: how the extra members of a JSON Lines document (its
/// `meta`) reach the facts. A number stays a number (`1.50`, as written), an
/// array stays an array.
///
/// ```swift
/// let page = JSONText(validJSON: Array("[1, 2]".utf8))   // [1,2]
/// JSONText.object(["page": page, "src": JSONText(string: "wire")])  // {"page":[1,2],"src":"wire"}
/// ```
public struct JSONText: Sendable, Hashable, CustomStringConvertible {
    /// The value's JSON text, on one line and without white space between tokens.
    public let text: String

    /// The value whose JSON text is `bytes`, which the caller has checked to
    /// be one valid JSON value in UTF-8. White space between tokens is
    /// dropped (a CR inside an array would end a line for Hadoop's and
    /// Python's line readers); strings are kept byte for byte, escapes included.
    /// - Complexity: O(n).
    public init(validJSON bytes: some Collection<UInt8>) {
        var compact: [UInt8] = []
        compact.reserveCapacity(bytes.count)
        var inString = false
        var escaped = false
        for byte in bytes {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                continue
            }
            compact.append(byte)
        }
        text = String(decoding: compact, as: UTF8.self)
    }

    /// A JSON string holding `string`, escaped as every JSON output of the project is (``JSONString``).
    public init(string: String) {
        var out = ""
        JSONString.append(string, to: &out)
        text = out
    }

    public var description: String { text }

    /// `{"key":value,…}` with the keys sorted by their UTF-8 bytes, or nil when
    /// `members` is empty.
    public static func object(_ members: [String: JSONText]) -> String? {
        guard !members.isEmpty else { return nil }
        var out = "{"
        for (index, key) in members.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
            if index > 0 { out.append(",") }
            JSONString.append(key, to: &out)
            out.append(":")
            out.append(members[key]!.text)
        }
        out.append("}")
        return out
    }
}
