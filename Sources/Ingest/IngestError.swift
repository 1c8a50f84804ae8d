/// Why an input could not become a document. Every case names the input.
public enum IngestError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path does not exist.
    case notFound(path: String)
    /// A folder holds no file matching the pattern.
    case noTextFiles(folder: String, pattern: String)
    /// The file exists but could not be read.
    case unreadable(path: String, reason: String)
    /// The bytes are not valid in the encoding; `byteOffset` is the first bad byte.
    case undecodable(document: String, encoding: String, byteOffset: Int?)
    /// The document has no text at all.
    case empty(document: String)
    /// Binary data (NUL bytes or control characters), not text.
    case notText(document: String, byteOffset: Int)
    /// Larger than the `--max-doc-bytes` limit.
    case tooLarge(document: String, bytes: Int, limit: Int)
    /// A JSON Lines input line that is not a document object.
    case malformedLine(source: String, line: Int, reason: String)
    /// `--encoding` names a charset ICU has no converter for.
    case unknownEncoding(document: String, encoding: String)

    /// The input the error is about.
    public var document: String {
        switch self {
        case .notFound(let path), .unreadable(let path, _): return path
        case .noTextFiles(let folder, _): return folder
        case .undecodable(let document, _, _), .empty(let document), .notText(let document, _),
             .tooLarge(let document, _, _), .unknownEncoding(let document, _):
            return document
        case .malformedLine(let source, let line, _): return "\(source):\(line)"
        }
    }

    public var description: String {
        switch self {
        case .notFound(let path): return "\(path): no such file or folder"
        case .noTextFiles(let folder, let pattern): return "\(folder): folder holds no \(pattern) file"
        case .unreadable(let path, let reason): return "\(path): cannot read (\(reason))"
        case .undecodable(let document, let encoding, let offset):
            if let offset { return "\(document): not valid \(encoding): undecodable byte at offset \(offset)" }
            return "\(document): not valid \(encoding)"
        case .empty(let document): return "\(document): empty document"
        case .notText(let document, let offset): return "\(document): not text (binary byte at offset \(offset))"
        case .tooLarge(let document, let bytes, let limit): return "\(document): \(bytes) bytes, over the --max-doc-bytes limit of \(limit)"
        case .malformedLine(let source, let line, let reason): return "\(source):\(line): malformed JSON Lines record (\(reason))"
        case .unknownEncoding(let document, let encoding): return "\(document): unknown encoding '\(encoding)'"
        }
    }
}
