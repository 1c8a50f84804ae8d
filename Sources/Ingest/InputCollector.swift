import Foundation

/// Expands command-line paths into the files to read, gathered whole
/// (``collectFiles(_:)``): a file as given, a folder recursively for names
/// matching a pattern (`*.txt`), sorted by their bytes so output order is
/// deterministic. Missing paths
/// and empty folders become errors in place, so the caller reports them and
/// goes on. `extract` lists as it reads (``InputListing``); `validate`,
/// `review` and `bench` take the whole list.
public struct InputCollector: Sendable {
    /// Glob over file names: `*` and `?` wildcards.
    public var pattern: String
    /// The bytes of the paths that are not UTF-8, by their `\xHH` form (``CommandLinePaths``).
    public var pathBytes: [String: [UInt8]]

    public init(pattern: String = "*.txt", pathBytes: [String: [UInt8]] = [:]) {
        self.pattern = pattern
        self.pathBytes = pathBytes
    }
}

/// A file to read, with its size when it could be found.
public struct InputFile: Sendable, Hashable {
    /// The path as given or found; a name on it that is not UTF-8 is shown
    /// with its other bytes as `\xHH` (the file's id in every output).
    public var path: String
    /// Size in bytes when the listing `stat`ed the file; nil when it did
    /// not (a listing for reading only: the reader learns it on opening).
    public var size: Int?
    /// The path's bytes, when a name on it is not UTF-8 (what opens the file); nil otherwise.
    public var rawPath: [UInt8]?

    public init(path: String, size: Int?, rawPath: [UInt8]? = nil) {
        self.path = path
        self.size = size
        self.rawPath = rawPath
    }
}

extension InputCollector {
    /// One entry per file found (with its size, for progress, limits and
    /// batching), or per path that failed, in argument order: ``InputListing``,
    /// gathered. Folders are listed with `readdir` and `fstatat` (SystemIO's
    /// `Directory`): an archive of 10⁵ files is listed in well under a second.
    ///
    /// Folders are walked recursively; symbolic links to files count, links
    /// to folders are not followed (no cycles). Files are sorted by path.
    public func collectFiles(_ paths: [String]) -> [Result<InputFile, IngestError>] {
        Array(InputListing(paths: paths, pattern: pattern, pathBytes: pathBytes))
    }
}
