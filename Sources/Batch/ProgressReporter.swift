import Dispatch
import Foundation
internal import SystemIO

/// Standard error during a batch: one line per failed document, and, when
/// standard error is a terminal, a progress bar redrawn at most ten times a
/// second:
///
/// ```
/// [########------------]  1532 docs  12.3/30.1 MB  4.87 MB/s  ETA 0:04  2 errors
/// ```
///
/// Used by the writer thread only.
public final class ProgressReporter {
    /// Whether the bar is drawn.
    public let showsBar: Bool
    /// Whether anything at all is written (error lines are, unless quiet).
    public let quiet: Bool
    private var totalBytes: Int?
    private var documents = 0
    private var bytes = 0
    private var failures = 0
    private var started = DispatchTime.now()
    private var lastDraw: UInt64 = 0
    private var barVisible = false

    /// `showsBar` nil means: when standard error is a terminal.
    public init(quiet: Bool, showsBar: Bool? = nil) {
        self.quiet = quiet
        self.showsBar = !quiet && (showsBar ?? FileDescriptor.standardError.isTerminal)
    }

    public func start(totalBytes: Int?) {
        self.totalBytes = totalBytes
        started = DispatchTime.now()
    }

    /// Counts one document and redraws the bar when it is due.
    public func record(_ row: LedgerRow) {
        documents += 1
        bytes += row.bytes
        if row.status != .ok { failures += 1 }
        guard showsBar else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        if now - lastDraw >= 100_000_000 {
            lastDraw = now
            draw()
        }
    }

    /// Writes one line (an error), above the bar.
    public func line(_ text: String) {
        guard !quiet else { return }
        var out = barVisible ? "\r\u{1B}[K" : ""
        out += text + "\n"
        emit(out)
        barVisible = false
        if showsBar { draw() }
    }

    /// Clears the bar and, unless quiet, writes a closing summary line.
    public func finish(summary: String?) {
        if barVisible { emit("\r\u{1B}[K") }
        barVisible = false
        if let summary, showsBar { emit(summary + "\n") }
    }

    /// The bar's text for the current counts (without the leading CR).
    func barText(elapsed seconds: Double) -> String {
        let megabytes = Double(bytes) / 1_000_000
        let rate = seconds > 0 ? megabytes / seconds : 0
        var text = ""
        if let totalBytes, totalBytes > 0 {
            let fraction = min(1, Double(bytes) / Double(totalBytes))
            let filled = Int(fraction * 20)
            text += "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: 20 - filled) + "]  "
        }
        text += "\(documents) docs  "
        if let totalBytes {
            text += String(format: "%.1f/%.1f MB  ", megabytes, Double(totalBytes) / 1_000_000)
        } else {
            text += String(format: "%.1f MB  ", megabytes)
        }
        text += String(format: "%.2f MB/s", rate)
        if let totalBytes, rate > 0 {
            let remaining = max(0, Double(totalBytes - bytes) / 1_000_000 / rate)
            text += "  ETA " + Self.clock(remaining)
        }
        text += "  \(failures) error" + (failures == 1 ? "" : "s")
        return text
    }

    private func draw() {
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        emit("\r\u{1B}[K" + barText(elapsed: elapsed))
        barVisible = true
    }

    /// `m:ss` or `h:mm:ss`.
    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let h = total / 3600, m = (total % 3600) / 60, s = total % 60
        let ss = s < 10 ? "0\(s)" : "\(s)"
        if h > 0 { return "\(h):\(m < 10 ? "0" : "")\(m):\(ss)" }
        return "\(m):\(ss)"
    }

    /// Writes to standard error; a failed write is dropped (there is nowhere to report it).
    private func emit(_ text: String) {
        try? FileDescriptor.standardError.writeAll(text)
    }
}
