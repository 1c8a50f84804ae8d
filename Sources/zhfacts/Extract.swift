import ArgumentParser
import Foundation
import Extraction
import FactCore
import FactOutput
import Ingest

/// `zhfacts extract PATH...`: one row per fact.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract figures and dates from text files or folders.",
        discussion: """
        Folders are read recursively for *.txt files. Each fact is a row with its document, \
        code-point and UTF-8 byte offsets, line, value, unit, qualifier, time, metric and sentence. \
        A document that cannot be read is reported on standard error and the others go on; \
        the exit status is 1 when any document failed.
        """
    )

    @Argument(help: "Files or folders to read.")
    var paths: [String]

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(name: .long, help: "Output format: csv or jsonl.")
    var format: FactFormat = .csv

    @Flag(name: .long, help: "Start CSV output with a UTF-8 byte-order mark (for spreadsheets).")
    var bom = false

    @Option(name: .long, help: "File name pattern when reading folders.")
    var glob = "*.txt"

    @OptionGroup var flags: ExtractionFlags

    func run() throws {
        let extractor = try Extractor(lexicons: flags.loadLexicons(), options: flags.options)
        let writer = format.makeWriter(bom: bom)
        var sink = try OutputSink(path: output)
        writer.writeHeader(to: &sink)
        var failures = 0
        for entry in InputCollector(pattern: glob).collect(paths) {
            do {
                let path = try entry.get()
                let text = try TextDecoding.readUTF8File(path)
                let facts = try extractor.extract(Document(id: path, text: text))
                writer.write(facts, meta: nil, to: &sink)
            } catch {
                failures += 1
                printError("error: \(error)")
            }
        }
        try sink.finish()
        if failures > 0 { throw ExitCode(1) }
    }
}

extension FactFormat: ExpressibleByArgument {}
