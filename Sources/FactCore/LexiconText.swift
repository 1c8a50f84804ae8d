import Foundation

/// The line format every lexicon of the project uses (`Lexicons/*.tsv`,
/// `*.txt`): tab-separated fields, `#` comments, blank lines, and optional
/// `[section]` headers. Reading it is shared; what a row means is each
/// reader's own.
///
/// ```
/// # comment
/// [head]
/// 规模
/// 产值\tvalue
/// ```
/// gives the header `head` on line 2 and rows `["规模"]` (line 3) and
/// `["产值", "value"]` (line 4), both in section `head`.
public struct LexiconText: Sendable {
    public struct Row: Sendable {
        /// The section the row stands in; nil before any header.
        public var section: String?
        /// Fields, trimmed of spaces; the first is never empty.
        public var fields: [String]
        /// 1-based line.
        public var line: Int
    }

    /// Rows in file order.
    public private(set) var rows: [Row] = []
    /// Section headers in file order, with their lines.
    public private(set) var headers: [(name: String, line: Int)] = []

    /// Splits `text`; `file` names it in errors (a malformed header, an empty first field).
    public init(_ text: String, file: String) throws(LexiconError) {
        var section: String?
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.hasPrefix("#") || line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]"), line.count > 2 else {
                    throw LexiconError(file: file, line: index + 1, reason: "malformed section header")
                }
                let name = String(line.dropFirst().dropLast())
                headers.append((name, index + 1))
                section = name
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { String($0.trimmingCharacters(in: .whitespaces)) }
            guard let first = fields.first, !first.isEmpty else {
                throw LexiconError(file: file, line: index + 1, reason: "empty first field")
            }
            rows.append(Row(section: section, fields: fields, line: index + 1))
        }
    }
}
