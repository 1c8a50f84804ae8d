#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// A folder open for listing with `opendir(3)` and `readdir(3)`, closed
/// when the value is released.
///
/// Entries come in the file system's order, without `.` and `..`. The
/// kind comes from `d_type`, or from `fstatat(2)` without following links
/// where the file system does not fill it in; ``status(ofEntry:followingLinks:)``
/// stats an entry relative to the open folder (no path lookup from the root).
///
/// ```swift
/// let folder = try Directory(path: "archive")
/// while let entry = folder.next() {
///     if entry.kind == .folder { ... }
///     let size = try folder.status(ofEntry: entry.name, followingLinks: true).size
/// }
/// ```
///
/// Not thread-safe: one listing, read by one thread.
public final class Directory {
    /// One name in the folder.
    public struct Entry: Sendable, Hashable {
        /// The file name (no folder part), decoded as UTF-8.
        public var name: String
        /// A symbolic link is ``FileStatus/Kind/symbolicLink`` here, whatever it points to.
        public var kind: FileStatus.Kind

        public init(name: String, kind: FileStatus.Kind) {
            self.name = name
            self.kind = kind
        }
    }

    #if canImport(Glibc)
    private let handle: OpaquePointer
    #else
    private let handle: UnsafeMutablePointer<DIR>
    #endif

    /// `opendir(3)`.
    public init(path: String) throws(SystemError) {
        guard let handle = opendir(path) else { throw .last }
        self.handle = handle
    }

    deinit { closedir(handle) }

    /// Where `d_name` lies in a `dirent`.
    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!

    /// The next entry, or nil at the end of the listing (or when `readdir`
    /// fails part way).
    public func next() -> Entry? {
        while let entry = readdir(handle) {
            // Read in place (the name is NUL-terminated inside the entry): no copy of the 256-byte field.
            let start = (UnsafeRawPointer(entry) + Self.nameOffset).assumingMemoryBound(to: UInt8.self)
            let name = String(decoding: UnsafeBufferPointer(start: start, count: strlen(start)), as: UTF8.self)
            if name == "." || name == ".." { continue }
            let kind: FileStatus.Kind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): kind = .regularFile
            case Int32(DT_DIR): kind = .folder
            case Int32(DT_FIFO): kind = .pipe
            case Int32(DT_LNK): kind = .symbolicLink
            case Int32(DT_UNKNOWN): kind = (try? status(ofEntry: name, followingLinks: false).kind) ?? .other
            default: kind = .other
            }
            return Entry(name: name, kind: kind)
        }
        return nil
    }

    /// `fstatat(2)` of the entry `name` of this folder; `followingLinks`
    /// false stats a symbolic link itself.
    public func status(ofEntry name: String, followingLinks: Bool) throws(SystemError) -> FileStatus {
        var info = stat()
        guard fstatat(dirfd(handle), name, &info, followingLinks ? 0 : AT_SYMLINK_NOFOLLOW) == 0 else { throw .last }
        return FileStatus(info)
    }
}
