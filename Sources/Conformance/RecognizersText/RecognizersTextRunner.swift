import Foundation
import Extraction
import FactCore

/// Feeds each in-scope spec case to the extractor and judges the result.
///
/// Number, Percent and NumberRange cases run with `allNumbers: true`, so bare
/// numerals come out as rows of kind `number`; the others with the default
/// options. `Context.ReferenceDateTime` becomes the publication date
/// (`ExtractionOptions(publicationDate:)`).
///
/// ```swift
/// let runner = try RecognizersTextRunner(suite: suite)
/// let tally = try runner.run(suite.file(named: "NumberModel")!)
/// print(tally.passed, tally.inScope)
/// ```
///
/// Not thread-safe (it owns extractors): use one per task.
public final class RecognizersTextRunner {
    public let suite: SpecSuite
    public let expectedFailures: ExpectedFailures
    private let lexicons: Lexicons
    private let judge: CaseJudge
    private var extractors: [String: Extractor] = [:]

    public init(suite: SpecSuite, lexicons: Lexicons? = nil, expectedFailures: ExpectedFailures = ExpectedFailures()) throws {
        self.suite = suite
        self.expectedFailures = expectedFailures
        let lexicons = try lexicons ?? Lexicons.standard()
        self.lexicons = lexicons
        judge = CaseJudge(view: FigureView(lexicons: try LexiconTable(directory: lexicons.directory)))
    }

    /// Runs one case.
    public func run(_ specCase: SpecCase) throws -> CaseOutcome {
        let extractor = try extractor(allNumbers: specCase.file.layer.needsAllNumbers, date: specCase.referenceDate)
        let facts = try extractor.extract(Document(id: specCase.id, text: specCase.input))
        return judge.judge(specCase, facts: facts)
    }

    /// Runs every in-scope case of `file`.
    public func run(_ file: SpecFile) throws -> FileTally {
        FileTally(file: file, outcomes: try suite.cases(of: file).map { try run($0) }, expectedFailures: expectedFailures)
    }

    /// Runs every file.
    public func runAll() throws -> [FileTally] {
        try suite.files.map { try run($0) }
    }

    private func extractor(allNumbers: Bool, date: CalendarDate?) throws -> Extractor {
        let key = "\(allNumbers)|\(date?.description ?? "-")"
        if let extractor = extractors[key] { return extractor }
        let extractor = try Extractor(lexicons: lexicons, options: ExtractionOptions(publicationDate: date, allNumbers: allNumbers))
        extractors[key] = extractor
        return extractor
    }
}

/// The outcomes of one spec file.
public struct FileTally: Sendable {
    public let file: SpecFile
    public let outcomes: [CaseOutcome]
    let expectedFailures: ExpectedFailures

    public var inScope: Int { outcomes.count }
    public var passed: Int { outcomes.filter(\.passed).count }
    /// passed / in scope (1 for a file without in-scope cases).
    public var rate: Double { inScope == 0 ? 1 : Double(passed) / Double(inScope) }
    /// The best rate reachable while the listed failures stay failures.
    public var ceiling: Double {
        inScope == 0 ? 1 : Double(inScope - outcomes.filter { expectedFailures.entry(for: $0.specCase) != nil }.count) / Double(inScope)
    }
    /// Whether the rate meets the file's target (true when it has none).
    public var meetsTarget: Bool { file.target.map { rate >= $0 } ?? true }

    /// Failing cases listed in the expected-failures file.
    public var expectedFailing: [CaseOutcome] { outcomes.filter { !$0.passed && expectedFailures.entry(for: $0.specCase) != nil } }
    /// Failing cases not listed there.
    public var unexpectedFailing: [CaseOutcome] { outcomes.filter { !$0.passed && expectedFailures.entry(for: $0.specCase) == nil } }
    /// Listed cases that now pass: their entries are stale.
    public var stalePasses: [CaseOutcome] { outcomes.filter { $0.passed && expectedFailures.entry(for: $0.specCase) != nil } }
}
