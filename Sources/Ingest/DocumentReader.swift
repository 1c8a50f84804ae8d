#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole inputs into memory with POSIX calls, refusing any larger
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
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT { throw .notFound(path: path) }
            throw .unreadable(path: path, reason: describe(code))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(path: path, reason: describe(errno)) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(path: path, reason: "is a folder") }
        let size = Int(info.st_size)
        if (info.st_mode & S_IFMT) == S_IFREG, let limit, size > limit {
            throw .tooLarge(document: path, bytes: size, limit: limit)
        }
        return Contents(bytes: try readAll(descriptor, name: path, sizeHint: size, limit: limit))
    }

    /// Reads standard input to its end (up to `limit + 1` bytes).
    public static func readStandardInput(limit: Int?) throws(IngestError) -> Contents {
        Contents(bytes: try readAll(0, name: standardInputName, sizeHint: 0, limit: limit))
    }

    /// Size in bytes of the file at `path`, or nil when it cannot be found.
    public static func size(of path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    private static func readAll(_ descriptor: Int32, name: String, sizeHint: Int, limit: Int?) throws(IngestError) -> [UInt8] {
        // Read straight into the result: one read(2) for a regular file, no copying.
        let capacity = max(sizeHint, 0) + 1
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            count = 0
            while count < buffer.count {
                let result = posixRead(descriptor, buffer.baseAddress.map { $0 + count }, buffer.count - count)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if result == 0 { return }
                count += result
            }
        }
        if failure != 0 { throw .unreadable(path: name, reason: describe(failure)) }
        if let limit, bytes.count > limit { throw .tooLarge(document: name, bytes: bytes.count, limit: limit) }
        guard bytes.count == capacity else { return bytes }
        // A pipe, or a file that grew: read the rest in chunks.
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { posixRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: name, reason: describe(errno))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if let limit, bytes.count > limit {
                throw .tooLarge(document: name, bytes: bytes.count, limit: limit)
            }
        }
        return bytes
    }

    /// `strerror` as a Swift string.
    static func describe(_ code: Int32) -> String {
        guard let message = strerror(code) else { return "error \(code)" }
        return String(cString: message)
    }
}

/// `read(2)`, out of the way of ``DocumentReader/read(path:limit:)``.
func posixRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(descriptor, buffer, count)
    #else
    return Darwin.read(descriptor, buffer, count)
    #endif
}
