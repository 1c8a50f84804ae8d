internal import SystemIO

/// Reads whole inputs into memory through ``SystemIO``, refusing any larger
/// than a limit before reading them.
public enum DocumentReader {
    /// The name standard input goes by in ids and messages.
    public static let standardInputName = "<stdin>"

    /// The bytes of one input.
    public struct Contents: Sendable {
        public var bytes: [UInt8]
    }

    /// Reads the file at `path`. A regular file over `limit` bytes is
    /// refused from its size, without being read; a pipe or device is read
    /// up to `limit + 1` bytes.
    public static func read(path: String, limit: Int?) throws(IngestError) -> Contents {
        try read(InputFile(path: path, size: nil), limit: limit)
    }

    /// Reads `file` (by its bytes when a name on its path is not UTF-8), as ``read(path:limit:)`` does.
    public static func read(_ file: InputFile, limit: Int?) throws(IngestError) -> Contents {
        let path = file.path
        let descriptor = try open(file)
        defer { try? descriptor.close() }
        let info: FileStatus
        do throws(SystemError) {
            info = try descriptor.status()
        } catch {
            throw .unreadable(path: path, reason: error.message)
        }
        if info.kind == .folder { throw .unreadable(path: path, reason: "is a folder") }
        let size = info.size
        if info.kind == .regularFile, let limit, size > limit {
            throw .tooLarge(document: path, bytes: size, limit: limit)
        }
        return Contents(bytes: try readAll(descriptor, name: path, sizeHint: size, limit: limit))
    }

    /// Opens `file` for reading (by its bytes when it has them): a missing file is
    /// ``IngestError/notFound(path:)``, any other failure
    /// ``IngestError/unreadable(path:reason:)`` with the system's reason.
    static func open(_ file: InputFile) throws(IngestError) -> FileDescriptor {
        do throws(SystemError) {
            if let raw = file.rawPath { return try .open(pathBytes: raw, .readOnly) }
            return try .open(file.path, .readOnly)
        } catch {
            if error.isNotFound { throw .notFound(path: file.path) }
            throw .unreadable(path: file.path, reason: error.message)
        }
    }

    /// Reads standard input to its end (up to `limit + 1` bytes).
    public static func readStandardInput(limit: Int?) throws(IngestError) -> Contents {
        Contents(bytes: try readAll(.standardInput, name: standardInputName, sizeHint: 0, limit: limit))
    }

    /// Size in bytes of the file at `path`, or nil when it cannot be found.
    public static func size(of path: String) -> Int? {
        (try? FileStatus(path: path))?.size
    }

    /// Size in bytes of `file` (found by its bytes when it has them), or nil
    /// when it cannot be found.
    public static func size(of file: InputFile) -> Int? {
        guard let raw = file.rawPath else { return size(of: file.path) }
        return (try? FileStatus(pathBytes: raw))?.size
    }

    /// Everything `descriptor` gives, or ``IngestError/tooLarge(document:bytes:limit:)``
    /// once more than `limit` bytes have come.
    private static func readAll(_ descriptor: FileDescriptor, name: String, sizeHint: Int, limit: Int?) throws(IngestError) -> [UInt8] {
        // Straight into the result: one read(2) for a regular file, no copying.
        let bytes: [UInt8]
        do throws(SystemError) {
            bytes = try descriptor.readAll(sizeHint: sizeHint, limit: limit)
        } catch {
            throw .unreadable(path: name, reason: error.message)
        }
        if let limit, bytes.count > limit { throw .tooLarge(document: name, bytes: bytes.count, limit: limit) }
        return bytes
    }
}
