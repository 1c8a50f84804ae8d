import Foundation

/// `Conformance/expected-failures.tsv`: the in-scope cases that fail on purpose,
/// because the project's guidelines differ from the spec's, each with its reason.
///
/// They still count as failures in every printed rate. The file holds no spec
/// data: a case is named by its spec path and 0-based index.
///
/// ```
/// # spec <TAB> index <TAB> class <TAB> reason
/// Specs/NumberWithUnit/Chinese/DimensionModel.json	21	data-size	storage sizes are not scored (GUIDELINES.md)
/// ```
public struct ExpectedFailures: Sendable {
    public struct Entry: Sendable {
        public var spec: String
        public var index: Int
        /// A short class name (`data-size`, `in-date-numeral`), used to group the report.
        public var category: String
        public var reason: String
        public var line: Int
    }

    public let entries: [Entry]
    private let byID: [String: Entry]

    public init(entries: [Entry] = []) {
        self.entries = entries
        var map: [String: Entry] = [:]
        for entry in entries { map["\(entry.spec)#\(entry.index)"] = entry }
        byID = map
    }

    /// Reads the TSV; `#` lines and blank lines are comments.
    public init(contentsOf url: URL) throws(ConformanceError) {
        var entries: [Entry] = []
        for (offset, line) in TextFile.lines(try TextFile.read(url)).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 4, let index = Int(fields[1]) else {
                throw .malformed(path: url.path, line: offset + 1, reason: "expected spec<TAB>index<TAB>class<TAB>reason")
            }
            entries.append(Entry(spec: fields[0], index: index, category: fields[2],
                                 reason: fields[3...].joined(separator: "\t"), line: offset + 1))
        }
        self.init(entries: entries)
    }

    /// The entry for a case, if it is expected to fail.
    public func entry(for specCase: SpecCase) -> Entry? { byID[specCase.id] }

    /// `Conformance/expected-failures.tsv` of the package this module was built from.
    public static var defaultURL: URL? {
        SharedFolder.packageRoot?.appendingPathComponent("Conformance/expected-failures.tsv")
    }
}
