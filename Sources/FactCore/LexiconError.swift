/// A lexicon file that could not be read or has a malformed line.
public struct LexiconError: Error, Sendable, CustomStringConvertible {
    /// The file, as a path.
    public var file: String
    /// 1-based line, or nil when the whole file is at fault.
    public var line: Int?
    public var reason: String

    public init(file: String, line: Int?, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String {
        if let line { return "\(file):\(line): \(reason)" }
        return "\(file): \(reason)"
    }
}
