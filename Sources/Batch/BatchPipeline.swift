import Dispatch
import Foundation
import FactCore
import FactOutput
import Ingest

/// Runs a batch: a reader thread, `jobs` worker threads and an ordered
/// writer (the calling thread), with bounded memory.
///
/// ```
/// reader ──(bounded queue)──▶ workers × jobs ──(result board)──▶ writer
///   paths, lines                 decode, parse,                  sinks in input order,
///   in input order               extract, render                 ledger rows, progress
/// ```
///
/// - The reader takes a credit before it hands a document on: at most
///   ``BatchConfiguration/maxDocumentsInFlight`` work items and
///   ``BatchConfiguration/maxBytesInFlight`` input bytes (a bigger single
///   document goes alone) are between the reader and the writer, so memory
///   stays flat however long the input is.
/// - Files in folders are not `stat`ed by the reader (their path lookup was
///   most of its work): their bytes are charged by the worker that reads
///   them, which waits while the budget is spent unless its item is the
///   next to write, and an item of them closes at
///   ``BatchConfiguration/batchBytes`` once read, handing the rest back
///   first in line (``DocumentProcessor/process(_:shared:)``).
/// - Workers own an ``Extractor`` each; they also render each document's
///   text for sinks that conform to ``PrerenderingFactSink``.
/// - The writer takes results strictly in input order, so output is
///   byte-identical whatever the number of jobs.
///
/// Every input document reaches the sinks exactly once, failed ones with
/// no facts; documents skipped by `--resume` are reported to `onRow` with
/// their earlier row but not given to the sinks (their facts were written
/// by the earlier run).
public struct BatchPipeline {
    public var configuration: BatchConfiguration

    public init(configuration: BatchConfiguration) {
        self.configuration = configuration
    }

    /// The inputs `paths` expand to, in order, listed as they are read
    /// (`statsFiles`: with every file's size, else only when a link or the
    /// file system leaves its type open).
    static func inputs(_ paths: [String], configuration: BatchConfiguration, statsFiles: Bool) -> PlannedInputs {
        PlannedInputs(paths, pattern: configuration.effectiveGlob, statsFiles: statsFiles, pathBytes: configuration.pathBytes)
    }

    /// The inputs `paths` expand to, listed whole, and their total size
    /// when known (nil when standard input is among them).
    func plan(_ paths: [String]) -> (inputs: [PlannedInput], totalBytes: Int?) {
        let inputs = Array(Self.inputs(paths, configuration: configuration, statsFiles: true))
        var total: Int? = 0
        for input in inputs {
            switch input {
            case .standardInput: total = nil
            case .file(let file): total = total.map { $0 + (file.size ?? 0) }
            case .failed: break
            }
        }
        return (inputs, total)
    }

