import ArgumentParser
import Foundation
import Conformance
import Extraction

/// `zhfacts conformance DIR`: the peers' test suites, scored.
struct ConformanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conformance",
        abstract: "Run the peers' test suites (Recognizers-Text, People's Daily 1998, SIGHAN 2005) and print the scores.",
        discussion: """
        DIR is the shared folder (holding peer-suites/ and corpora/) or the recognizers-text folder itself. \
        By default only the Recognizers-Text specs run: a table of in-scope and passed cases per spec file, \
        or with --json one object {"<spec file>": {"in_scope": N, "passed": K}, ...}. \
        --suite pd1998 or sighan (or all) runs the corpus measurements, which need the shared folder. \
        Mappings and targets: ACCURACY.md.
        """
    )

    enum Suite: String, ExpressibleByArgument, CaseIterable {
        case recognizersText = "recognizers-text"
        case pd1998
        case sighan
        case all
    }

    @Argument(help: "The shared folder, or its peer-suites/recognizers-text folder.")
    var directory: String

    @Option(name: .long, help: "Which suite to run: recognizers-text, pd1998, sighan or all.")
    var suite: Suite = .recognizersText

    @Flag(name: .long, help: "Print one JSON object instead of tables.")
    var json = false

    @Option(name: .long, help: "Also list up to N failing cases (or misses) per file, with our rows.")
    var failures: Int = 0

    @Option(name: .long, help: "The expected-failures list (default: the package's Conformance/expected-failures.tsv).")
    var expectedFailures: String?

    @Option(name: .long, help: "Lexicon folder (default: the project's Lexicons/, or $ZHFACTS_LEXICONS).")
    var lexicons: String?

    func validate() throws {
        guard FileManager.default.fileExists(atPath: directory) else {
            throw ValidationError("\(directory): no such folder")
        }
        if failures < 0 { throw ValidationError("--failures must be 0 or more") }
    }

    func run() throws {
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        let shared: SharedFolder?
        let specs: URL
        if FileManager.default.fileExists(atPath: root.appendingPathComponent("scope.jsonl").path) {
            specs = root
            let up = root.deletingLastPathComponent().deletingLastPathComponent()
            shared = FileManager.default.fileExists(atPath: up.appendingPathComponent("corpora").path) ? SharedFolder(root: up) : nil
        } else {
            shared = SharedFolder(root: root)
            specs = SharedFolder(root: root).recognizersText
        }
        let lexiconSet = try lexicons.map { try Lexicons(directory: URL(fileURLWithPath: $0)) } ?? Lexicons.standard()
        var objects: [String] = []

        if suite == .recognizersText || suite == .all {
            let listed = try loadExpectedFailures()
            let runner = try RecognizersTextRunner(suite: SpecSuite(directory: specs), lexicons: lexiconSet,
                                                   expectedFailures: listed)
            let report = RecognizersTextReport(tallies: try runner.runAll())
            if json {
                objects.append(suite == .all ? "\"recognizers-text\": \(report.json)" : report.json)
            } else {
                print("Recognizers-Text Chinese specs (in-scope cases; listed = in expected-failures.tsv)")
                print(report.table)
                if failures > 0 { print(report.failureListing(limit: failures, expectedFailures: listed)) }
            }
        }
        if suite == .pd1998 || suite == .all {
            guard let shared else { throw ValidationError("--suite pd1998 needs the shared folder as DIR") }
            let report = try PD1998Recall(corpus: shared.pd1998, lexicons: lexiconSet).run()
            if json { objects.append("\"pd1998\": \(report.json)") } else {
                print(report.table)
                if failures > 0 { print(report.missListing(limit: failures)) }
            }
        }
        if suite == .sighan || suite == .all {
            guard let shared else { throw ValidationError("--suite sighan needs the shared folder as DIR") }
            let report = try SighanBakeoff(directory: shared.sighan2005, lexicons: lexiconSet).run()
            if json { objects.append("\"sighan2005\": \(report.json)") } else { print(report.table) }
        }
        if json {
            print(suite == .recognizersText ? objects[0] : (objects.count == 1 ? "{\(objects[0])}" : "{\(objects.joined(separator: ", "))}"))
        }
    }

    private func loadExpectedFailures() throws -> ExpectedFailures {
        if let expectedFailures { return try ExpectedFailures(contentsOf: URL(fileURLWithPath: expectedFailures)) }
        guard let url = ExpectedFailures.defaultURL, FileManager.default.fileExists(atPath: url.path) else { return ExpectedFailures() }
        return try ExpectedFailures(contentsOf: url)
    }
}
