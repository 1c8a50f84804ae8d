import Foundation
import FactCore

/// A gold file that cannot be loaded.
public struct GoldFileError: Error, CustomStringConvertible, Sendable {
    /// The file as the caller named it.
    public var file: String
    /// 1-based line at fault (0 when the file itself cannot be read).
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }
}

/// Gold files: JSON Lines, one ``GoldFact`` per line.
public enum GoldFile {
    /// Loads a gold file. Blank lines are skipped; a leading BOM and CRLF
    /// line ends are accepted. A malformed line throws a ``GoldFileError``
    /// naming the file and the line.
    public static func load(_ url: URL) throws(GoldFileError) -> [GoldFact] {
        let name = url.isFileURL ? url.path : url.absoluteString
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw GoldFileError(file: name, line: 0, message: "cannot read: \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw GoldFileError(file: name, line: 0, message: "not valid UTF-8")
        }
        return try parse(text, file: name)
    }

    /// Parses JSON Lines text; `file` names it in errors.
    public static func parse(_ text: String, file: String = "<gold>") throws(GoldFileError) -> [GoldFact] {
        let decoder = JSONDecoder()
        var facts: [GoldFact] = []
        var body = Substring(text)
        if body.unicodeScalars.first == "\u{FEFF}" { body = body.dropFirst() }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, rawLine) in lines.enumerated() {
            var line = rawLine
            if line.last == "\r" { line = line.dropLast() }
            if line.allSatisfy(\.isWhitespace) { continue }
            do {
                facts.append(try decoder.decode(GoldFact.self, from: Data(line.utf8)))
            } catch {
                throw GoldFileError(file: file, line: index + 1, message: describe(error))
            }
        }
        return facts
    }

    /// Writes facts as JSON Lines in the gold format: keys in the
    /// guidelines' order, nulls written, non-ASCII kept, `", "` and `": "`
    /// separators (what Python's `json.dumps(row, ensure_ascii=False)` writes).
    public static func render(_ facts: [GoldFact]) -> String {
        var out = ""
        for fact in facts {
            out.append("{\"doc\": \(json(fact.doc)), \"start\": \(fact.start), \"end\": \(fact.end), ")
            out.append("\"text\": \(json(fact.text)), \"kind\": \(json(fact.kind.rawValue)), ")
            out.append("\"value\": \(json(fact.value)), \"value_max\": \(json(fact.valueMax)), ")
            out.append("\"unit\": \(json(fact.unit)), \"approx\": \(json(fact.approx.rawValue)), ")
            out.append("\"time\": \(json(fact.time)), \"metric\": \(json(fact.metric)), ")
            out.append("\"modality\": \(json(fact.modality.rawValue))}\n")
        }
        return out
    }

    private static func json(_ string: String?) -> String { JSONString.literal(string) }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map(\.stringValue).joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, _): return "missing field \"\(key.stringValue)\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "field \"\(path(context))\": \(context.debugDescription)"
        case .dataCorrupted(let context):
            let at = path(context)
            let underlying = context.underlyingError.map { " (\($0.localizedDescription))" } ?? ""
            return (at.isEmpty ? "" : "field \"\(at)\": ") + context.debugDescription + underlying
        @unknown default: return "\(error)"
        }
    }
}
