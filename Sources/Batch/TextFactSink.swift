import FactCore
import FactOutput

/// Turns one document's facts into output bytes (UTF-8). Workers call it in
/// parallel, so the ordered writer only copies bytes.
public protocol FactRendering: Sendable {
    func render(_ record: DocumentRecord, facts: [Fact]) -> UTF8Buffer
}

/// A sink whose text can be produced ahead of time by a ``FactRendering``
/// on the worker threads; the pipeline then calls
/// ``add(_:factCount:rendered:)`` with that text instead of ``FactSink/add(_:facts:)``.
/// When every sink of a batch prerenders, the workers keep only the count of
/// a document's facts: the facts are freed where they were made, and the
/// ordered writer only copies bytes.
public protocol PrerenderingFactSink: FactSink {
    var renderer: any FactRendering { get }
    mutating func add(_ record: DocumentRecord, factCount: Int, rendered: UTF8Buffer) throws
}

/// CSV or JSON Lines facts, optionally followed per document by a status line.
///
/// With `statusLines` (JSON Lines only), every document, including one with
/// no facts or one that failed, gets one line after its facts:
///
/// ```json
/// {"doc":"a17","status":"ok","bytes":2048,"facts":0,"message":null}
/// {"doc":"a18","status":"error","bytes":0,"facts":0,"message":"a18: empty document"}
/// ```
///
/// Status lines have a `status` key, fact lines never do, so a consumer
/// (a Spark job) can account for every document from the stream alone.
public struct TextRenderer: FactRendering {
    public var format: FactFormat
    public var statusLines: Bool
    private let writer: any FactWriter

    /// - Parameter csvMeta: CSV records end with a `meta` column (JSON Lines input).
    public init(format: FactFormat, bom: Bool = false, statusLines: Bool = false, csvMeta: Bool = false) {
        self.format = format
        self.statusLines = statusLines && format == .jsonl
        writer = format.makeWriter(bom: bom, csvMeta: csvMeta)
    }

    /// The text before the first document (the CSV header).
    public var header: String { writer.header }

    public func render(_ record: DocumentRecord, facts: [Fact]) -> UTF8Buffer {
        var out = UTF8Buffer(capacity: facts.count * 640)
        writer.write(facts, meta: record.meta, into: &out)
        if statusLines { Self.appendStatusLine(record, facts: facts.count, to: &out) }
        return out
    }

    static func appendStatusLine(_ record: DocumentRecord, facts: Int, to out: inout UTF8Buffer) {
        out.append("{\"doc\":")
        out.appendJSONString(record.id)
        out.append(",\"status\":\"")
        out.append(record.status.rawValue)
        out.append("\",\"bytes\":")
        out.append(record.bytes)
        out.append(",\"facts\":")
        out.append(facts)
        out.append(",\"message\":")
        out.appendJSONString(record.message)
        out.append("}\n")
    }
}

/// Facts as CSV or JSON Lines into an ``AtomicOutput`` (a file renamed into
/// place on ``finish()``, or standard output flushed after every document).
///
/// A class, so the pipeline hands it text without copying its buffer.
public final class TextFactSink: PrerenderingFactSink {
    public private(set) var output: AtomicOutput
    private let textRenderer: TextRenderer

    /// Writes the CSV header unless the output resumes a non-empty file.
    public init(output: AtomicOutput, renderer: TextRenderer) {
        self.output = output
        textRenderer = renderer
        if !output.resumedNonEmpty { self.output.write(renderer.header) }
    }

    public var renderer: any FactRendering { textRenderer }

    public func add(_ record: DocumentRecord, facts: [Fact]) throws {
        try add(record, factCount: facts.count, rendered: textRenderer.render(record, facts: facts))
    }

    public func add(_ record: DocumentRecord, factCount: Int, rendered: UTF8Buffer) throws {
        output.write(rendered)
        if output.flushesImmediately { try output.flushOrThrow() }
    }

    public func finish() throws { try output.finish() }

    /// Deletes the temporary file (after a fatal error).
    public func abandon() { output.abandon() }
}
