import ArgumentParser
import Batch
import Dispatch
import Foundation
import Extraction
import FactCore
import FactOutput
import FactStore
import Ingest
import Validation

/// `zhfacts extract PATH...`: one row per fact, over whole archives.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract figures and dates from text files, folders or JSON Lines.",
        discussion: """
        Folders are read recursively for --glob files (*.txt; *.jsonl with --input jsonl); - is \
        standard input. Each fact is a row with its document id, code-point and UTF-8 byte offsets \
        (into the UTF-8 encoding of the decoded text), line, value, unit, qualifier, time, metric \
        and sentence. Encodings are detected: BOM, then UTF-8, then GB18030 or Big5 (ICU's \
        detector); --encoding overrides. Documents run in parallel on --jobs threads; output is \
        in input order and identical whatever the number of jobs. A document that cannot be read \
        is reported on standard error (and in the --ledger) and the others go on. Exit status: 0 \
        when every document succeeded, 1 when some failed or were skipped, 2 on usage errors, \
        130 when interrupted (outputs then hold the documents done; --resume goes on).
        """
    )

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String]

    @Option(name: .shortAndLong, help: "Write facts to this file (renamed into place at the end) instead of standard output.")
    var output: String?

    @Option(name: .long, help: "Output format: csv, jsonl or sqlite (default: from the --output extension, else jsonl for --input jsonl, else csv). sqlite needs --output.")
    var format: ExtractFormat?

    @Flag(name: .long, help: "With --format sqlite: add this batch to an existing database (a document already stored is replaced).")
    var append = false

    @Flag(name: .long, help: "Start CSV output with a UTF-8 byte-order mark (for spreadsheets).")
    var bom = false

    @Option(name: .long, help: "Input layout: text (a file is a document) or jsonl (a line {\"id\",\"text\",\"date\"?} is a document; other members become meta).")
    var input: InputFormat = .text

    @Option(name: .long, help: "File name pattern when reading folders (default *.txt, or *.jsonl with --input jsonl).")
    var glob: String?

    @Option(name: .long, help: "Read text inputs in this encoding (an ICU converter name: UTF-8, GB18030, Big5, UTF-16LE...) instead of detecting it.")
    var encoding: String?

    @Option(name: .customLong("max-doc-bytes"), help: "Skip documents (files, or JSON Lines lines) over this many bytes.")
    var maxDocBytes: Int = BatchConfiguration.defaultMaxDocumentBytes

    @Option(name: .shortAndLong, help: "Worker threads (default: all cores).")
    var jobs: Int?

    @Option(name: .long, help: "Write a CSV ledger: one row per input document (id,status,bytes,facts,message).")
    var ledger: String?

    @Flag(name: .long, help: "Skip documents the --ledger lists as ok, keep their rows, and append new facts to --output.")
    var resume = false

    @Flag(name: .customLong("emit-status"), help: "After each document's facts, write a status line {\"doc\",\"status\",\"bytes\",\"facts\",\"message\"} (JSON Lines only), so documents without facts are accounted for.")
    var emitStatus = false

    @Flag(name: .customLong("allow-errors"), help: "Exit 0 even when some documents failed (they are still reported); for stream stages that fail on a non-zero exit.")
    var allowErrors = false

    @Flag(name: .shortAndLong, help: "No progress bar, no summary, no per-document error lines.")
    var quiet = false

    @OptionGroup var flags: ExtractionFlags

    /// The format used: explicit, else from the output's extension, else by input.
    var effectiveFormat: ExtractFormat {
        if let format { return format }
        if let output, output != "-" {
            let pathExtension = (output as NSString).pathExtension
            if ["db", "sqlite", "sqlite3"].contains(pathExtension) { return .sqlite }
            if let byExtension = FactFormat(fileExtension: pathExtension) { return ExtractFormat(byExtension) }
        }
        return input == .jsonl ? .jsonl : .csv
    }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if maxDocBytes < 1 { throw ValidationError("--max-doc-bytes must be at least 1") }
        if resume && ledger == nil { throw ValidationError("--resume needs --ledger FILE") }
        if emitStatus && effectiveFormat != .jsonl { throw ValidationError("--emit-status needs --format jsonl") }
        if effectiveFormat == .sqlite && (output == nil || output == "-") { throw ValidationError("--format sqlite needs --output FILE") }
        if append && effectiveFormat != .sqlite { throw ValidationError("--append goes with --format sqlite") }
        if let encoding, TextDecoding.canonicalEncodingName(encoding) == nil {
            throw ValidationError("--encoding '\(encoding)' is not a charset ICU knows")
        }
        if paths.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
    }

    func run() throws {
        var configuration = BatchConfiguration(lexicons: try flags.loadLexicons(), options: flags.options,
                                               inputFormat: input, jobs: jobs)
        configuration.glob = glob
        configuration.encoding = encoding
        configuration.maxDocumentBytes = maxDocBytes
        let given = CommandLinePaths.ofThisProcess(paths)
        configuration.pathBytes = given.bytes
        var job = BatchJob(configuration: configuration, paths: given.shown)
        var extraSinks: [any FactSink] = []
        if effectiveFormat == .sqlite, let output {
            // The database is the output; no text is written.
            job.writesText = false
            extraSinks.append(ValidatingStoreSink(store: try SQLiteFactSink(path: output, append: append || resume),
                                                  validator: try Validator.standard()))
        } else {
            job.output = output
        }
        job.format = effectiveFormat.textFormat ?? .csv
        job.bom = bom
        job.statusLines = emitStatus
        job.ledgerPath = ledger
        job.resume = resume
        job.quiet = quiet

        let cancellation = CancellationFlag()
        let signals = Self.trapSignals(raising: cancellation)
        defer { signals.forEach { $0.cancel() } }
        let summary: BatchSummary
        do {
            summary = try job.run(extraSinks: extraSinks, cancellation: cancellation)
        } catch let error as BatchError {
            if case .usage(let message) = error { throw ValidationError(message) }
            throw error
        }
        if summary.interrupted { throw ExitCode(summary.exitStatus) }
        if summary.exitStatus != 0 && !allowErrors { throw ExitCode(summary.exitStatus) }
    }

    /// SIGINT and SIGTERM raise `flag` once (the batch finishes what it read
    /// and writes its outputs); a second signal kills the process.
    static func trapSignals(raising flag: CancellationFlag) -> [any DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                flag.raise()
                signal(number, SIG_DFL)
            }
            source.resume()
            return source
        }
    }
}

/// What `extract` writes: a text format, or the SQLite fact store.
enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, jsonl, sqlite

    init(_ format: FactFormat) {
        switch format {
        case .csv: self = .csv
        case .jsonl: self = .jsonl
        }
    }

    /// The text format, or nil for SQLite.
    var textFormat: FactFormat? {
        switch self {
        case .csv: return .csv
        case .jsonl: return .jsonl
        case .sqlite: return nil
        }
    }
}

extension FactFormat: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}

