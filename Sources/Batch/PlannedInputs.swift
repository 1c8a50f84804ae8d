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
    private var listing: InputListing?

    init(_ paths: [String], pattern: String) {
        self.paths = paths[...]
        self.pattern = pattern
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
            listing = InputListing(paths: [path], pattern: pattern)
        }
    }
}
