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
        /// The file name (no folder part): its UTF-8, or for a name that is
        /// not UTF-8, the name shown with its other bytes as `\xHH` (``PathBytes``).
        public var name: String
        /// The name's bytes when they are not UTF-8 (nil for every UTF-8 name):
        /// what the system calls are given.
        public var rawName: [UInt8]?
        /// A symbolic link is ``FileStatus/Kind/symbolicLink`` here, whatever it points to.
        public var kind: FileStatus.Kind

        public init(name: String, rawName: [UInt8]? = nil, kind: FileStatus.Kind) {
            self.name = name
            self.rawName = rawName
            self.kind = kind
        }

        /// The bytes the file system holds for the name.
        public var nameBytes: [UInt8] { rawName ?? Array(name.utf8) }
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

    /// `opendir(3)` of a path given as its bytes (a name on it need not be UTF-8).
    public init(pathBytes: [UInt8]) throws(SystemError) {
        let opened = PathBytes.withCString(pathBytes) { opendir($0) }
        guard let opened else { throw .last }
        handle = opened
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
            let bytes = UnsafeBufferPointer(start: start, count: strlen(start))
            var rawName: [UInt8]?
            let name: String
            // The C-string initialiser: concrete, where the generic `String(validating:as:)`
            // had its metadata looked up for every name.
            if let decoded = String(validatingCString: UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self)) {
                name = decoded
            } else {
                rawName = Array(bytes)
                name = PathBytes.escapedName(rawName!) ?? String(decoding: bytes, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let kind: FileStatus.Kind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): kind = .regularFile
            case Int32(DT_DIR): kind = .folder
            case Int32(DT_FIFO): kind = .pipe
            case Int32(DT_LNK): kind = .symbolicLink
            case Int32(DT_UNKNOWN):
                kind = (try? status(ofEntry: Entry(name: name, rawName: rawName, kind: .other), followingLinks: false).kind) ?? .other
            default: kind = .other
            }
            return Entry(name: name, rawName: rawName, kind: kind)
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

    /// `fstatat(2)` of `entry`, by its bytes when its name is not UTF-8.
    public func status(ofEntry entry: Entry, followingLinks: Bool) throws(SystemError) -> FileStatus {
        guard let raw = entry.rawName else { return try status(ofEntry: entry.name, followingLinks: followingLinks) }
        var info = stat()
        let flags = followingLinks ? 0 : AT_SYMLINK_NOFOLLOW
        let result = PathBytes.withCString(raw) { fstatat(dirfd(handle), $0, &info, flags) }
        guard result == 0 else { throw .last }
        return FileStatus(info)
    }
}
