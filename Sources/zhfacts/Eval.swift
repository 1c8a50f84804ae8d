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
        let manager = FileManager.default
        let names = try manager.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".jsonl") }.sorted()
        guard !names.isEmpty else { throw ValidationError("\(folder): no <id>.jsonl gold files") }
        var gold: [GoldFact] = []
        var system: [GoldFact] = []
        for name in names {
            let id = String(name.dropLast(".jsonl".count))
            let goldURL = URL(fileURLWithPath: folder).appendingPathComponent(name)
            let textPath = URL(fileURLWithPath: folder).appendingPathComponent(id + ".txt").path
            gold += try GoldFile.load(goldURL)
            let text = try TextDecoding.readUTF8File(textPath)
            let facts = try extractor.extract(Document(id: id, text: text))
            system += facts.map { GoldFact(fact: $0, doc: id) }
        }
        return Scorer().score(gold: gold, system: system)
    }
}
