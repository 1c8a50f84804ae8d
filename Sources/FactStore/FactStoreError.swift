/// Why the SQLite fact store could not be written.
public enum FactStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The database could not be opened, written or renamed into place.
    case io(path: String, reason: String)
    /// ``SQLiteFactSink/add(_:facts:)`` or ``SQLiteFactSink/addFindings(_:)`` after ``SQLiteFactSink/finish()``.
    case finished(path: String)
    /// An existing file given with `append` is not a zhfacts fact store of a known version.
    case incompatibleSchema(path: String, version: Int)

    public var description: String {
        switch self {
        case .io(let path, let reason): "\(path): \(reason)"
        case .finished(let path): "\(path): the fact store is already finished"
        case .incompatibleSchema(let path, let version):
            "\(path): not a zhfacts fact store of schema version \(FactStoreSchema.version) (user_version \(version))"
        }
    }
}
