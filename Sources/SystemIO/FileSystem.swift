#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Operations on paths rather than on open files.
///
/// The status of a path is ``FileStatus/init(path:)``; a folder's listing is ``Directory``.
public enum FileSystem {
    /// `rename(2)`: moves `source` to `destination`, replacing a file there
    /// in one step.
    public static func rename(_ source: String, to destination: String) throws(SystemError) {
        #if canImport(Glibc)
        let result = Glibc.rename(source, destination)
        #else
        let result = Darwin.rename(source, destination)
        #endif
        guard result == 0 else { throw .last }
    }

    /// `unlink(2)`: deletes the file at `path`.
    public static func removeFile(_ path: String) throws(SystemError) {
        guard unlink(path) == 0 else { throw .last }
    }
}
