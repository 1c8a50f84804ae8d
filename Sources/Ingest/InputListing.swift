import Foundation
internal import SystemIO

/// The files that command-line paths expand to, listed lazily in sorted
/// path order: a file as given, a folder recursively for names matching a
/// pattern. Each file is `stat`ed when it is reached, so a batch can start
/// on the first files of an archive while the rest are still being listed,
/// and only the folders on the current path are held in memory (their
/// names), not the whole archive.
///
/// With `statsFiles` false, a name the folder itself marks as a regular
/// file (`d_type`) is not `stat`ed: its ``InputFile/size`` is nil, for a
/// reader that learns it when it opens the file. The path lookup of that
/// `fstatat(2)` was most of the listing's cost. Links and names of unknown
/// type are still `stat`ed.
///
/// The order is that of sorting every file's full path by its bytes
/// (``InputCollector/collectFiles(_:)`` is this listing, gathered): a
/// folder's entries are sorted with a `/` after each sub-folder's name, so a
/// sub-folder's files come exactly where their paths sort among its siblings
/// (`a.txt`, `a/b.txt`, `a0.txt`).
///
/// Missing paths, folders (and sub-folders) that cannot be opened, matching
/// names that cannot be `stat`ed (a broken symbolic link) and command-line
/// folders without a matching file are failures in place, so a batch
/// accounts for them. Symbolic links to files count; links to folders are
/// not followed (no cycles), and matching names that are not files (a pipe,
/// a link to a folder) are not documents.
///
/// A command-line path that is not UTF-8 is given in its `\xHH` form with
/// its bytes in `pathBytes` (``CommandLinePaths``), and opened by them.
///
/// Not thread-safe: one listing, read by one thread.
///
/// Byte order is code-point order, the order of `LC_ALL=C ls`, and it
/// tells apart names that Unicode calls equivalent: `é` written as one code
/// point or as `e` and a combining accent are two files on Linux, which
/// `String`'s `<` would call equal and leave in whatever order the folder
/// returned them.
public final class InputListing: Sequence, IteratorProtocol {
    /// A folder being listed: its sorted entries and how far the listing is.
    private struct Frame {
        let directory: Directory
        /// The folder's path and `/`, as shown.
        let prefix: String
        /// The same as bytes, when a name on it is not UTF-8.
        let rawPrefix: [UInt8]?
        let entries: [Directory.Entry]
        var index = 0

        /// The path of `entry`, as shown, and as bytes when it is not UTF-8.
        func path(of entry: Directory.Entry) -> (shown: String, raw: [UInt8]?) {
            let shown = prefix + entry.name
            guard rawPrefix != nil || entry.rawName != nil else { return (shown, nil) }
            return (shown, (rawPrefix ?? Array(prefix.utf8)) + entry.nameBytes)
        }
    }

    public let pattern: String
    private let glob: Glob
    private let statsFiles: Bool
    private var paths: ArraySlice<String>
    private let pathBytes: [String: [UInt8]]
    private var stack: [Frame] = []
    /// The command-line folder being walked, and how many files it gave so far.
    private var root: (path: String, files: Int)?

    public init(paths: [String], pattern: String = "*.txt", statsFiles: Bool = true, pathBytes: [String: [UInt8]] = [:]) {
        self.paths = paths[...]
        self.pathBytes = pathBytes
        self.pattern = pattern
        self.statsFiles = statsFiles
        glob = Glob(pattern)
    }

    /// The next file or failure, in order; nil at the end.
    public func next() -> Result<InputFile, IngestError>? {
        while true {
            if let entry = nextInFolder() { return entry }
            if let root {
                self.root = nil
                if root.files == 0 { return .failure(.noTextFiles(folder: root.path, pattern: pattern)) }
            }
            guard let path = paths.popFirst() else { return nil }
            if let outcome = start(path) { return outcome }
        }
    }

