import Foundation
import FactCore

/// The Recognizers-Text Chinese specs with their news-scope index, loaded
/// from `peer-suites/recognizers-text` as they are (nothing is copied).
///
/// ```swift
/// let suite = try SpecSuite(directory: shared.recognizersText)
/// suite.cases(of: suite.files[0]).count   // in-scope cases of that file
/// ```
public struct SpecSuite: Sendable {
    public let directory: URL
    /// Every spec file that `scope.jsonl` names, sorted by path.
    public let files: [SpecFile]
    private let inScope: [SpecFile: [SpecCase]]

    /// Reads `scope.jsonl` and every spec file it names; keeps the cases marked `in`.
    public init(directory: URL) throws(ConformanceError) {
        self.directory = directory
        let scopeURL = directory.appendingPathComponent("scope.jsonl")
        var scope: [String: [Int: String]] = [:]
        var order: [String] = []
        for (offset, line) in TextFile.lines(try TextFile.read(scopeURL)).enumerated() where !line.isEmpty {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let file = object["file"] as? String, let index = object["index"] as? Int,
                  let decision = object["scope"] as? String
            else { throw .malformed(path: scopeURL.path, line: offset + 1, reason: "expected {file, index, scope, reason}") }
            if scope[file] == nil {
                order.append(file)
                scope[file] = [:]
            }
            if decision == "in" { scope[file]?[index] = object["reason"] as? String ?? "" }
        }
        var files: [SpecFile] = []
        var cases: [SpecFile: [SpecCase]] = [:]
        for path in order {
            guard let file = SpecFile(path: path) else {
                throw .malformed(path: scopeURL.path, line: 0, reason: "unknown spec file \(path)")
            }
            files.append(file)
            let url = directory.appendingPathComponent(path)
            let text = try TextFile.read(url)
            guard let array = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]] else {
                throw .malformed(path: url.path, line: 1, reason: "not a JSON array of objects")
            }
            var loaded: [SpecCase] = []
            for (index, reason) in (scope[path] ?? [:]).sorted(by: { $0.key < $1.key }) {
                guard index < array.count else {
                    throw .malformed(path: url.path, line: 0, reason: "scope.jsonl names case \(index), the file has \(array.count)")
                }
                loaded.append(try Self.makeCase(array[index], file: file, index: index, reason: reason, path: url.path))
            }
            cases[file] = loaded
        }
        self.files = files.sorted()
        self.inScope = cases
    }

    /// The in-scope cases of `file`, in file order.
    public func cases(of file: SpecFile) -> [SpecCase] { inScope[file] ?? [] }

    /// All in-scope cases.
    public var allCases: [SpecCase] { files.flatMap { cases(of: $0) } }

    /// The file with this name (`NumberModel`) or path.
    public func file(named name: String) -> SpecFile? {
        files.first { $0.name == name || $0.path == name }
    }

    // MARK: - Reading one case

    private static func makeCase(_ object: [String: Any], file: SpecFile, index: Int, reason: String,
                                 path: String) throws(ConformanceError) -> SpecCase {
        guard let input = object["Input"] as? String else {
            throw .malformed(path: path, line: 0, reason: "case \(index) has no Input")
        }
        let context = object["Context"] as? [String: Any]
        let reference = (context?["ReferenceDateTime"] as? String).flatMap { CalendarDate(iso: String($0.prefix(10))) }
        let rawResults = object["Results"] as? [[String: Any]] ?? []
        var results: [SpecResult] = []
        for raw in rawResults {
            guard let start = raw["Start"] as? Int else {
                throw .malformed(path: path, line: 0, reason: "case \(index): a result without Start")
            }
            let end: Int
            switch file.shape {
            case .model:
                guard let inclusive = raw["End"] as? Int else {
                    throw .malformed(path: path, line: 0, reason: "case \(index): a model result without End")
                }
                end = inclusive + 1
            case .extractor, .parser:
                guard let length = raw["Length"] as? Int else {
                    throw .malformed(path: path, line: 0, reason: "case \(index): a result without Length")
                }
                end = start + length
            }
            guard start >= 0, end >= start, end <= input.unicodeScalars.count else {
                throw .malformed(path: path, line: 0, reason: "case \(index): span \(start)..<\(end) outside the input")
            }
            let type = (raw["TypeName"] as? String) ?? (raw["Type"] as? String) ?? ""
            results.append(SpecResult(text: raw["Text"] as? String ?? "", type: type, range: start..<end,
                                      resolution: resolution(of: raw, file: file)))
        }
        return SpecCase(file: file, index: index, input: input, referenceDate: reference, results: results,
                        ignoreResolution: object["IgnoreResolution"] as? Bool ?? false, scopeReason: reason)
    }

    private static func resolution(of raw: [String: Any], file: SpecFile) -> SpecResolution {
        switch file.shape {
        case .extractor:
            return .none
        case .parser:
            let value = raw["Value"] as? [String: Any]
            return .parsed(timex: value?["Timex"] as? String,
                           future: strings(value?["FutureResolution"]), past: strings(value?["PastResolution"]))
        case .model:
            let resolution = raw["Resolution"] as? [String: Any] ?? [:]
            if let values = resolution["values"] as? [[String: Any]] {
                return .dateTimeValues(values.map { strings($0) })
            }
            switch file.layer {
            case .currency, .dimension, .age, .temperature:
                return .unit(value: resolution["value"] as? String, unit: resolution["unit"] as? String,
                             isoCurrency: resolution["isoCurrency"] as? String)
            default:
                return .value(resolution["value"] as? String)
            }
        }
    }

    private static func strings(_ any: Any?) -> [String: String] {
        guard let dictionary = any as? [String: Any] else { return [:] }
        var result: [String: String] = [:]
        for (key, value) in dictionary {
            if let string = value as? String { result[key] = string }
            else if let number = value as? NSNumber { result[key] = number.stringValue }
        }
        return result
    }
}
