import Foundation
import FactCore
import FactOutput
import GRDB

/// Writes a batch's documents, facts and findings to a SQLite database.
///
/// ```swift
/// var sink = try SQLiteFactSink(path: "facts.db", append: false)
/// try sink.add(DocumentRecord(id: "yunqi", path: "yunqi.txt", bytes: 12_345, status: .ok), facts: facts)
/// try sink.addFindings([StoredFinding(rule: "sum", severity: "warning", message: "…", spans: [span])])
/// try sink.finish()
/// ```
///
/// - Without `append`, the store is built in `PATH.partial-PID` beside the
///   target and renamed over `path` by ``finish()``, so an interrupted run
///   leaves the previous file (or none) and never a half-written database.
/// - With `append`, rows go into the existing store (created if missing),
///   one durable transaction per document: an interrupted run keeps the documents
///   already added. A document whose id is already stored is **replaced**:
///   its `documents` row, its facts and the findings citing it are deleted
///   before the new rows go in, so re-running a batch (or an interrupted
///   one) with `append` never duplicates rows.
///
/// The schema is ``FactStoreSchema``. Not thread-safe: one sink per batch.
public final class SQLiteFactSink: FactSink {
    /// The database file as given.
    public let path: String
    /// Whether rows are added to an existing store.
    public let append: Bool

    private let workingPath: String
    private var queue: DatabaseQueue?
    private var nextFinding: Int

