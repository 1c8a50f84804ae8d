import Foundation
import Numerals
import Testing

/// One line of `../shared/peer-suites/cn2an/cases.jsonl` with `mode == "cn2an"`
/// (see that directory's README.md for the fields).
struct Cn2anCase: Sendable, CustomTestStringConvertible {
    /// `strict`, `normal`, `smart` or `direct`.
    var method: String
    var input: String
    /// The `expected` JSON number exactly as written in the file (`0.5`, `1e-15`), or `nil` for
    /// error cases. Compared through `Decimal(string:)`, never through `Double`.
    var expected: String?
    /// `true`: the call must throw.
    var isError: Bool
    /// Which upstream lists hold the input (`error_smart_datas,error_normal_datas,…`).
    var source: String
    var line: Int

    var testDescription: String {
        "line \(line): \(method) “\(input)” → \(expected ?? "error")"
    }

    var mode: NumeralMode? {
        switch method {
        case "strict": return .strict
        case "normal": return .normal
        case "smart": return .smart
        default: return nil
        }
    }
}

/// Finds and reads the cn2an vectors shared by the workspace.
///
/// The file is looked up next to the package that holds this test file: walking up from
/// `#filePath` (as given, then with symlinks resolved) to a directory that contains
/// `Package.swift` and whose sibling `../shared/peer-suites/cn2an/cases.jsonl` exists; failing
/// that, under `$ZHFACTS_SHARED/peer-suites/cn2an/cases.jsonl`.
enum PeerSuite {
    static let relativePath = "peer-suites/cn2an/cases.jsonl"

    /// `CI=true`: a missing file is a failure, not a skip.
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    static let fileURL: URL? = locate()

    static var isAvailable: Bool { fileURL != nil }

    /// Run the vector suite when the file is there, and in CI (where a missing file must fail).
    static var shouldRun: Bool { isAvailable || isCI }

    static let missingMessage: Comment = """
        cn2an vectors not found: no ../shared/\(relativePath) next to the package holding \
        this test file, and $ZHFACTS_SHARED is unset or lacks it. Skipping the peer suite \
        (with CI=true this is a failure instead).
        """

    static let loaded: (cases: [Cn2anCase], problems: [String]) = load()

    static var cases: [Cn2anCase] { loaded.cases }

    static func cases(method: String, errors: Bool) -> [Cn2anCase] {
        cases.filter { $0.method == method && $0.isError == errors }
    }

    static var errorCases: [Cn2anCase] { cases.filter(\.isError) }

    private static func locate() -> URL? {
        let fileManager = FileManager.default
        let here = URL(fileURLWithPath: #filePath)
        for start in [here, here.resolvingSymlinksInPath()] {
            var directory = start.deletingLastPathComponent()
            while directory.path != "/" && !directory.path.isEmpty {
                if fileManager.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                    let candidate = directory.deletingLastPathComponent()
                        .appendingPathComponent("shared").appendingPathComponent(relativePath)
                    if fileManager.fileExists(atPath: candidate.path) { return candidate }
                }
                directory = directory.deletingLastPathComponent()
            }
        }
        if let shared = ProcessInfo.processInfo.environment["ZHFACTS_SHARED"], !shared.isEmpty {
            let candidate = URL(fileURLWithPath: shared).appendingPathComponent(relativePath)
            if fileManager.fileExists(atPath: candidate.path) { return candidate }
        }
        print("PeerSuite: \(missingMessage)")
        return nil
    }

    /// Reads every `mode == "cn2an"` line; lines that cannot be read are reported as problems
    /// (a test fails on them), never dropped silently.
    private static func load() -> ([Cn2anCase], [String]) {
        guard let fileURL else { return ([], []) }
        guard let text = try? String(contentsOf: fileURL, encoding: .utf8) else {
            return ([], ["cannot read \(fileURL.path) as UTF-8"])
        }
        var cases: [Cn2anCase] = []
        var problems: [String] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            let number = offset + 1
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                problems.append("line \(number): not a JSON object")
                continue
            }
            guard object["mode"] as? String == "cn2an" else { continue }
            guard let method = object["method"] as? String, let input = object["input"] as? String else {
                problems.append("line \(number): cn2an case without a string method and input")
                continue
            }
            let isError = object["error"] as? Bool ?? false
            let expected = rawJSONValue(forKey: "expected", in: line)
            if !isError && method != "direct" {
                guard let expected, Decimal(string: expected) != nil else {
                    problems.append("line \(number): expected value is not a number: \(expected ?? "missing")")
                    continue
                }
            }
            cases.append(Cn2anCase(
                method: method, input: input, expected: isError ? nil : expected, isError: isError,
                source: object["source"] as? String ?? "", line: number))
        }
        return (cases, problems)
    }

    /// The raw text of a scalar JSON value (`0.5`, `1e-15`, `null`), so numbers keep their
    /// exact decimal spelling instead of passing through `Double`.
    static func rawJSONValue(forKey key: String, in line: Substring) -> String? {
        guard let keyRange = line.range(of: "\"\(key)\":") else { return nil }
        var rest = line[keyRange.upperBound...].drop(while: { $0 == " " })
        if rest.first == "\"" {   // a string value (the direct method): up to the closing quote
            rest = rest.dropFirst()
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }
        let token = rest.prefix(while: { $0 != "," && $0 != "}" && $0 != " " })
        return token.isEmpty ? nil : String(token)
    }
}
