/// Shell-style wildcard matching of file names (`*`, `?`), the pattern
/// prepared once for a whole listing.
///
/// Names and patterns are compared by Unicode scalars, exactly (no case
/// folding or normalization). The usual `*.txt` (a `*` and then a literal)
/// is a test of the name's last UTF-8 bytes: the same answer, without
/// decoding each name into scalars.
struct Glob: Sendable {
    private let pattern: [Unicode.Scalar]
    /// The literal after a leading `*`, when nothing else in the pattern is a wildcard.
    private let suffix: [UInt8]?

    init(_ pattern: String) {
        self.pattern = Array(pattern.unicodeScalars)
        let rest = self.pattern.dropFirst()
        if self.pattern.first == "*", !rest.contains("*"), !rest.contains("?") {
            var literal = String.UnicodeScalarView()
            literal.append(contentsOf: rest)
            suffix = Array(String(literal).utf8)
        } else {
            suffix = nil
        }
    }

    func matches(_ name: String) -> Bool {
        if let suffix {
            // On the name's contiguous UTF-8 (every native string), not the generic view.
            if let matched = name.utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
                guard bytes.count >= suffix.count else { return false }
                let start = bytes.count - suffix.count
                for index in suffix.indices where bytes[start + index] != suffix[index] { return false }
                return true
            }) {
                return matched
            }
            let bytes = name.utf8
            return bytes.count >= suffix.count && bytes.suffix(suffix.count).elementsEqual(suffix)
        }
        let n = Array(name.unicodeScalars), p = pattern
        var i = 0, j = 0, star = -1, mark = 0
        while i < n.count {
            if j < p.count, p[j] == "?" || p[j] == n[i] { i += 1; j += 1 }
            else if j < p.count, p[j] == "*" { star = j; mark = i; j += 1 }
            else if star >= 0 { j = star + 1; mark += 1; i = mark }
            else { return false }
        }
        while j < p.count, p[j] == "*" { j += 1 }
        return j == p.count
    }
}
