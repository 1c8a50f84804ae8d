import Extraction
import FactCore
import FactOutput
import Ingest

/// A worker's tools: reads, decodes, parses and extracts one document.
///
/// Owns an ``Extractor`` (ICU iterators), so it is not `Sendable`: every
/// worker thread makes its own.
final class DocumentProcessor {
    private let configuration: BatchConfiguration
    private let extractor: Extractor?
    private let startupFailure: String?
    /// Renderers by sink index, for sinks that accept pre-rendered text.
    private let renderers: [(any FactRendering)?]
    /// Whether every sink takes pre-rendered text (then no sink reads the facts).
    private let everySinkPrerenders: Bool

    init(configuration: BatchConfiguration, renderers: [(any FactRendering)?]) {
        self.configuration = configuration
        self.renderers = renderers
        everySinkPrerenders = renderers.allSatisfy { $0 != nil }
        do {
            extractor = try Extractor(lexicons: configuration.lexicons, options: configuration.options)
            startupFailure = nil
        } catch {
            extractor = nil
            startupFailure = "cannot start an extractor: \(error)"
        }
    }

    /// Processes `item`'s documents in order.
    ///
    /// A file listed without its size (the reader did not `stat` it) is
    /// charged to the in-flight budget as soon as it is read, before it is
    /// decoded and extracted (``SharedState/charge(_:sequence:)``, which waits
    /// while the budget is spent, unless this item is the next to be
    /// written). Such an item was batched by count only: once its documents
    /// read reach ``BatchConfiguration/batchBytes``, the rest goes back to the
    /// queue, first in line, before this document's extraction, so that
    /// another worker takes it at once: big files are shared out as the
    /// reader would have shared them had it known their sizes.
    func process(_ item: WorkItem, shared: SharedState) -> WorkResult {
        var outcomes: [WorkOutcome] = []
        outcomes.reserveCapacity(item.sources.count)
        var charged = 0, bytes = 0
        var handedBack = false
        for (offset, source) in item.sources.enumerated() {
            guard case .file(let file) = source, file.size == nil else {
                let outcome = process(source)
                outcomes.append(outcome)
                bytes += outcome.record.bytes
                continue
            }
            outcomes.append(process(source) { read in
                bytes += read
                shared.charge(read, sequence: item.sequence)
                charged += read
                if bytes >= configuration.batchBytes, offset + 1 < item.sources.count {
                    shared.requeue(WorkItem(sequence: item.sequence + offset + 1, sources: Array(item.sources[(offset + 1)...]),
                                            credit: 0, countCredit: 0))
                    handedBack = true
                }
            })
            if handedBack { break }
        }
        return WorkResult(outcomes: outcomes, credit: item.credit + charged, countCredit: item.countCredit)
    }

    /// One document; `onRead` is told a file's size once its bytes are in
    /// memory (not for a file that could not be read or was too large).
    func process(_ source: WorkSource, onRead: (Int) -> Void = { _ in }) -> WorkOutcome {
        var record: DocumentRecord
        var facts: [Fact] = []
        switch source {
        case .resumed(let row, let path):
            return WorkOutcome(record: DocumentRecord(id: row.id, path: path, bytes: row.bytes, status: .ok),
                               facts: [], factCount: 0, rendered: [], resumed: row)
        case .failed(let failed):
            record = failed
        case .file(let file):
            (record, facts) = processFile(file, onRead: onRead)
        case .standardInputText:
            (record, facts) = processStandardInput()
        case .line(let source, let number, let bytes):
            let (parsed, document) = parseLine(source: source, number: number, bytes: bytes)
            if let document, let row = configuration.resume?.row(for: document.id) {
                return WorkOutcome(record: parsed, facts: [], factCount: 0, rendered: [], resumed: row)
            }
            record = parsed
            if let document { facts = extract(document, into: &record) }
        case .longLine(let source, let number, let bytes, let prefix):
            let id = JSONLRecord.peekID(prefix)
            let name = id ?? "\(source):\(number)"
            if let id, let row = configuration.resume?.row(for: id) {
                return WorkOutcome(record: DocumentRecord(id: id, bytes: bytes, status: .ok), facts: [],
                                   factCount: 0, rendered: [], resumed: row)
            }
            let error = IngestError.tooLarge(document: name, bytes: bytes, limit: configuration.maxDocumentBytes)
            record = DocumentRecord(id: name, path: source, bytes: bytes, status: .skipped,
                                    message: "\(error) (\(source):\(number))")
        }
        let rendered = renderers.map { $0?.render(record, facts: facts) }
        // Facts no sink reads are freed here, on the thread that made them.
        return WorkOutcome(record: record, facts: everySinkPrerenders ? [] : facts, factCount: facts.count,
                           rendered: rendered, resumed: nil)
    }

