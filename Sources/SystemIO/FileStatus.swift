#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// What `stat(2)` says about a file: its kind and size.
public struct FileStatus: Sendable, Hashable {
    /// The file type bits of `st_mode`.
    public enum Kind: Sendable, Hashable {
        case regularFile
        case folder
        /// A named pipe (FIFO) or an anonymous pipe.
        case pipe
        /// Only seen when links are not followed.
        case symbolicLink
        /// A device, a socket, or anything else.
        case other
    }

    public var kind: Kind
    /// `st_size` in bytes (meaningful for regular files).
    public var size: Int

    public init(kind: Kind, size: Int) {
        self.kind = kind
        self.size = size
    }

    /// `stat(2)` of `path`, following symbolic links.
    public init(path: String) throws(SystemError) {
        var info = stat()
        guard stat(path, &info) == 0 else { throw .last }
        self.init(info)
    }

    /// `stat(2)` of a path given as its bytes (a name on it need not be
    /// UTF-8), following symbolic links.
    public init(pathBytes: [UInt8]) throws(SystemError) {
        var info = stat()
        let result = PathBytes.withCString(pathBytes) { stat($0, &info) }
        guard result == 0 else { throw .last }
        self.init(info)
    }

    init(_ info: stat) {
        self.init(kind: Kind(mode: info.st_mode), size: Int(info.st_size))
    }
}

extension FileStatus.Kind {
    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regularFile
        case S_IFDIR: self = .folder
        case S_IFIFO: self = .pipe
        case S_IFLNK: self = .symbolicLink
        default: self = .other
        }
    }
}
