import FactCore
import FactOutput
import Ingest

/// One input to read, as planned before the pipeline starts.
enum PlannedInput: Sendable {
    /// A text document, or a JSON Lines file to read line by line.
    case file(InputFile)
    /// Standard input (`-`).
    case standardInput
    /// A path that could not be expanded (missing, empty folder).
    case failed(IngestError)
}

/// What a worker is handed: one document's worth of input.
enum WorkSource: Sendable {
    case file(InputFile)
    case standardInputText
    /// One JSON Lines line (without its LF).
    case line(source: String, number: Int, bytes: [UInt8])
    /// A JSON Lines line over `--max-doc-bytes`: its length and first bytes.
    case longLine(source: String, number: Int, bytes: Int, prefix: [UInt8])
    /// An input that failed before it could be read.
    case failed(DocumentRecord)
    /// A file `--resume` skips: an earlier run extracted it.
    case resumed(LedgerRow, path: String)
}

/// Consecutive documents handed to one worker at once, so that small
/// documents do not pay a lock round trip each.
struct WorkItem: Sendable {
    /// Input-order position of the first document, from 0.
    var sequence: Int
    var sources: [WorkSource]
    /// Bytes of the in-flight budget this item holds until the writer is done with it.
    var credit: Int
    /// Work items of the in-flight budget it holds: 1 as the reader issues
    /// it, 0 for the rest of an item that a worker handed back.
    var countCredit: Int = 1
}

/// What became of one work item.
struct WorkOutcome: Sendable {
    var record: DocumentRecord
    /// The document's facts, for sinks that do not prerender (empty when every sink does).
    var facts: [Fact]
    /// How many facts the document has.
    var factCount: Int
    /// Text rendered ahead by the workers, by sink index (nil for sinks that render themselves).
    var rendered: [UTF8Buffer?]
    /// The earlier run's row when `--resume` skips the document.
    var resumed: LedgerRow?
}

/// The outcomes of one work item, in order.
struct WorkResult: Sendable {
    var outcomes: [WorkOutcome]
    /// Bytes to give back once written: the item's, and those its worker charged.
    var credit: Int
    var countCredit: Int = 1
}
