import FactCore

/// Whether a document of a batch was processed.
public enum DocumentStatus: String, Sendable, CaseIterable, Codable {
    case ok, error, skipped
}

/// One input document of a batch, as the ledger and the fact store record it.
public struct DocumentRecord: Sendable, Hashable {
    /// The id shown in every fact row (a path as given, or a JSON Lines id).
    public var id: String
    /// The file it came from, when it came from a file.
    public var path: String?
    /// Size of the input in bytes.
    public var bytes: Int
    /// Publication date (YYYY-MM-DD) if known.
    public var date: String?
    public var status: DocumentStatus
    /// The one-line error, for status `error` or `skipped`.
    public var message: String?
    /// Extra JSON Lines members passed through, as their JSON text.
    public var meta: [String: JSONText]

    public init(id: String, path: String? = nil, bytes: Int, date: String? = nil,
                status: DocumentStatus, message: String? = nil, meta: [String: JSONText] = [:]) {
        self.id = id
        self.path = path
        self.bytes = bytes
        self.date = date
        self.status = status
        self.message = message
        self.meta = meta
    }
}

/// Where a batch's facts go, one document at a time, in input order.
///
/// Text formats (CSV, JSON Lines) and the SQLite fact store all conform, so
/// the batch pipeline writes to `any FactSink` whatever the format.
public protocol FactSink {
    /// Called once per input document, in input order; failed documents come with no facts.
    mutating func add(_ record: DocumentRecord, facts: [Fact]) throws
    /// Flushes and closes; a file output is complete only after this returns.
    mutating func finish() throws
}
