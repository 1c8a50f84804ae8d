import Foundation
import FactCore

/// Read-only view of the project's `Lexicons/` files, for the runners'
/// mappings and the segmentation overlay.
///
/// The format is the one the extractor's loader reads (``LexiconText``): `#`
/// comments, `[section]` headers, TAB-separated columns, the surface form first.
///
/// ```swift
/// let table = try LexiconTable(directory: lexicons.directory)
/// table.rows(in: "qualifiers.tsv").first?.fields   // ["约", "about", "prefix"]
/// ```
public struct LexiconTable: Sendable {
    public struct Row: Sendable {
        public var file: String
        public var section: String?
        public var fields: [String]
        public var line: Int
    }

    public let directory: URL
    private let rowsByFile: [String: [Row]]

    /// Reads every `*.tsv` and `*.txt` file of `directory`.
    public init(directory: URL) throws(ConformanceError) {
        self.directory = directory
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
            throw .missing(path: directory.path)
        }
        var rows: [String: [Row]] = [:]
        for name in names.sorted() where name.hasSuffix(".tsv") || name.hasSuffix(".txt") {
            let text = try TextFile.read(directory.appendingPathComponent(name))
            let lexicon: LexiconText
            do {
                lexicon = try LexiconText(text, file: name)
            } catch {
                throw .malformed(path: directory.appendingPathComponent(name).path, line: error.line ?? 0, reason: error.reason)
            }
            let fileRows = lexicon.rows.map { Row(file: name, section: $0.section, fields: $0.fields, line: $0.line) }
            rows[name] = fileRows
        }
        rowsByFile = rows
    }

    /// The file names read.
    public var files: [String] { rowsByFile.keys.sorted() }

    /// Rows of `file`, optionally of one section only.
    public func rows(in file: String, section: String? = nil) -> [Row] {
        let all = rowsByFile[file] ?? []
        guard let section else { return all }
        return all.filter { $0.section == section }
    }

    /// The first column of every row of every file: the lexicon's surface forms.
    public var allSurfaces: Set<String> {
        var words = Set<String>()
        for rows in rowsByFile.values { for row in rows { words.insert(row.fields[0]) } }
        return words
    }

    /// Qualifier surfaces by position (`prefix`, `infix`, `suffix`) from `qualifiers.tsv`,
    /// optionally only those of some approx classes (`about`, `nearly`).
    public func qualifiers(position: String, classes: Set<String>? = nil) -> [String] {
        rows(in: "qualifiers.tsv").filter { row in
            row.fields.count > 2 && row.fields[2] == position && (classes?.contains(row.fields[1]) ?? true)
        }.map { $0.fields[0] }
    }
}