    /// Opens (with `append`) or starts (without) the store at `path`.
    ///
    /// - Throws: ``FactStoreError/io(path:reason:)`` when the file cannot be
    ///   created or opened, ``FactStoreError/incompatibleSchema(path:version:)``
    ///   when `append` meets a database that is not a store of this version.
    public init(path: String, append: Bool) throws {
        self.path = path
        self.append = append
        let manager = FileManager.default
        if append {
            workingPath = path
        } else {
            workingPath = path + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
            for leftover in [workingPath, workingPath + "-journal"] where manager.fileExists(atPath: leftover) {
                try? manager.removeItem(atPath: leftover)
            }
        }
        var configuration = Configuration()
        configuration.label = "zhfacts.FactStore"
        if !append {
            // A fresh store is a temporary file until finish renames it, so a crash
            // cannot leave it half-written in place: skip the on-disk journal and the
            // per-commit syncs (finish syncs the file once, before the rename).
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA journal_mode = MEMORY")
                try db.execute(sql: "PRAGMA synchronous = OFF")
            }
        }
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: workingPath, configuration: configuration)
        } catch {
            throw FactStoreError.io(path: path, reason: Self.reason(error))
        }
        let workingPath = self.workingPath
        do {
            nextFinding = try queue.write { db in
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
                if version == 0 && tables == 0 {
                    for statement in FactStoreSchema.statements { try db.execute(sql: statement) }
                    try db.execute(sql: "PRAGMA user_version = \(FactStoreSchema.version)")
                } else if version != FactStoreSchema.version {
                    throw FactStoreError.incompatibleSchema(path: path, version: version)
                }
                return (try Int.fetchOne(db, sql: "SELECT max(finding) FROM findings") ?? 0) + 1
            }
        } catch let error as FactStoreError {
            try? queue.close()
            if !append { try? manager.removeItem(atPath: workingPath) }
            throw error
        } catch {
            try? queue.close()
            if !append { try? manager.removeItem(atPath: workingPath) }
            throw FactStoreError.io(path: path, reason: Self.reason(error))
        }
        self.queue = queue
    }

    deinit {
        // Dropped without finish (an error upstream): leave no partial file.
        guard let queue else { return }
        try? queue.close()
        if !append { try? FileManager.default.removeItem(atPath: workingPath) }
    }

    /// Stores one document and its facts, in one transaction, replacing any
    /// document already stored under the same id (with its facts and every
    /// finding that cites it).
    public func add(_ record: DocumentRecord, facts: [Fact]) throws {
        let queue = try openQueue()
        do {
            try queue.write { db in
                try db.execute(sql: "DELETE FROM findings WHERE finding IN (SELECT finding FROM findings WHERE doc = ?)",
                               arguments: [record.id])
                try db.execute(sql: "DELETE FROM facts WHERE doc = ?", arguments: [record.id])
                try db.execute(sql: "DELETE FROM documents WHERE id = ?", arguments: [record.id])
                try db.execute(
                    sql: "INSERT INTO documents (id, path, bytes, date, status, message, meta) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    arguments: [record.id, record.path, record.bytes, record.date, record.status.rawValue,
                                record.message, Self.metaJSON(record.meta)])
                let insert = try db.cachedStatement(sql: Self.insertFact)
                for fact in facts {
                    try insert.execute(arguments: Self.arguments(of: fact, document: record.id))
                }
            }
        } catch {
            throw FactStoreError.io(path: path, reason: Self.reason(error))
        }
    }

    /// Stores validation findings: one `findings` row per cited span, all
    /// rows of a finding sharing its `finding` number.
    ///
    /// Call after the documents they cite are added: adding a document again
    /// (in an `append` run) deletes the findings that cite it.
    public func addFindings(_ findings: [StoredFinding]) throws {
        let queue = try openQueue()
        let first = nextFinding
        do {
            try queue.write { db in
                let insert = try db.cachedStatement(sql: """
                    INSERT INTO findings (finding, rule, severity, message, doc, start, end) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """)
                for (offset, finding) in findings.enumerated() {
                    let number = first + offset
                    if finding.spans.isEmpty {
                        try insert.execute(arguments: [number, finding.rule, finding.severity, finding.message, nil, nil, nil])
                    }
                    for span in finding.spans {
                        try insert.execute(arguments: [number, finding.rule, finding.severity, finding.message,
                                                       span.document, span.scalarStart, span.scalarEnd])
                    }
                }
            }
        } catch {
            throw FactStoreError.io(path: path, reason: Self.reason(error))
        }
        nextFinding = first + findings.count
    }

    /// Closes the database and, without `append`, renames it over ``path``.
    /// The store is complete only after this returns.
    public func finish() throws {
        let queue = try openQueue()
        self.queue = nil
        do {
            try queue.close()
        } catch {
            throw FactStoreError.io(path: path, reason: Self.reason(error))
        }
        guard !append else { return }
        let manager = FileManager.default
        do {
            let handle = try FileHandle(forUpdating: URL(fileURLWithPath: workingPath))
            try handle.synchronize()
            try handle.close()
        } catch {
            try? manager.removeItem(atPath: workingPath)
            throw FactStoreError.io(path: path, reason: Self.reason(error))
        }
        // POSIX rename replaces the old file atomically (FileManager.replaceItemAt
        // was seen failing here on Linux with ENOENT over an existing file).
        guard rename(workingPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(atPath: workingPath)
            throw FactStoreError.io(path: path, reason: reason)
        }
    }

    // MARK: - Rows

    private func openQueue() throws -> DatabaseQueue {
        guard let queue else { throw FactStoreError.finished(path: path) }
        return queue
    }

    private static let insertFact = """
        INSERT INTO facts (doc, start, end, byte_start, byte_end, line, text, kind, value, value_max,
                           value_num, value_max_num, unit, unit_text, approx, time, time_text, metric,
                           modality, sentence, sentence_index, rule)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// The `facts` row of `fact`, filed under `document` (the record's id).
    private static func arguments(of fact: Fact, document: String) -> StatementArguments {
        let value = fact.value?.plainString
        let valueMax = fact.valueMax?.plainString
        let values: [(any DatabaseValueConvertible)?] = [
            document, fact.span.scalarStart, fact.span.scalarEnd,
            fact.provenance.byteStart, fact.provenance.byteEnd, fact.provenance.line,
            fact.text, fact.kind.rawValue, value, valueMax,
            value.flatMap(Double.init), valueMax.flatMap(Double.init),
            fact.unit, fact.unitText, fact.approx.rawValue, fact.time, fact.timeText, fact.metric,
            fact.modality.rawValue, fact.provenance.sentence, fact.provenance.sentenceIndex, fact.rule,
        ]
        return StatementArguments(values)
    }

    /// `meta` as a JSON object with sorted keys, its values as they came, or nil when empty.
    private static func metaJSON(_ meta: [String: JSONText]) -> String? {
        JSONText.object(meta)
    }

    private static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? error.description }
        if let error = error as? FactStoreError { return error.description }
        return error.localizedDescription
    }
}
