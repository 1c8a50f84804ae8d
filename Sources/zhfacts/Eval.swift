import ArgumentParser
import Foundation
import Evaluation
import Extraction
import FactCore
import Ingest

/// `zhfacts eval GOLD_DIR`: extract every `<id>.txt` and score against `<id>.jsonl`.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score extraction against gold JSON Lines files.",
        discussion: "Scores as the Scoring section of the gold guidelines says: spans match by overlap, dates and figures apart."
    )

    @Argument(help: "Folder of <id>.txt documents with their <id>.jsonl gold facts.")
    var goldDirectory: String

    @Option(name: .long, help: "List up to N misses, false positives and field mismatches.")
    var errors: Int = 0

    @OptionGroup var flags: ExtractionFlags

    func run() throws {
        let extractor = try Extractor(lexicons: flags.loadLexicons(), options: flags.options)
        let report = try Self.evaluate(folder: goldDirectory, extractor: extractor)
        print(report.description)
        if errors > 0 { print(report.errorListing(limit: errors)) }
    }

    /// Extracts and scores every document of `folder` that has a gold file.
    static func evaluate(folder: String, extractor: Extractor) throws -> EvaluationReport {
        let gold = GoldFolder(URL(fileURLWithPath: folder))
        guard try !gold.ids().isEmpty else { throw ValidationError("\(folder): no <id>.jsonl gold files") }
        return try gold.evaluate { id, text in try extractor.extract(Document(id: id, text: text)) }
    }
}
