internal import SystemIO

/// Reads a file or standard input line by line in bounded memory.
///
/// A line longer than `maxLineBytes` is not kept: the reader skips to its
/// end and reports it as ``Line/tooLong(number:bytes:prefix:)`` with its
/// first bytes, so one oversized record never fills memory. Lines end at
/// LF; a CR before the LF is dropped; the last line need not end with LF.
/// A UTF-8 byte-order mark (EF BB BF) at the start of a line is dropped:
/// editors on Windows write one at the start of a file, and files joined
/// with `cat` carry it to the start of later lines (JSON allows a parser
/// to ignore it, and no JSON text starts with it). Line lengths, limits and
/// error columns count from after it.
///
/// Not thread-safe: one reader per input, used by one thread.
public final class LineReader {
    /// One line of input, numbered from 1.
    public enum Line: Sendable {
        case line(number: Int, bytes: [UInt8])
        /// A line over the limit: its full length and its first ``prefixBytes`` bytes.
        case tooLong(number: Int, bytes: Int, prefix: [UInt8])
    }

    /// How much of an over-long line is kept (enough to find its id).
    public static let prefixBytes = 1 << 16

    /// The name used in errors (`<stdin>` or the path).
    public let name: String
    private let descriptor: FileDescriptor
    private let ownsDescriptor: Bool
    private let maxLineBytes: Int
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var atEOF = false
    private var lineNumber = 0
    /// Bytes consumed so far (for progress).
    public private(set) var bytesRead = 0

    /// Opens `path`, or standard input for `-`.
    public convenience init(path: String, maxLineBytes: Int) throws(IngestError) {
        try self.init(file: path == "-" ? nil : InputFile(path: path, size: nil), maxLineBytes: maxLineBytes)
    }

    /// Opens `file` (by its bytes when a name on its path is not UTF-8), or standard input for nil.
    public init(file: InputFile?, maxLineBytes: Int) throws(IngestError) {
        if let file {
            let path = file.path
            let opened = try DocumentReader.open(file)
            if let info = try? opened.status(), info.kind == .folder {
                try? opened.close()
                throw .unreadable(path: path, reason: "is a folder")
            }
            name = path
            descriptor = opened
            ownsDescriptor = true
        } else {
            name = DocumentReader.standardInputName
            descriptor = .standardInput
            ownsDescriptor = false
        }
        self.maxLineBytes = max(maxLineBytes, 1)
        buffer = [UInt8](repeating: 0, count: 1 << 20)
    }

    deinit {
        if ownsDescriptor { try? descriptor.close() }
    }

    /// Whether ``next()`` can return without reading more input (a whole
    /// line is buffered, or the input has ended).
    public var hasBufferedLine: Bool { atEOF || firstNewline(from: start) != nil }

    /// The next line, or nil at the end of input.
    public func next() throws(IngestError) -> Line? {
        var scanFrom = start
        var skipping: (bytes: Int, prefix: [UInt8])?
        while true {
            if let newline = firstNewline(from: scanFrom) {
                lineNumber += 1
                let length = newline - start
                defer { start = newline + 1; bytesRead += length + 1 }
                if var skipped = skipping {
                    skipped.bytes += length
                    if skipped.prefix.count < Self.prefixBytes {
                        skipped.prefix += buffer[start..<min(newline, start + Self.prefixBytes - skipped.prefix.count)]
                    }
                    return Self.overLong(number: lineNumber, skipped)
                }
                var lineEnd = newline
                if lineEnd > start, buffer[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
                return line(from: start, to: lineEnd)
            }
            // No newline in the buffered bytes.
            if end - start > maxLineBytes {
                // Over the limit: keep a prefix, drop the rest, go on scanning.
                var skipped = skipping ?? (0, [])
                if skipped.prefix.count < Self.prefixBytes {
                    skipped.prefix += buffer[start..<min(end, start + Self.prefixBytes - skipped.prefix.count)]
                }
                skipped.bytes += end - start
                bytesRead += end - start
                skipping = skipped
                start = end
            }
            if atEOF {
                guard start < end || skipping != nil else { return nil }
                lineNumber += 1
                let length = end - start
                defer { bytesRead += length; start = end }
                if var skipped = skipping {
                    skipped.bytes += length
                    return Self.overLong(number: lineNumber, skipped)
                }
                var lineEnd = end
                if buffer[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
                return line(from: start, to: lineEnd)
            }
            let scanned = end - start
            try fill()
            scanFrom = start + scanned
        }
    }

    /// The line in `buffer[from..<to]` (its CR and LF already left out),
    /// without a leading byte-order mark.
    private func line(from: Int, to lineEnd: Int) -> Line {
        var lineStart = from
        if lineEnd - lineStart >= 3, buffer[lineStart] == 0xEF, buffer[lineStart + 1] == 0xBB, buffer[lineStart + 2] == 0xBF {
            lineStart += 3
        }
        if lineEnd - lineStart > maxLineBytes {
            return .tooLong(number: lineNumber, bytes: lineEnd - lineStart,
                            prefix: Array(buffer[lineStart..<min(lineEnd, lineStart + Self.prefixBytes)]))
        }
        return .line(number: lineNumber, bytes: Array(buffer[lineStart..<lineEnd]))
    }

    /// A line skipped on the way for its length, without a leading byte-order mark.
    private static func overLong(number: Int, _ skipped: (bytes: Int, prefix: [UInt8])) -> Line {
        guard skipped.prefix.starts(with: [0xEF, 0xBB, 0xBF]) else {
            return .tooLong(number: number, bytes: skipped.bytes, prefix: skipped.prefix)
        }
        return .tooLong(number: number, bytes: skipped.bytes - 3, prefix: Array(skipped.prefix.dropFirst(3)))
    }

    /// Index of the first LF in `buffer[from..<end]`.
    private func firstNewline(from: Int) -> Int? {
        guard from < end else { return nil }
        return buffer.firstIndex(ofByte: UInt8(ascii: "\n"), in: from..<end)
    }

    /// Moves pending bytes to the front, grows the buffer when a line fills
    /// it, and reads more.
    private func fill() throws(IngestError) {
        if start > 0 {
            let pending = end - start
            if pending > 0 { buffer.moveBytes(start..<end, to: 0) }
            start = 0
            end = pending
        }
        if end == buffer.count {
            // A line longer than the buffer but within the limit.
            buffer += [UInt8](repeating: 0, count: min(buffer.count, maxLineBytes + 2))
        }
        let count: Int
        do throws(SystemError) {
            count = try descriptor.read(into: &buffer, at: end)
        } catch {
            throw .unreadable(path: name, reason: error.message)
        }
        if count == 0 { atEOF = true }
        end += count
    }
}