    /// Runs the batch over `paths` (files, folders, `-`), giving every
    /// document to every sink in input order and its ledger row to `onRow`.
    /// Sinks are not finished: the caller calls `finish()` when the run
    /// succeeded. A sink error stops the run and is rethrown.
    ///
    /// - Parameters:
    ///   - onStart: when given, the inputs are listed whole before the run
    ///     starts (a folder's files `stat`ed) and `onStart` is called once
    ///     with their total size, when known. Without it the reader lists
    ///     folders as it goes, so the workers start on the first files at once.
    ///   - onRow: called on the calling thread after each document.
    ///   - cancellation: when raised, the reader stops; documents already
    ///     read are finished and the summary says `interrupted`.
    public func run(_ paths: [String], sinks: inout [any FactSink],
                    cancellation: CancellationFlag? = nil,
                    onStart: ((Int?) -> Void)? = nil,
                    onRow: (LedgerRow, DocumentRecord) -> Void = { _, _ in }) throws -> BatchSummary {
        let started = DispatchTime.now()
        var listed: [PlannedInput]?
        if let onStart {
            let (inputs, totalBytes) = plan(paths)
            listed = inputs
            onStart(totalBytes)
        }

        let renderers: [(any FactRendering)?] = sinks.map { ($0 as? any PrerenderingFactSink)?.renderer }
        let configuration = self.configuration
        let shared = SharedState(documents: configuration.documentsInFlight, bytes: configuration.maxBytesInFlight)
        let threads = DispatchGroup()

        spawn("zhfacts-reader", group: threads) { [listed] in
            if let listed {
                Self.read(listed, configuration: configuration, shared: shared, cancellation: cancellation)
            } else {
                Self.read(Self.inputs(paths, configuration: configuration, statsFiles: false), configuration: configuration,
                          shared: shared, cancellation: cancellation)
            }
        }
        for worker in 0..<configuration.jobs {
            spawn("zhfacts-job-\(worker + 1)", group: threads) {
                let processor = DocumentProcessor(configuration: configuration, renderers: renderers)
                while let item = shared.takeItem() {
                    defer { shared.finishItem() }
                    if shared.isAborted { continue }
                    shared.post(processor.process(item, shared: shared), sequence: item.sequence)
                }
            }
        }

        var summary = BatchSummary()
        var failure: (any Error)?
        // The sinks that take pre-rendered text, cast once (written back when the run ends).
        var prerendering: [(any PrerenderingFactSink)?] = sinks.map { $0 as? any PrerenderingFactSink }
        defer {
            for (index, sink) in prerendering.enumerated() { if let sink { sinks[index] = sink } }
        }
        var written = 0
        writing: while true {
            guard let result = shared.nextResult() else { break }
            written += result.outcomes.count
            defer { shared.release(result.credit, items: result.countCredit, writtenThrough: written) }
            for outcome in result.outcomes {
                if let row = outcome.resumed {
                    summary.count(row, resumed: true)
                    onRow(row, outcome.record)
                    continue
                }
                do {
                    for index in sinks.indices {
                        guard prerendering[index] != nil else {
                            try sinks[index].add(outcome.record, facts: outcome.facts)
                            continue
                        }
                        if index < outcome.rendered.count, let text = outcome.rendered[index] {
                            try prerendering[index]!.add(outcome.record, factCount: outcome.factCount, rendered: text)
                        } else {
                            try prerendering[index]!.add(outcome.record, facts: outcome.facts)
                        }
                    }
                } catch {
                    failure = error
                    shared.abort()
                    break writing
                }
                let row = LedgerRow(outcome.record, facts: outcome.factCount)
                summary.count(row, resumed: false)
                onRow(row, outcome.record)
            }
        }
        threads.wait()
        if let failure { throw failure }
        summary.interrupted = cancellation?.isRaised ?? false
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return summary
    }

    // MARK: Reader

    /// Turns the planned inputs into work items, in order, under credit.
    private static func read(_ inputs: some Sequence<PlannedInput>, configuration: BatchConfiguration,
                             shared: SharedState, cancellation: CancellationFlag?) {
        let batch = Batcher(configuration: configuration, shared: shared, cancellation: cancellation)
        defer {
            _ = batch.flush()
            shared.close(total: batch.documents)
        }
        for input in inputs {
            switch input {
            case .failed(let error):
                let record = DocumentRecord(id: error.document, path: error.document, bytes: 0,
                                            status: .error, message: error.description)
                guard batch.add(.failed(record), bytes: 0) else { return }
            case .standardInput where configuration.inputFormat == .text:
                guard batch.add(.standardInputText, bytes: configuration.maxBytesInFlight) else { return }
            case .file(let file) where configuration.inputFormat == .text:
                if let row = configuration.resume?.row(for: file.path) {
                    guard batch.add(.resumed(row, path: file.path), bytes: 0) else { return }
                } else {
                    guard batch.add(.file(file), bytes: file.size ?? 0) else { return }
                }
            case .standardInput, .file:
                var file: InputFile?
                if case .file(let given) = input { file = given }
                let path = file?.path ?? "-"
                let reader: LineReader
                do {
                    reader = try LineReader(file: file, maxLineBytes: configuration.maxDocumentBytes)
                } catch {
                    let record = DocumentRecord(id: error.document, path: path, bytes: 0, status: .error, message: error.description)
                    guard batch.add(.failed(record), bytes: 0) else { return }
                    continue
                }
                while true {
                    // Hand on what is gathered before waiting for more input (a live stream).
                    if !reader.hasBufferedLine { guard batch.flush() else { return } }
                    let line: LineReader.Line?
                    do {
                        line = try reader.next()
                    } catch {
                        let record = DocumentRecord(id: reader.name, path: path, bytes: 0,
                                                    status: .error, message: error.description)
                        _ = batch.add(.failed(record), bytes: 0)
                        break
                    }
                    guard let line else { break }
                    switch line {
                    case .line(let number, let bytes):
                        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                        guard batch.add(.line(source: reader.name, number: number, bytes: bytes), bytes: bytes.count) else { return }
                    case .tooLong(let number, let bytes, let prefix):
                        guard batch.add(.longLine(source: reader.name, number: number, bytes: bytes, prefix: prefix),
                                        bytes: prefix.count) else { return }
                    }
                }
            }
        }
    }