    // MARK: Text documents

    private func processFile(_ file: InputFile, onRead: (Int) -> Void) -> (DocumentRecord, [Fact]) {
        var record = DocumentRecord(id: file.path, path: file.path, bytes: file.size ?? 0, status: .ok)
        do throws(IngestError) {
            let contents = try DocumentReader.read(file, limit: configuration.maxDocumentBytes)
            record.bytes = contents.bytes.count
            onRead(contents.bytes.count)
            let decoded = try TextDecoding.decode(contents.bytes, document: file.path, encoding: configuration.encoding)
            let facts = extract(Document(id: file.path, content: decoded.content), into: &record)
            return (record, facts)
        } catch {
            fail(&record, error)
            // A file the listing did not `stat` and that could not be opened or read
            // still has a size to report (stat needs no read permission).
            if file.size == nil, record.bytes == 0 { record.bytes = DocumentReader.size(of: file) ?? 0 }
            return (record, [])
        }
    }

    private func processStandardInput() -> (DocumentRecord, [Fact]) {
        let name = DocumentReader.standardInputName
        var record = DocumentRecord(id: name, bytes: 0, status: .ok)
        do throws(IngestError) {
            let contents = try DocumentReader.readStandardInput(limit: configuration.maxDocumentBytes)
            record.bytes = contents.bytes.count
            let decoded = try TextDecoding.decode(contents.bytes, document: name, encoding: configuration.encoding)
            let facts = extract(Document(id: name, content: decoded.content), into: &record)
            return (record, facts)
        } catch {
            fail(&record, error)
            return (record, [])
        }
    }

    private func fail(_ record: inout DocumentRecord, _ error: IngestError) {
        switch error {
        case .tooLarge(_, let bytes, _):
            record.status = .skipped
            record.bytes = bytes
        default:
            record.status = .error
        }
        record.message = error.description
    }

    // MARK: JSON Lines

    /// The record for a line and, when it parsed and passed the checks, its document.
    private func parseLine(source: String, number: Int, bytes: [UInt8]) -> (DocumentRecord, Document?) {
        let parsed: JSONLRecord
        do {
            parsed = try JSONLRecord.parse(bytes)
        } catch {
            let id = error.id ?? "\(source):\(number)"
            let message = IngestError.malformedLine(source: source, line: number, reason: error.description).description
            return (DocumentRecord(id: id, path: source, bytes: bytes.count, status: .error, message: message), nil)
        }
        var record = DocumentRecord(id: parsed.id, path: source, bytes: bytes.count, date: parsed.date,
                                    status: .ok, meta: parsed.meta)
        var date: CalendarDate?
        if let text = parsed.date {
            guard let valid = CalendarDate(iso: text) else {
                let error = IngestError.malformedLine(source: source, line: number,
                                                      reason: "\"date\" '\(text)' is not a real YYYY-MM-DD date")
                record.status = .error
                record.message = "\(parsed.id): \(error)"
                return (record, nil)
            }
            date = valid
        }
        let content: UTF8Text
        do throws(IngestError) {
            content = try TextDecoding.validated(parsed.text, document: parsed.id)
        } catch {
            record.status = .error
            record.message = "\(error) (\(source):\(number))"
            return (record, nil)
        }
        return (record, Document(id: parsed.id, content: content, publicationDate: date, meta: parsed.meta))
    }

    // MARK: Extraction

    private func extract(_ document: Document, into record: inout DocumentRecord) -> [Fact] {
        guard let extractor else {
            record.status = .error
            record.message = "\(document.id): \(startupFailure ?? "no extractor")"
            return []
        }
        do {
            return try extractor.extract(document)
        } catch {
            record.status = .error
            record.message = error.description
            return []
        }
    }
}
