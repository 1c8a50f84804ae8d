import Foundation
import FactOutput

/// Counts of a finished (or interrupted) batch.
public struct BatchSummary: Sendable, Equatable {
    /// Documents seen (each input document once).
    public var documents = 0
    public var ok = 0
    public var errors = 0
    public var skipped = 0
    /// Documents `--resume` did not process again (counted in ``ok``).
    public var resumed = 0
    /// Fact rows written in this run.
    public var facts = 0
    /// Input bytes of the documents processed in this run.
    public var bytes = 0
    /// True when a signal stopped the reader before the end of the input.
    public var interrupted = false
    public var seconds = 0.0

    public init() {}

    mutating func count(_ row: LedgerRow, resumed isResumed: Bool) {
        documents += 1
        switch row.status {
        case .ok: ok += 1
        case .error: errors += 1
        case .skipped: skipped += 1
        }
        if isResumed {
            resumed += 1
        } else {
            facts += row.facts
            bytes += row.bytes
        }
    }

    /// True when every document is `ok` and the input was read to its end.
    public var succeeded: Bool { ok == documents && !interrupted }

    /// The process exit status: 0 when every document succeeded, 1 when
    /// some failed or were skipped, 130 when interrupted.
    public var exitStatus: Int32 {
        if interrupted { return 130 }
        return ok == documents ? 0 : 1
    }

    /// One line for standard error.
    public var description: String {
        var parts = ["\(documents) documents", "\(ok) ok"]
        if resumed > 0 { parts.append("\(resumed) resumed") }
        parts.append("\(errors) error" + (errors == 1 ? "" : "s"))
        parts.append("\(skipped) skipped")
        let megabytes = Double(bytes) / 1_000_000
        let rate = seconds > 0 ? megabytes / seconds : 0
        var line = parts.joined(separator: ", ") + "; \(facts) facts; "
        line += String(format: "%.1f MB in %.1f s (%.2f MB/s)", megabytes, seconds, rate)
        if interrupted { line += "; interrupted" }
        return line
    }
}