    /// Starts a thread with a generous stack that leaves `group` when done,
    /// named for `top -H`, `perf` and debuggers.
    private func spawn(_ name: String, group: DispatchGroup, _ body: @escaping @Sendable () -> Void) {
        group.enter()
        let thread = Thread {
            Thread.current.name = name
            body()
            group.leave()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }
}

/// The monitors the reader, the workers and the writer share.
///
/// Each has one kind of waiter, and a change wakes a waiter only when it
/// can go on: an item queued wakes one worker; a result wakes the writer
/// when the next one to write is ready and a few more with it, or when a
/// worker finds the queue empty (nothing more is coming soon: a live
/// stream is answered at once); returned credit wakes the reader only once
/// a quarter of the window is free again (so the reader refills in bursts
/// rather than once per item). Closing and aborting wake everyone.
final class SharedState: Sendable {
    struct Queue {
        var items = FIFO<WorkItem>()
        var closed = false
        /// Items taken and not yet finished: a worker may still hand back part of one.
        var active = 0

        /// Nothing is queued, nothing more will be: the reader is done and no
        /// worker holds an item it could hand part of back.
        var drained: Bool { closed && active == 0 && items.isEmpty }
    }

    struct Board {
        /// Results by the input-order position of their first document.
        var results: [Int: WorkResult] = [:]
        /// The position of the next document to write.
        var next = 0
        /// The number of documents, once the reader is done.
        var total: Int?
        /// Workers waiting for budget that only written results free: the
        /// writer then goes on every result, not every few.
        var waitingForBudget = 0

        var writerCanGo: Bool { results[next] != nil || total == next }
    }

    struct Credits {
        /// Work items (batches of documents) that may still be issued.
        var documents: Int
        /// Bytes of the budget still free (below 0 while the next item to write overran it).
        var bytes: Int
        var aborted = false
        /// The bytes the reader waits for, while it waits.
        var readerNeeds: Int?
        /// The position of the next document to write, as of the last result written.
        var written = 0
        /// Workers waiting in ``SharedState/charge(_:sequence:)``.
        var chargers = 0
    }

    let queue = Monitor(Queue())
    let board = Monitor(Board())
    let credits: Monitor<Credits>
    /// Free work items at which a waiting reader is woken.
    private let refill: Int

    init(documents: Int, bytes: Int) {
        credits = Monitor(Credits(documents: documents, bytes: bytes))
        refill = max(1, documents / 4)
    }

    var isAborted: Bool { credits.read { $0.aborted } }

    // MARK: Reader

    /// Blocks until one work item and `bytes` bytes are free; false once aborted.
    func acquire(_ bytes: Int) -> Bool {
        func take(_ state: inout Credits) -> Bool? {
            if state.aborted { return false }
            guard state.documents > 0, state.bytes >= bytes else { return nil }
            state.documents -= 1
            state.bytes -= bytes
            state.readerNeeds = nil
            return true
        }
        if let taken = credits.withLock(waking: .nobody, { state -> Bool? in
            let taken = take(&state)
            if taken == nil { state.readerNeeds = bytes }
            return taken
        }) {
            return taken
        }
        return credits.wait(until: { ($0.documents > 0 && $0.bytes >= bytes) || $0.aborted }) { take(&$0) ?? false }
    }

    /// Queues a work item for the workers.
    func enqueue(_ item: WorkItem) {
        queue.withLock(waking: .one) { $0.items.append(item) }
    }

    /// Puts the rest of an item a worker handed back first in line.
    func requeue(_ item: WorkItem) {
        queue.withLock(waking: .one) { $0.items.prepend(item) }
    }

    /// Takes `bytes` of the budget for a document a worker has read, waiting
    /// while the budget is spent, unless the document's item (first
    /// document at `sequence`) is the next to be written: that one always
    /// goes on (it is what frees the budget), overrunning it if it must.
    func charge(_ bytes: Int, sequence: Int) {
        guard bytes > 0 else { return }
        let taken = credits.withLock(waking: .nobody) { state -> Bool in
            guard state.aborted || state.bytes >= bytes || state.written == sequence else {
                state.chargers += 1
                return false
            }
            state.bytes -= bytes
            return true
        }
        if taken { return }
        // The writer may be holding off for a few more results, and only it frees the budget:
        // wake it for what is ready, and have every result wake it while this worker waits.
        board.withLock(waking: { $0.writerCanGo ? .one : .nobody }) { $0.waitingForBudget += 1 }
        credits.wait(until: { $0.aborted || $0.bytes >= bytes || $0.written == sequence }) { state in
            state.chargers -= 1
            state.bytes -= bytes
        }
        board.withLock(waking: .nobody) { $0.waitingForBudget -= 1 }
    }

