import Foundation
import FactCore

/// One lexicon data file (the ``LexiconText`` format), its rows grouped by
/// section.
///
/// ```
/// [head]
/// 规模
/// 产值
/// ```
/// gives `rows(in: "head") == [["规模"], ["产值"]]`.
struct LexiconFile {
    struct Row {
        var fields: [String]
        var line: Int
    }

    let path: String
    private(set) var sections: [String: [Row]] = [:]

    /// Reads `name` from `directory`. Rows before any header are in section "".
    init(named name: String, in directory: URL) throws(LexiconError) {
        let url = directory.appendingPathComponent(name)
        path = url.path
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw LexiconError(file: path, line: nil, reason: "cannot read lexicon file (\(error.localizedDescription))")
        }
        for row in try LexiconText(text, file: path).rows {
            sections[row.section ?? "", default: []].append(Row(fields: row.fields, line: row.line))
        }
    }

    /// Rows of `section` ("" for a file without headers).
    func rows(in section: String = "") -> [Row] { sections[section] ?? [] }

    /// First fields of `section`'s rows.
    func words(in section: String = "") -> [String] { rows(in: section).map { $0.fields[0] } }

    /// Field `index` of `row`, or a typed error naming the line.
    func field(_ index: Int, of row: Row, _ what: String) throws(LexiconError) -> String {
        guard index < row.fields.count, !row.fields[index].isEmpty else {
            throw LexiconError(file: path, line: row.line, reason: "missing \(what) (column \(index + 1))")
        }
        return row.fields[index]
    }

    /// Error for a bad value on `row`.
    func error(_ row: Row, _ reason: String) -> LexiconError {
        LexiconError(file: path, line: row.line, reason: reason)
    }
}
