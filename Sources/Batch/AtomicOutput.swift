import Foundation
import FactOutput
internal import SystemIO

/// Standard output, or a file written under a temporary name beside it and
/// renamed into place by ``finish()``, so an interrupted or failed run never
/// leaves a truncated file where the output belongs.
///
/// The temporary file is `PATH.partial-PID`; ``abandon()`` (or a run killed
/// with SIGKILL) leaves the previous `PATH`, if any, untouched. A path that
/// is not a regular file (`/dev/null`, a named pipe) is written directly.
///
/// ```swift
/// var out = try AtomicOutput(path: "facts.csv")
/// out.write("doc,start,end\r\n")
/// try out.finish()           // facts.csv appears, complete
/// ```
public struct AtomicOutput: TextOutputStream {
    /// What to do with an existing file at the path.
    public enum Mode: Sendable {
        /// Replace it (on ``finish()``).
        case replace
        /// Start the new file with the old one's bytes, then append
        /// (`--resume`); the old file is replaced only on ``finish()``.
        case append
    }

    /// The path given, or nil for standard output.
    public let path: String?
    /// Whether the output is a file that already held bytes (with ``Mode/append``).
    public private(set) var resumedNonEmpty = false
    /// Write every ``flush()`` through at once (standard output, pipes).
    public var flushesImmediately: Bool

    private let descriptor: FileDescriptor
    private let temporaryPath: String?
    private var buffer: [UInt8] = []
    private var failure: String?
    private var finished = false

    /// Opens `path` (`nil` or `-` is standard output).
    public init(path: String?, mode: Mode = .replace) throws {
        guard let path, path != "-" else {
            self.path = nil
            descriptor = .standardOutput
            temporaryPath = nil
            flushesImmediately = true
            buffer.reserveCapacity(1 << 16)
            return
        }
        self.path = path
        if let info = try? FileStatus(path: path), info.kind != .regularFile {
            // A device or a pipe (/dev/null, a FIFO): write to it directly, nothing to rename.
            descriptor = try Self.open(path, .writeOnly)
            temporaryPath = nil
            flushesImmediately = info.kind == .pipe
            buffer.reserveCapacity(1 << 16)
            return
        }
        let temporary = path + ".partial-\(CurrentProcess.id)"
        descriptor = try Self.open(temporary, .createOrTruncate(permissions: 0o644), reporting: path)
        temporaryPath = temporary
        flushesImmediately = false
        buffer.reserveCapacity(1 << 16)
        if mode == .append, let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int, size > 0 {
            try copyExisting(from: path)
            resumedNonEmpty = true
        }
    }

    /// `FileDescriptor.open`, its failure a ``BatchError/cannotWrite(path:reason:)`` naming `reported`.
    private static func open(_ path: String, _ mode: FileDescriptor.Mode, reporting reported: String? = nil) throws(BatchError) -> FileDescriptor {
        do throws(SystemError) {
            return try FileDescriptor.open(path, mode)
        } catch {
            throw .cannotWrite(path: reported ?? path, reason: error.message)
        }
    }

    private mutating func copyExisting(from path: String) throws {
        let source: FileDescriptor
        do throws(SystemError) {
            source = try FileDescriptor.open(path, .readOnly)
        } catch {
            throw BatchError.cannotWrite(path: path, reason: "cannot read the output to resume: \(error.message)")
        }
        defer { try? source.close() }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count: Int
            do throws(SystemError) {
                count = try source.read(into: &chunk, at: 0)
            } catch {
                throw BatchError.cannotWrite(path: path, reason: error.message)
            }
            if count == 0 { break }
            buffer.append(contentsOf: chunk[0..<count])
            try flushOrThrow()
        }
    }

    /// Buffers rendered bytes; flushes when the buffer reaches 64 KiB.
    public mutating func write(_ rendered: UTF8Buffer) {
        buffer.append(contentsOf: rendered.bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Buffers `string`; flushes when the buffer reaches 64 KiB.
    public mutating func write(_ string: String) {
        var string = string
        string.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes the buffer out. A write error is kept and thrown by ``finish()``.
    public mutating func flush() {
        do { try flushOrThrow() } catch { failure = failure ?? "\(error)" }
    }

    /// Writes the buffer out, throwing on error.
    public mutating func flushOrThrow() throws {
        if let failure { throw BatchError.cannotWrite(path: path ?? "standard output", reason: failure) }
        do throws(SystemError) {
            try descriptor.writeAll(buffer)
        } catch {
            let reason = error.message
            failure = reason
            buffer.removeAll(keepingCapacity: true)
            throw BatchError.cannotWrite(path: path ?? "standard output", reason: reason)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, closes and renames the temporary file into place.
    public mutating func finish() throws {
        guard !finished else { return }
        finished = true
        try flushOrThrow()
        guard let path else { return }
        guard let temporaryPath else {
            try? descriptor.close()
            return
        }
        do throws(SystemError) {
            try descriptor.close()
        } catch {
            throw BatchError.cannotWrite(path: path, reason: error.message)
        }
        do throws(SystemError) {
            try FileSystem.rename(temporaryPath, to: path)
        } catch {
            try? FileSystem.removeFile(temporaryPath)
            throw BatchError.cannotWrite(path: path, reason: error.message)
        }
    }

    /// Closes and deletes the temporary file, leaving `path` as it was.
    public mutating func abandon() {
        guard !finished else { return }
        finished = true
        buffer.removeAll()
        guard path != nil else { return }
        try? descriptor.close()
        if let temporaryPath { try? FileSystem.removeFile(temporaryPath) }
    }
}