    /// A command-line path: a file's outcome, or nil when it is a folder now being walked.
    private func start(_ path: String) -> Result<InputFile, IngestError>? {
        let raw = pathBytes[path]
        let info: FileStatus
        do throws(SystemError) {
            if let raw { info = try FileStatus(pathBytes: raw) } else { info = try FileStatus(path: path) }
        } catch {
            return .failure(error.isNotFound || error.isNotAFolder ? .notFound(path: path)
                            : .unreadable(path: path, reason: error.message))
        }
        guard info.kind == .folder else { return .success(InputFile(path: path, size: info.size, rawPath: raw)) }
        let frame: Frame
        do throws(SystemError) {
            frame = try open(path, raw: raw)
        } catch {
            return .failure(.unreadable(path: path, reason: "cannot list folder (\(error.message))"))
        }
        stack.append(frame)
        root = (path, 0)
        return nil
    }

    /// The next matching file (or unreadable sub-folder) under the folders on the stack.
    private func nextInFolder() -> Result<InputFile, IngestError>? {
        // The frame is read in place, not copied (a copy retains its arrays and strings each time).
        while let last = stack.indices.last {
            let index = stack[last].index
            guard index < stack[last].entries.count else {
                stack.removeLast()
                continue
            }
            stack[last].index = index + 1
            let entry = stack[last].entries[index]
            let (path, raw) = stack[last].path(of: entry)
            if entry.kind == .folder {
                do throws(SystemError) {
                    stack.append(try open(path, raw: raw))
                } catch {
                    return .failure(.unreadable(path: path, reason: "cannot list folder (\(error.message))"))
                }
                continue
            }
            if !statsFiles && entry.kind == .regularFile {
                root?.files += 1
                return .success(InputFile(path: path, size: nil, rawPath: raw))
            }
            // Follows a symbolic link: a link to a file counts, a link to a folder is not walked.
            let info: FileStatus
            do throws(SystemError) {
                info = try stack[last].directory.status(ofEntry: entry, followingLinks: true)
            } catch {
                let brokenLink = entry.kind == .symbolicLink && error.isNotFound
                return .failure(.unreadable(path: path, reason: brokenLink ? "broken symbolic link" : error.message))
            }
            guard info.kind == .regularFile else { continue }
            root?.files += 1
            return .success(InputFile(path: path, size: info.size, rawPath: raw))
        }
        return nil
    }

    /// Opens `folder` (by `raw`, its bytes, when a name on it is not UTF-8)
    /// and sorts its sub-folders and matching names by their bytes.
    private func open(_ folder: String, raw: [UInt8]?) throws(SystemError) -> Frame {
        let directory: Directory
        if let raw { directory = try Directory(pathBytes: raw) } else { directory = try Directory(path: folder) }
        // Sort keys, one after another in one buffer: a name's own bytes (not the \xHH it is
        // shown with), and a `/` after a sub-folder's. The sort moves plain (start, count)
        // pairs, so it retains nothing.
        var entries: [Directory.Entry] = []
        var keys: [UInt8] = []
        var spans: [(start: Int32, count: Int32, entry: Int32)] = []
        while let entry = directory.next() {
            guard entry.kind == .folder || glob.matches(entry.name) else { continue }
            let start = keys.count
            if let rawName = entry.rawName { keys += rawName } else { keys.append(contentsOf: entry.name.utf8) }
            if entry.kind == .folder { keys.append(0x2F) }
            spans.append((Int32(start), Int32(keys.count - start), Int32(entries.count)))
            entries.append(entry)
        }
        keys.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            spans.sort { a, b in
                let order = memcmp(base + Int(a.start), base + Int(b.start), Int(Swift.min(a.count, b.count)))
                return order != 0 ? order < 0 : a.count < b.count
            }
        }
        let slash = folder.hasSuffix("/")
        return Frame(directory: directory, prefix: slash ? folder : folder + "/",
                     rawPrefix: raw.map { slash ? $0 : $0 + [0x2F] }, entries: spans.map { entries[Int($0.entry)] })
    }
}
