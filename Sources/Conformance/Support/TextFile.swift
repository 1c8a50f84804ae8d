import Foundation

/// Reading the suites' UTF-8 files.
enum TextFile {
    /// The whole file as UTF-8 (a BOM, if any, dropped).
    static func read(_ url: URL) throws(ConformanceError) -> String {
        guard FileManager.default.fileExists(atPath: url.path) else { throw .missing(path: url.path) }
        guard let data = FileManager.default.contents(atPath: url.path),
              var text = String(data: data, encoding: .utf8) else { throw .unreadable(path: url.path) }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// Lines without their terminators (LF, CR LF or CR); a final empty line is dropped.
    ///
    /// Swift reads CR LF as one `Character`, so it is matched as such.
    static func lines(_ text: String) -> [Substring] {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}