    /// The reader is done: `total` documents were issued.
    func close(total: Int) {
        queue.withLock(waking: .everyone) { $0.closed = true }
        board.withLock(waking: .everyone) { $0.total = total }
    }

    // MARK: Workers

    /// The next work item, waiting for one; nil once the queue is drained
    /// (closed, empty, and no item held that a worker could hand part of
    /// back). Every item taken is finished with ``finishItem()``.
    ///
    /// A worker that finds the queue empty first wakes the writer for what
    /// is ready, so a live stream's results are written as soon as no more
    /// work is waiting.
    func takeItem() -> WorkItem? {
        if queue.read(\.items.isEmpty) { board.withLock(waking: { $0.writerCanGo ? .one : .nobody }) { _ in } }
        return queue.wait(until: { !$0.items.isEmpty || $0.drained },
                          waking: { $0.items.isEmpty ? .nobody : .one }) { state -> WorkItem? in
            guard let item = state.items.popFirst() else { return nil }
            state.active += 1
            return item
        }
    }

    /// A worker is done with the item it took (and has posted its result).
    func finishItem() {
        queue.withLock(waking: { $0.drained ? .everyone : .nobody }) { $0.active -= 1 }
    }

    /// Results ready before a worker wakes the writer, while work is queued.
    static let writerBatch = 4

    /// Posts the result of the work item whose first document is at `sequence`.
    /// The writer is woken once the next result to write and a few more are
    /// ready (``takeItem()`` wakes it sooner when the queue runs dry), or at
    /// once while a worker waits in ``charge(_:sequence:)`` for budget.
    func post(_ result: WorkResult, sequence: Int) {
        board.withLock(waking: { state in
            guard state.results[state.next] != nil else { return .nobody }
            return state.results.count >= Self.writerBatch || state.waitingForBudget > 0 ? .one : .nobody
        }) {
            $0.results[sequence] = result
        }
    }

    // MARK: Writer

    /// The next result in input order, waiting for it; nil after the last.
    func nextResult() -> WorkResult? {
        board.wait(until: \.writerCanGo) { state -> WorkResult? in
            guard let result = state.results.removeValue(forKey: state.next) else { return nil }
            state.next += result.outcomes.count
            return result
        }
    }

    /// Returns a written result's credit (`items` work items and `bytes`);
    /// the documents before `writtenThrough` are written.
    func release(_ bytes: Int, items: Int, writtenThrough: Int) {
        let refill = self.refill
        credits.withLock(waking: { state in
            // Workers waiting to charge share the condition with the reader: wake them all.
            if state.chargers > 0 { return .everyone }
            guard let needs = state.readerNeeds, state.bytes >= needs else { return .nobody }
            return state.documents >= refill ? .one : .nobody
        }) { state in
            state.documents += items
            state.bytes += bytes
            state.written = writtenThrough
        }
    }

    /// Stops the reader and makes workers drop what is left.
    func abort() {
        credits.withLock(waking: .everyone) { $0.aborted = true }
    }
}

/// Gathers consecutive documents into work items for the reader.
final class Batcher {
    private let configuration: BatchConfiguration
    private let shared: SharedState
    private let cancellation: CancellationFlag?
    private var pending: [WorkSource] = []
    private var pendingBytes = 0
    /// Documents issued so far.
    private(set) var documents = 0

    init(configuration: BatchConfiguration, shared: SharedState, cancellation: CancellationFlag?) {
        self.configuration = configuration
        self.shared = shared
        self.cancellation = cancellation
    }

    /// Adds a document of `bytes` input bytes; false when the run is stopping.
    func add(_ source: WorkSource, bytes: Int) -> Bool {
        guard cancellation?.isRaised != true else { return false }
        if !pending.isEmpty, pendingBytes + bytes > configuration.batchBytes {
            guard flush() else { return false }
        }
        pending.append(source)
        pendingBytes += bytes
        if pending.count >= configuration.maxBatchDocuments || pendingBytes >= configuration.batchBytes {
            return flush()
        }
        return true
    }

    /// Issues the gathered documents as one work item (waiting for credit).
    func flush() -> Bool {
        guard !pending.isEmpty else { return true }
        let credit = min(max(pendingBytes, 1), configuration.maxBytesInFlight)
        guard shared.acquire(credit) else { return false }
        let item = WorkItem(sequence: documents, sources: pending, credit: credit)
        documents += pending.count
        pending.removeAll(keepingCapacity: true)
        pendingBytes = 0
        shared.enqueue(item)
        return true
    }
}
