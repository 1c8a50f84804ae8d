import Foundation
import Extraction

/// How the inputs of a batch are laid out.
public enum InputFormat: String, Sendable, CaseIterable {
    /// Each file is one document (folders are searched recursively); `-` is
    /// standard input read as one document.
    case text
    /// Each line of each file is one document `{"id":…,"text":…,"date":…?}`;
    /// `-` is standard input. Blank lines are not documents.
    case jsonl

    /// The file name pattern used for folders when `--glob` is not given.
    public var defaultGlob: String {
        switch self {
        case .text: "*.txt"
        case .jsonl: "*.jsonl"
        }
    }
}

/// Everything a ``BatchPipeline`` needs besides its inputs and sinks.
public struct BatchConfiguration: Sendable {
    /// The default of `--max-doc-bytes`: 8 MiB. Bigger documents are
    /// `skipped` (a 50 MB single-line document is, by default: a file from
    /// its size, unread; a JSON Lines line without being held in memory).
    /// Raise the limit to process them: extraction needs about 19 bytes of
    /// memory per byte of a document (a 50 MB document: 0.93 GB peak RSS, 55 s),
    /// times the documents being extracted at once (up to `jobs`).
    public static let defaultMaxDocumentBytes = 8 << 20

    public var inputFormat: InputFormat
    /// File name pattern for folders; nil means ``InputFormat/defaultGlob``.
    public var glob: String?
    /// The bytes of the paths that are not UTF-8, by the `\xHH` form they
    /// are given in (``Ingest/CommandLinePaths``).
    public var pathBytes: [String: [UInt8]] = [:]
    /// ICU converter name that overrides detection (text inputs only; JSON Lines is UTF-8).
    public var encoding: String?
    /// Documents (files, or JSON Lines lines) over this many bytes are skipped unread.
    public var maxDocumentBytes: Int
    /// Worker threads; each owns an ``Extractor``.
    public var jobs: Int
    public var lexicons: Lexicons
    public var options: ExtractionOptions
    /// Documents an earlier run extracted (`--resume`): not processed again.
    public var resume: ResumeLedger?
    /// Bound on the input bytes between the reader and the writer (charged
    /// by the reader for lines and sized files, by the worker for files the
    /// reader did not `stat`).
    public var maxBytesInFlight: Int
    /// Bound on the work items (batches of documents) between the reader
    /// and the writer; nil means `8 + 4 × jobs`.
    public var maxDocumentsInFlight: Int?
    /// Consecutive documents up to this many go to a worker together.
    public var maxBatchDocuments: Int
    /// ... and up to this many input bytes (a bigger document goes alone).
    public var batchBytes: Int

    public init(lexicons: Lexicons, options: ExtractionOptions = ExtractionOptions(),
                inputFormat: InputFormat = .text, jobs: Int? = nil) {
        self.lexicons = lexicons
        self.options = options
        self.inputFormat = inputFormat
        glob = nil
        encoding = nil
        maxDocumentBytes = Self.defaultMaxDocumentBytes
        let workers = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        self.jobs = workers
        resume = nil
        maxBytesInFlight = 16 << 20
        maxDocumentsInFlight = nil
        maxBatchDocuments = 16
        batchBytes = 64 << 10
    }

    /// The effective bound on documents in flight.
    var documentsInFlight: Int { max(2, maxDocumentsInFlight ?? 8 + 4 * jobs) }

    /// The effective folder pattern.
    public var effectiveGlob: String { glob ?? inputFormat.defaultGlob }
}
