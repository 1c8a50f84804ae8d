import ArgumentParser
import Foundation
import Extraction
import FactCore
import Ingest
import Review
import Validation

/// `zhfacts review PATH... -o report.html`: a self-contained HTML page for checking figures.
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write an HTML page for checking the extracted figures and dates.",
        discussion: """
        Each document's text is shown with every figure and date highlighted by kind; hovering or \
        focusing a highlight shows its value, unit, qualifier, time, metric and modality, and a \
        sortable, filterable facts table follows each text. The page is one self-contained file \
        (inline style and script, no network). With more than --per-page documents, each document \
        gets a page of its own in a folder beside the output (report-pages/ for report.html) and \
        the output becomes an index linking them.
        """
    )

    @Argument(help: "Files or folders to read.")
    var paths: [String]

    @Option(name: .shortAndLong, help: "The HTML file to write (the index page when documents get pages of their own).")
    var output: String

    @Option(name: .long, help: "Most documents on one page; above it, one page per document plus an index.")
    var perPage = 50

    @Option(name: .long, help: "Title of the page.")
    var title = "zhfacts review"

    @Option(name: .long, help: "File name pattern when reading folders.")
    var glob = "*.txt"

    @OptionGroup var flags: ExtractionFlags

    func validate() throws {
        guard perPage >= 1 else { throw ValidationError("--per-page must be at least 1, not \(perPage)") }
    }

    func run() throws {
        let extractor = try Extractor(lexicons: flags.loadLexicons(), options: flags.options)
        let validator = try Validator.standard()
        let given = CommandLinePaths.ofThisProcess(paths)
        let entries = InputCollector(pattern: glob, pathBytes: given.bytes).collectFiles(given.shown)
        let writer = try ReviewReportWriter(outputPath: output, documentCount: entries.count, perPage: perPage, title: title)
        var failures = 0
        for entry in entries {
            do {
                let file = try entry.get()
                let document = Document(id: file.path, content: try TextDecoding.read(file).content)
                let facts = try extractor.extract(document)
                // Validation findings are marked on the spans they cite.
                let findings = validator.validate(document: facts).map(ReviewFinding.init)
                try writer.add(ReviewDocument(document: document, facts: facts, findings: findings))
            } catch let error as ReviewError {
                throw error
            } catch {
                failures += 1
                printError("error: \(error)")
                let id = (error as? IngestError)?.document ?? ((try? entry.get().path) ?? "?")
                try writer.addFailure(ReviewFailure(id: id, message: String(describing: error)))
            }
        }
        try writer.finish()
        if failures > 0 { throw ExitCode(1) }
    }
}
