/// A reference table that cannot be read, with the line at fault.
public struct ReferenceTableError: Error, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based line (0 when the whole file is at fault).
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }
}
