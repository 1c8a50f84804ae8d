import ArgumentParser
import Batch
import Foundation
import Extraction
import FactCore
import FactOutput
import Ingest
import Validation

/// `zhfacts validate PATH...` / `--facts FILE.csv`: check extracted figures
/// for consistency and against a reference table.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check extracted figures: inside each article, across a corpus, against a reference.",
        discussion: """
        PATHs (files, or folders read recursively for *.txt) are extracted and then validated; \
        --facts validates a fact CSV as `extract` writes it. Findings go to standard output, \
        one CSV row per cited fact (columns: finding, rule, severity, outcome, message, role, \
        doc, start, end, text, value, unit, time, metric, sentence) or one JSON object per \
        finding; a summary goes to standard error. Exit status: 1 when a finding is at least \
        as severe as --fail-on (error by default), 2 when an input could not be read (the \
        others are still validated) or the reference table or a lexicon is unusable, else 0. --list-rules prints every rule with its \
        thresholds. Reference CSV: metric,time,value,unit[,tolerance]; a metric cell may list \
        aliases separated by | (企业数|企业总数); tolerance is empty, an amount in the unit, or N%.
        """
    )

    @Argument(help: "Text files or folders to extract and validate.")
    var paths: [String] = []

    @Option(name: .long, help: ArgumentHelp("A fact CSV to validate (as `zhfacts extract` writes it); repeatable.",
                                            valueName: "FILE.csv"))
    var facts: [String] = []

    @Flag(name: .long, help: "Also compare figures across documents (corpus-conflict).")
    var corpus = false

    @Option(name: .long, help: ArgumentHelp("Reference table: metric,time,value,unit[,tolerance].",
                                            valueName: "FILE.csv"))
    var reference: String?

    @Option(name: .long, help: "Output format: csv or jsonl.")
    var format: FindingFormat = .csv

    @Option(name: .customLong("fail-on"), help: "Lowest severity that makes the exit status 1: error, warning or info.")
    var failOn: Severity = .error

    @Flag(name: .long, help: "Print the rules, their severities and thresholds, and exit.")
    var listRules = false

    @Option(name: .shortAndLong, help: "Write findings to this file instead of standard output.")
    var output: String?

    @Option(name: .long, help: "File name pattern when reading folders.")
    var glob = "*.txt"

    @Option(name: .long, help: ArgumentHelp("Cue lexicon (default: validation-cues.tsv of the lexicon folder).",
                                            valueName: "FILE"))
    var cues: String?

    @OptionGroup var flags: ExtractionFlags

    func validate() throws {
        if !listRules, paths.isEmpty, facts.isEmpty {
            throw ValidationError("give files or folders to extract, or --facts FILE.csv (or --list-rules)")
        }
    }

    func run() throws {
        if listRules {
            print(RuleCatalog.listing(), terminator: "")
            return
        }
        // Setup that fails (cue lexicon, reference table, extractor lexicons) is exit status 2,
        // like an unreadable input: status 1 is kept for findings.
        let validator: Validator
        let extractor: Extractor?
        do {
            validator = Validator(cues: try loadCues(),
                                  reference: try reference.map { try ReferenceTable(contentsOf: URL(fileURLWithPath: $0)) })
            extractor = paths.isEmpty ? nil : try Extractor(lexicons: flags.loadLexicons(), options: flags.options)
        } catch {
            printError("error: \(error)")
            throw ExitCode(2)
        }
        var sink = try AtomicOutput(path: output)
        sink.write(format.header)
        var summary = ValidationSummary()
        var number = 0
        var kept: [[Fact]] = []
        func emit(_ findings: [Finding]) {
            for finding in findings {
                number += 1
                sink.write(format.render(finding, number: number))
            }
            summary.add(findings)
        }
        func validateDocument(_ documentFacts: [Fact]) {
            summary.documents += 1
            summary.facts += documentFacts.count
            emit(validator.validate(document: documentFacts))
            if corpus { kept.append(documentFacts) }
        }

        for file in facts {
            do {
                let read = try CSVFactReader().read(contentsOf: URL(fileURLWithPath: file))
                for documentFacts in Validator.byDocument(read) { validateDocument(documentFacts) }
            } catch {
                summary.failures += 1
                printError("error: \(error)")
            }
        }
        if let extractor {
            let given = CommandLinePaths.ofThisProcess(paths)
            for entry in InputCollector(pattern: glob, pathBytes: given.bytes).collectFiles(given.shown) {
                do {
                    let file = try entry.get()
                    let decoded = try TextDecoding.read(file)
                    validateDocument(try extractor.extract(Document(id: file.path, content: decoded.content)))
                } catch {
                    summary.failures += 1
                    printError("error: \(error)")
                }
            }
        }
        if corpus { emit(validator.validateCorpus(kept)) }
        try sink.finish()
        printError("validate: \(summary)")
        let status = summary.exitStatus(failOn: failOn)
        if status != 0 { throw ExitCode(status) }
    }

    /// --cues, else validation-cues.tsv of --lexicons when it has one, else the project's.
    func loadCues() throws -> ValidationCues {
        if let cues { return try ValidationCues(contentsOf: URL(fileURLWithPath: cues)) }
        if let folder = flags.lexicons {
            let file = URL(fileURLWithPath: folder).appendingPathComponent(ValidationCues.fileName)
            if FileManager.default.fileExists(atPath: file.path) { return try ValidationCues(contentsOf: file) }
        }
        return try ValidationCues.standard()
    }
}

extension Severity: ExpressibleByArgument {}
extension FindingFormat: ExpressibleByArgument {}
