/// Errors of the conformance runners; each names the file (and line) at fault.
public enum ConformanceError: Error, Sendable, CustomStringConvertible {
    /// A file or folder the suite needs is not there.
    case missing(path: String)
    /// A file could not be read as UTF-8.
    case unreadable(path: String)
    /// A line or entry of a suite file is malformed.
    case malformed(path: String, line: Int, reason: String)
    /// Tagged tokens did not line up with the plain text they were made from.
    case misaligned(path: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .missing(let path): return "CONF001 \(path): not found"
        case .unreadable(let path): return "CONF002 \(path): cannot be read as UTF-8"
        case .malformed(let path, let line, let reason): return "CONF003 \(path):\(line): \(reason)"
        case .misaligned(let path, let line, let reason): return "CONF004 \(path):\(line): \(reason)"
        }
    }
}
