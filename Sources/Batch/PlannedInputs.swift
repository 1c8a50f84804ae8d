import Ingest

/// The inputs that command-line paths expand to, in order, listed as they
/// are read: `-` is standard input, and every other path goes through an
/// ``Ingest/InputListing``.
///
/// A concrete iterator. A lazy flat map of type-erased sequences did the
/// same, but the runtime looked up its generic metadata for every file.
struct PlannedInputs: Sequence, IteratorProtocol {
    private var paths: ArraySlice<String>
    private let pattern: String
    private let statsFiles: Bool
    private let pathBytes: [String: [UInt8]]
    private var listing: InputListing?

    /// - Parameter statsFiles: whether every file's size is found while listing
    ///   (``Ingest/InputListing``); false leaves it to the worker that opens it.
    init(_ paths: [String], pattern: String, statsFiles: Bool, pathBytes: [String: [UInt8]] = [:]) {
        self.paths = paths[...]
        self.pathBytes = pathBytes
        self.pattern = pattern
        self.statsFiles = statsFiles
    }

    mutating func next() -> PlannedInput? {
        while true {
            if let listing {
                switch listing.next() {
                case .success(let file): return .file(file)
                case .failure(let error): return .failed(error)
                case nil: self.listing = nil
                }
            }
            guard let path = paths.popFirst() else { return nil }
            if path == "-" { return .standardInput }
            listing = InputListing(paths: [path], pattern: pattern, statsFiles: statsFiles, pathBytes: pathBytes)
        }
    }
}
