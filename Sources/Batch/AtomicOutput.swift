import Foundation
import FactOutput
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    private let descriptor: Int32
    private let temporaryPath: String?
    private var buffer: [UInt8] = []
    private var failure: String?
    private var finished = false

    /// Opens `path` (`nil` or `-` is standard output).
    public init(path: String?, mode: Mode = .replace) throws {
        guard let path, path != "-" else {
            self.path = nil
            descriptor = STDOUT_FILENO
            temporaryPath = nil
            flushesImmediately = true
            buffer.reserveCapacity(1 << 16)
            return
        }
        self.path = path
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            // A device or a pipe (/dev/null, a FIFO): write to it directly, nothing to rename.
            let opened = open(path, O_WRONLY)
            guard opened >= 0 else {
                throw BatchError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
            descriptor = opened
            temporaryPath = nil
            flushesImmediately = (info.st_mode & S_IFMT) == S_IFIFO
            buffer.reserveCapacity(1 << 16)
            return
        }
        let temporary = path + ".partial-\(getpid())"
        let opened = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard opened >= 0 else {
            throw BatchError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        descriptor = opened
        temporaryPath = temporary
        flushesImmediately = false
        buffer.reserveCapacity(1 << 16)
        if mode == .append, let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int, size > 0 {
            try copyExisting(from: path)
            resumedNonEmpty = true
        }
    }

    private mutating func copyExisting(from path: String) throws {
        let source = open(path, O_RDONLY)
        guard source >= 0 else {
            throw BatchError.cannotWrite(path: path, reason: "cannot read the output to resume: \(String(cString: strerror(errno)))")
        }
        defer { close(source) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(source, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw BatchError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
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
        var written = 0
        let total = buffer.count
        while written < total {
            let count = buffer.withUnsafeBytes { raw in
                posixWrite(descriptor, raw.baseAddress.map { $0 + written }, total - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                failure = reason
                buffer.removeAll(keepingCapacity: true)
                throw BatchError.cannotWrite(path: path ?? "standard output", reason: reason)
            }
            written += count
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
            close(descriptor)
            return
        }
        guard close(descriptor) == 0 else {
            throw BatchError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        guard rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw BatchError.cannotWrite(path: path, reason: reason)
        }
    }

    /// Closes and deletes the temporary file, leaving `path` as it was.
    public mutating func abandon() {
        guard !finished else { return }
        finished = true
        buffer.removeAll()
        guard path != nil else { return }
        close(descriptor)
        if let temporaryPath { unlink(temporaryPath) }
    }
}

/// `write(2)`, out of the way of ``AtomicOutput/write(_:)``.
func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(descriptor, bytes, count)
    #else
    return Darwin.write(descriptor, bytes, count)
    #endif
}
