import FactCore
import FactOutput
internal import SystemIO

/// A whole `zhfacts extract` run: inputs, the facts output, the ledger,
/// `--resume`, progress and error lines, composed over ``BatchPipeline``.
///
/// ```swift
/// var job = BatchJob(configuration: BatchConfiguration(lexicons: try .standard()), paths: ["archive/"])
/// job.output = "facts.csv"
/// job.ledgerPath = "ledger.csv"
/// let summary = try job.run()
/// exit(summary.exitStatus)
/// ```
///
/// Outputs are written under temporary names and renamed into place when
/// the run ends, also when a signal interrupted it (then they hold the
/// documents done so far and `--resume` goes on from there). When a sink
/// fails, temporary files are deleted and earlier outputs stay as they were.
///
/// With `resume`, the earlier ledger at ``ledgerPath`` is read first (a
/// missing ledger means a first run); documents it lists as `ok` are not
/// processed again and keep their earlier row (status `ok`, bytes, facts)
/// in the new ledger, so the new ledger again lists every input once. The
/// facts of the new run are appended to the earlier output file (the CSV
/// header is not repeated); on standard output only the new facts appear.
public struct BatchJob {
    public var configuration: BatchConfiguration
    /// Files, folders, or `-` for standard input.
    public var paths: [String]
    /// The facts file; nil or `-` is standard output (flushed after every document).
    public var output: String?
    /// Whether facts are written as text at all (false when only `extraSinks` are wanted).
    public var writesText = true
    public var format: FactFormat = .csv
    /// A UTF-8 byte-order mark at the start of CSV output.
    public var bom = false
    /// A status line after each document (JSON Lines only; see ``TextRenderer``).
    public var statusLines = false
    /// The ledger CSV (`--ledger`).
    public var ledgerPath: String?
    /// Skip what the ledger at ``ledgerPath`` says succeeded (`--resume`).
    public var resume = false
    public var quiet = false
    /// nil: draw the progress bar when standard error is a terminal (and
    /// facts are not printed to a terminal).
    public var showsProgress: Bool?

    public init(configuration: BatchConfiguration, paths: [String]) {
        self.configuration = configuration
        self.paths = paths
    }

    /// With `--resume`, the CSV being appended to must have the columns this
    /// run writes: rows with a `meta` column (JSON Lines input) under a header
    /// without one, or the reverse, would no longer line up. The header
    /// line is compared, a byte-order mark at either start aside (only the
    /// file's first bytes can hold one). An empty or missing file, one that is
    /// not a regular file (`/dev/null`, a pipe), and JSON Lines (no header), pass.
    static func checkColumns(of path: String, against header: String) throws(BatchError) {
        let expected = Array(header.utf8).droppingByteOrderMark
        // Only a regular file holds earlier rows (reading a named pipe would wait for a writer).
        guard !expected.isEmpty, (try? FileStatus(path: path))?.kind == .regularFile,
              let file = try? FileDescriptor.open(path, .readOnly) else { return }
        defer { try? file.close() }
        var start = [UInt8](repeating: 0, count: expected.count + 3)
        var count = 0
        while count < start.count, let read = try? file.read(into: &start, at: count), read > 0 { count += read }
        let found = Array(start[..<count]).droppingByteOrderMark
        guard !found.isEmpty, !found.starts(with: expected) else { return }
        func firstLine(_ bytes: [UInt8]) -> String { String(decoding: bytes.prefix { $0 != 0x0D && $0 != 0x0A }, as: UTF8.self) }
        throw .usage("--resume: \(path) has other columns than this run writes (it starts '\(firstLine(found))', "
                     + "this run writes '\(firstLine(expected))'); resume with the same --input, or write a new file")
    }

    /// Runs the batch; `extraSinks` (e.g. a SQLite fact store) get every
    /// document after the text output and are finished with it.
    public func run(extraSinks: [any FactSink] = [], cancellation: CancellationFlag? = nil) throws -> BatchSummary {
        if resume && ledgerPath == nil { throw BatchError.usage("--resume needs --ledger FILE") }
        if statusLines && format != .jsonl { throw BatchError.usage("--emit-status needs --format jsonl") }
        var configuration = self.configuration
        if resume, let ledgerPath {
            configuration.resume = try ResumeLedger(path: ledgerPath)
        }

        var textSink: TextFactSink?
        var ledger: LedgerWriter?
        do {
            if writesText {
                let renderer = TextRenderer(format: format, bom: bom, statusLines: statusLines,
                                            csvMeta: configuration.inputFormat == .jsonl)
                if resume, let output, output != "-" { try Self.checkColumns(of: output, against: renderer.header) }
                let target = try AtomicOutput(path: output, mode: resume ? .append : .replace)
                textSink = TextFactSink(output: target, renderer: renderer)
            }
            if let ledgerPath { ledger = try LedgerWriter(path: ledgerPath) }
        } catch {
            textSink?.abandon()
            throw error
        }

        var sinks: [any FactSink] = []
        if let textSink { sinks.append(textSink) }
        sinks += extraSinks
        // The bar would garble facts printed to the same terminal.
        let factsOnTerminal = writesText && (output == nil || output == "-") && FileDescriptor.standardOutput.isTerminal
        let progress = ProgressReporter(quiet: quiet, showsBar: showsProgress ?? (factsOnTerminal ? false : nil))
        let pipeline = BatchPipeline(configuration: configuration)
        let summary: BatchSummary
        do {
            summary = try pipeline.run(paths, sinks: &sinks, cancellation: cancellation,
                                       onStart: progress.showsBar ? { progress.start(totalBytes: $0) } : nil,
                                       onRow: { row, _ in
                                           ledger?.write(row)
                                           progress.record(row)
                                           if row.status != .ok {
                                               progress.line("zhfacts: \(row.status.rawValue): \(row.message ?? row.id)")
                                           }
                                       })
            for index in sinks.indices { try sinks[index].finish() }
            try ledger?.finish()
        } catch {
            progress.finish(summary: nil)
            textSink?.abandon()
            ledger?.abandon()
            throw error
        }
        progress.finish(summary: summary.description)
        return summary
    }
}

private extension Array where Element == UInt8 {
    /// The bytes without a leading UTF-8 byte-order mark.
    var droppingByteOrderMark: [UInt8] { starts(with: [0xEF, 0xBB, 0xBF]) ? Array(dropFirst(3)) : self }
}
