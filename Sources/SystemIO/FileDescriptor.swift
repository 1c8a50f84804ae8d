#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// An open POSIX file descriptor: a plain value, closed explicitly with
/// ``close()`` (copies share the one descriptor).
///
/// Reading and writing are in `FileReading.swift` and `FileWriting.swift`;
/// every call retries `EINTR` where that is safe and throws ``SystemError``.
///
/// ```swift
/// let file = try FileDescriptor.open("doc.txt", .readOnly)
/// defer { try? file.close() }
/// let status = try file.status()                  // .regularFile, 4096 bytes
/// let bytes = try file.readAll(sizeHint: status.size, limit: nil)
/// ```
public struct FileDescriptor: Sendable, Hashable {
    /// How ``open(_:_:)`` opens a path.
    public enum Mode: Sendable, Hashable {
        /// `O_RDONLY`.
        case readOnly
        /// `O_WRONLY`: an existing file, device or named pipe.
        case writeOnly
        /// `O_WRONLY | O_CREAT | O_TRUNC`, a new file getting `permissions`.
        case createOrTruncate(permissions: UInt16)

        /// The flags and permissions `open(2)` takes for the mode.
        var openArguments: (flags: Int32, permissions: mode_t) {
            switch self {
            case .readOnly: (O_RDONLY, 0)
            case .writeOnly: (O_WRONLY, 0)
            case .createOrTruncate(let permissions): (O_WRONLY | O_CREAT | O_TRUNC, mode_t(permissions))
            }
        }
    }

    /// The descriptor number.
    public let rawValue: Int32

    public init(rawValue: Int32) {
        self.rawValue = rawValue
    }

    public static let standardInput = FileDescriptor(rawValue: STDIN_FILENO)
    public static let standardOutput = FileDescriptor(rawValue: STDOUT_FILENO)
    public static let standardError = FileDescriptor(rawValue: STDERR_FILENO)

    /// `open(2)`. A folder opens too (`.readOnly`); ``status()`` tells.
    public static func open(_ path: String, _ mode: Mode) throws(SystemError) -> FileDescriptor {
        let (flags, permissions) = mode.openArguments
        let descriptor = systemOpen(path, flags, permissions)
        guard descriptor >= 0 else { throw .last }
        return FileDescriptor(rawValue: descriptor)
    }

    /// `open(2)` of a path given as its bytes (a name on it need not be UTF-8).
    public static func open(pathBytes: [UInt8], _ mode: Mode) throws(SystemError) -> FileDescriptor {
        let (flags, permissions) = mode.openArguments
        let descriptor = PathBytes.withCString(pathBytes) { systemOpen($0, flags, permissions) }
        guard descriptor >= 0 else { throw .last }
        return FileDescriptor(rawValue: descriptor)
    }

    /// `fstat(2)`: the kind and size of what is open.
    public func status() throws(SystemError) -> FileStatus {
        var info = stat()
        guard fstat(rawValue, &info) == 0 else { throw .last }
        return FileStatus(info)
    }

    /// `isatty(3)`.
    public var isTerminal: Bool { isatty(rawValue) == 1 }

    /// `close(2)`, not retried: after `EINTR` the descriptor is closed all the same.
    public func close() throws(SystemError) {
        guard systemClose(rawValue) == 0 else { throw .last }
    }
}
