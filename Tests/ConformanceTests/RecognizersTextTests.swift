import Foundation
import Testing
import Conformance

/// Loaded once per test process.
enum RecognizersTextFixture {
    static let suite: SpecSuite? = SharedGate.shared.flatMap { try? SpecSuite(directory: $0.recognizersText) }
    static let files: [SpecFile] = suite?.files ?? []
    static let expectedFailures: ExpectedFailures = {
        guard let url = ExpectedFailures.defaultURL else { return ExpectedFailures() }
        return (try? ExpectedFailures(contentsOf: url)) ?? ExpectedFailures()
    }()
}

/// The Recognizers-Text Chinese specs: one test per spec file, named after it, asserting
/// issue 3's pass rate over the in-scope cases (cases listed in
/// `Conformance/expected-failures.tsv` count as failures).
@Suite("Recognizers-Text Chinese specs", .enabled(if: SharedGate.shouldRun, SharedGate.missingMessage), .serialized)
struct RecognizersTextTests {
    @Test("The specs and scope.jsonl are present and load")
    func specsLoad() throws {
        let shared = try SharedGate.require()
        let suite = try SpecSuite(directory: shared.recognizersText)
        #expect(suite.files.count == 15)
        #expect(suite.allCases.count == 912, "scope.jsonl marks 912 cases in scope")
    }

    @Test("Spec file meets its target", arguments: RecognizersTextFixture.files)
    func specFile(_ file: SpecFile) throws {
        let suite = try #require(RecognizersTextFixture.suite)
        let runner = try RecognizersTextRunner(suite: suite, expectedFailures: RecognizersTextFixture.expectedFailures)
        let tally = try runner.run(file)
        let report = RecognizersTextReport(tallies: [tally])
        print("\(file.name): \(tally.passed)/\(tally.inScope) = \(String(format: "%.1f%%", tally.rate * 100))"
              + " (listed failures \(tally.expectedFailing.count), unlisted \(tally.unexpectedFailing.count))")
        if let target = file.target {
            #expect(tally.rate >= target, """
                \(file.name): \(tally.passed) of \(tally.inScope) in-scope cases pass \
                (\(String(format: "%.1f%%", tally.rate * 100)), target \(String(format: "%.0f%%", target * 100))). \
                Failing cases:
                \(report.failureListing(limit: 15, expectedFailures: RecognizersTextFixture.expectedFailures))
                """)
        }
    }

    @Test("Every expected failure is an in-scope case that still fails")
    func expectedFailuresAreCurrent() throws {
        let suite = try #require(RecognizersTextFixture.suite)
        let listed = RecognizersTextFixture.expectedFailures
        let cases = Dictionary(uniqueKeysWithValues: suite.allCases.map { ($0.id, $0) })
        let runner = try RecognizersTextRunner(suite: suite, expectedFailures: listed)
        for entry in listed.entries {
            let id = "\(entry.spec)#\(entry.index)"
            guard let specCase = cases[id] else {
                Issue.record("expected-failures.tsv:\(entry.line): \(id) is not an in-scope case")
                continue
            }
            let outcome = try runner.run(specCase)
            #expect(!outcome.passed, "expected-failures.tsv:\(entry.line): \(id) passes now; remove its line")
        }
    }
}
