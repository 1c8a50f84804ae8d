import Foundation

/// Expands command-line paths into the files to read: a file as given, a
/// folder recursively for names matching a pattern (`*.txt`), sorted by
/// their UTF-8 bytes (``utf8Precedes(_:_:)``) so output order is deterministic. Missing paths and empty folders become
/// errors in place, so the caller reports them and goes on.
public struct InputCollector: Sendable {
    /// Glob over file names: `*` and `?` wildcards.
    public var pattern: String

    public init(pattern: String = "*.txt") {
        self.pattern = pattern
    }

    /// One entry per file found, or per path that failed, in argument order.
    public func collect(_ paths: [String]) -> [Result<String, IngestError>] {
        var result: [Result<String, IngestError>] = []
        let manager = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
                result.append(.failure(.notFound(path: path)))
                continue
            }
            guard isFolder.boolValue else {
                result.append(.success(path))
                continue
            }
            guard let enumerator = manager.enumerator(atPath: path) else {
                result.append(.failure(.unreadable(path: path, reason: "cannot list folder")))
                continue
            }
            var found: [String] = []
            let glob = Glob(pattern)
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                guard glob.matches(name) else { continue }
                let full = (path as NSString).appendingPathComponent(relative)
                var entryIsFolder: ObjCBool = false
                if manager.fileExists(atPath: full, isDirectory: &entryIsFolder), !entryIsFolder.boolValue {
                    found.append(full)
                }
            }
            if found.isEmpty {
                result.append(.failure(.noTextFiles(folder: path, pattern: pattern)))
            } else {
                result += found.sorted(by: utf8Precedes).map { .success($0) }
            }
        }
        return result
    }
}

/// Whether `a` sorts before `b` by their UTF-8 bytes: the order of paths in
/// a listing (code-point order; `String`'s `<` would compare canonically
/// equivalent names equal).
func utf8Precedes(_ a: String, _ b: String) -> Bool {
    var a = a, b = b
    return a.withUTF8 { x in b.withUTF8 { y in
        let common = min(x.count, y.count)
        if common > 0, let base = x.baseAddress, let other = y.baseAddress {
            let order = memcmp(base, other, common)
            if order != 0 { return order < 0 }
        }
        return x.count < y.count
    } }
}

/// A file to read, with its size when it could be found.
public struct InputFile: Sendable, Hashable {
    /// The path as given or found; a name on it that is not UTF-8 is shown
    /// with its other bytes as `\xHH` (the file's id in every output).
    public var path: String
    /// Size in bytes (0 when `stat` failed; reading will then report why).
    public var size: Int
    /// The path's bytes, when a name on it is not UTF-8 (what opens the file); nil otherwise.
    public var rawPath: [UInt8]?

    public init(path: String, size: Int, rawPath: [UInt8]? = nil) {
        self.path = path
        self.size = size
        self.rawPath = rawPath
    }
}

extension InputCollector {
    /// Like ``collect(_:)``, with each file's size (for progress, limits and
    /// batching), listing folders with `readdir` and `fstatat` (SystemIO's `Directory`) rather than
    /// `FileManager` (an archive of 10⁵ files is listed in well under a second):
    /// ``InputListing``, gathered.
    ///
    /// Folders are walked recursively; symbolic links to files count, links
    /// to folders are not followed (no cycles). Files are sorted by path.
    public func collectFiles(_ paths: [String]) -> [Result<InputFile, IngestError>] {
        Array(InputListing(paths: paths, pattern: pattern))
    }
}
