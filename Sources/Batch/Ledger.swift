import Foundation
import FactOutput

/// One row of the ledger: what became of one input document.
///
/// The ledger (`--ledger FILE`) is RFC 4180 CSV in UTF-8 with CRLF record
/// ends and the header `id,status,bytes,facts,message`:
///
/// | column | meaning |
/// |---|---|
/// | `id` | the document id used in fact rows (a path as given, or the JSON Lines `id`; `SOURCE:LINE` for a JSON Lines line whose id could not be read) |
/// | `status` | `ok` (extracted, possibly no facts), `error` (could not be read, decoded or parsed), `skipped` (over `--max-doc-bytes`, not read) |
/// | `bytes` | size of the input: the file's bytes, or the JSON Lines line's bytes without its LF |
/// | `facts` | number of fact rows written for the document |
/// | `message` | the one-line error for `error` and `skipped`, empty for `ok` |
///
/// Rows come in input order, one per input document, each exactly once.
public struct LedgerRow: Sendable, Hashable {
    public var id: String
    public var status: DocumentStatus
    public var bytes: Int
    public var facts: Int
    public var message: String?

    public init(id: String, status: DocumentStatus, bytes: Int, facts: Int, message: String? = nil) {
        self.id = id
        self.status = status
        self.bytes = bytes
        self.facts = facts
        self.message = message
    }

    /// The row for a processed document.
    public init(_ record: DocumentRecord, facts: Int) {
        self.init(id: record.id, status: record.status, bytes: record.bytes, facts: facts, message: record.message)
    }

    /// The column names, in order.
    public static let columns = ["id", "status", "bytes", "facts", "message"]
}

/// Writes the ledger CSV through an ``AtomicOutput``.
public struct LedgerWriter {
    private var output: AtomicOutput

    public init(path: String) throws {
        output = try AtomicOutput(path: path)
        output.write(LedgerRow.columns.joined(separator: ",") + "\r\n")
    }

    public mutating func write(_ row: LedgerRow) {
        var line = ""
        Self.appendField(row.id, to: &line)
        line += ","
        line += row.status.rawValue
        line += ","
        line += String(row.bytes)
        line += ","
        line += String(row.facts)
        line += ","
        Self.appendField(row.message ?? "", to: &line)
        line += "\r\n"
        output.write(line)
    }

    /// Renames the ledger into place.
    public mutating func finish() throws { try output.finish() }

    /// Deletes the temporary ledger.
    public mutating func abandon() { output.abandon() }

    static func appendField(_ field: String, to out: inout String) {
        let needsQuotes = field.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }
        guard needsQuotes else {
            out += field
            return
        }
        out += "\""
        for scalar in field.unicodeScalars {
            if scalar == "\"" { out += "\"" }
            out.unicodeScalars.append(scalar)
        }
        out += "\""
    }
}

/// The rows of an earlier ledger, read for `--resume`.
public struct ResumeLedger: Sendable {
    /// Rows with status `ok`, by the UTF-8 bytes of their id (the last row
    /// wins when an id repeats). Bytes, not `String`: two paths that Unicode
    /// calls equivalent (`é` as one code point or two) are two files, and
    /// `String` would hash and compare them as one.
    private var succeeded: [[UInt8]: LedgerRow] = [:]
    /// Every row read.
    public private(set) var rowCount = 0

    public init(rows: [LedgerRow]) {
        for row in rows {
            rowCount += 1
            succeeded[Array(row.id.utf8)] = row.status == .ok ? row : nil
        }
    }

    /// How many documents the ledger lists as `ok`.
    public var succeededCount: Int { succeeded.count }

    /// Reads the ledger at `path`; a missing file is an empty ledger (the first run of a resumable job).
    public init(path: String) throws(BatchError) {
        guard FileManager.default.fileExists(atPath: path) else {
            self.init(rows: [])
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadableLedger(path: path, reason: "cannot read")
        }
        self.init(rows: try Self.parse([UInt8](data), path: path))
    }

    /// The `ok` row for `id`, if an earlier run extracted it.
    public func row(for id: String) -> LedgerRow? { succeeded[Array(id.utf8)] }

    /// Parses ledger CSV (the header is required).
    static func parse(_ bytes: [UInt8], path: String) throws(BatchError) -> [LedgerRow] {
        var records: [[String]] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var quoted = false
        var line = 1
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == quote {
                    if index + 1 < bytes.count, bytes[index + 1] == quote {
                        field.append(quote)
                        index += 2
                        continue
                    }
                    quoted = false
                } else {
                    if byte == lf { line += 1 }
                    field.append(byte)
                }
                index += 1
                continue
            }
            switch byte {
            case quote where field.isEmpty:
                quoted = true
            case comma:
                endField()
            case cr, lf:
                if byte == cr, index + 1 < bytes.count, bytes[index + 1] == lf { index += 1 }
                endField()
                if !(fields.count == 1 && fields[0].isEmpty) { records.append(fields) }
                fields.removeAll(keepingCapacity: true)
                line += 1
            default:
                field.append(byte)
            }
            index += 1
        }
        if quoted { throw .unreadableLedger(path: path, reason: "unterminated quoted field on line \(line)") }
        if !field.isEmpty || !fields.isEmpty {
            // A last record without its line end (a ledger cut short is not trusted).
            throw .unreadableLedger(path: path, reason: "last record has no line end")
        }
        guard let header = records.first, header == LedgerRow.columns else {
            throw .unreadableLedger(path: path, reason: "header is not \(LedgerRow.columns.joined(separator: ","))")
        }
        var rows: [LedgerRow] = []
        rows.reserveCapacity(records.count - 1)
        for (number, record) in records.dropFirst().enumerated() {
            guard record.count == 5, let status = DocumentStatus(rawValue: record[1]),
                  let size = Int(record[2]), let facts = Int(record[3]) else {
                throw .unreadableLedger(path: path, reason: "malformed row \(number + 1)")
            }
            rows.append(LedgerRow(id: record[0], status: status, bytes: size, facts: facts,
                                  message: record[4].isEmpty ? nil : record[4]))
        }
        return rows
    }
}
