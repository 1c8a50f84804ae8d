import Foundation
import Testing
import TestSupport
@testable import Batch
import FactCore
import FactOutput
import Ingest

/// The reader → workers → writer hand-offs wake only the thread that can go
/// on (``SharedState``); under every budget, every document still reaches the
/// sinks once, in input order, and the run ends.
@Suite struct HandOffTests {
    final class RecordingSink: FactSink {
        var ids: [String] = []
        var facts = 0
        func add(_ record: DocumentRecord, facts: [Fact]) throws {
            ids.append(record.id)
            self.facts += facts.count
        }
        func finish() throws {}
    }

    /// A configuration with the given budget, items closing at 1,500 bytes.
    static func budget(_ format: InputFormat, jobs: Int, inFlight: Int, batch: Int, bytesInFlight: Int) -> BatchConfiguration {
        var configuration = BatchConfiguration(lexicons: testLexicons, inputFormat: format, jobs: jobs)
        configuration.maxDocumentsInFlight = inFlight
        configuration.maxBatchDocuments = batch
        configuration.batchBytes = 1_500
        configuration.maxBytesInFlight = bytesInFlight
        return configuration
    }

    /// Budgets from one item in flight to many, with bytes as the binding
    /// limit in some (documents of 100–2,000 bytes against a 3,000-byte window).
    @Test(.timeLimit(.minutes(2)),
          arguments: [(1, 2, 1, 1 << 20), (2, 2, 1, 3_000), (3, 9, 2, 3_000), (4, 5, 1, 1 << 20),
                      (8, 40, 3, 1 << 20), (2, 17, 16, 6_000)])
    func everyDocumentOnceInOrder(jobs: Int, inFlight: Int, batch: Int, bytesInFlight: Int) throws {
        var lines: [String] = []
        for index in 0..<400 {
            let filler = String(repeating: "天气很好。", count: (index * 37) % 130)
            lines.append(#"{"id":"d\#(index)","text":"第\#(index)季度利润增长\#(index % 50 + 1)%。\#(filler)"}"#)
        }
        let folder = TemporaryFolder()
        let input = folder.write("d.jsonl", text: lines.joined(separator: "\n") + "\n")
        let configuration = Self.budget(.jsonl, jobs: jobs, inFlight: inFlight, batch: batch, bytesInFlight: bytesInFlight)
        let sink = RecordingSink()
        var sinks: [any FactSink] = [sink]
        let summary = try BatchPipeline(configuration: configuration).run([input], sinks: &sinks)
        #expect(sink.ids == (0..<400).map { "d\($0)" })
        #expect(summary.documents == 400)
        #expect(sink.facts == summary.facts)
        #expect(sink.facts >= 400)
    }

    /// Files listed without their sizes (the reader no longer `stat`s them):
    /// their workers charge the budget once they have read them, and hand
    /// back the rest of an item once it holds `batchBytes`. Under budgets
    /// smaller than one file, every document still arrives once, in order,
    /// with the facts of a run whose listing knew every size.
    @Test(.timeLimit(.minutes(2)),
          arguments: [(1, 2, 16, 1_000), (2, 2, 16, 500), (3, 5, 4, 2_000), (4, 3, 16, 1 << 20), (2, 9, 1, 100)])
    func filesOfUnknownSizeOnceInOrder(jobs: Int, inFlight: Int, batch: Int, bytesInFlight: Int) throws {
        let folder = TemporaryFolder()
        var names: [String] = []
        for index in 0..<120 {
            let filler = String(repeating: "天气很好。", count: (index * 53) % 400)
            let name = String(format: "s%d/d%03d.txt", index % 4, index)
            folder.write(name, text: "第\(index)季度利润增长\(index % 50 + 1)%。\(filler)\n")
            names.append(folder.file(name))
        }
        var runs: [(ids: [String], facts: Int)] = []
        for listsFirst in [true, false] {
            let configuration = Self.budget(.text, jobs: jobs, inFlight: inFlight, batch: batch, bytesInFlight: bytesInFlight)
            let sink = RecordingSink()
            var sinks: [any FactSink] = [sink]
            let summary = try BatchPipeline(configuration: configuration)
                .run([folder.path], sinks: &sinks, onStart: listsFirst ? { _ in } : nil)
            #expect(summary.documents == 120 && summary.ok == 120)
            #expect(sink.facts == summary.facts)
            runs.append((sink.ids, sink.facts))
        }
        #expect(runs[1].ids == names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        #expect(runs[1].ids == runs[0].ids)
        #expect(runs[1].facts == runs[0].facts && runs[1].facts >= 120)
    }

    /// The budget a worker charges: the next item to write always goes on,
    /// overrunning the budget if it must; a later one waits for the writer.
    @Test(.timeLimit(.minutes(1))) func chargingWaitsUnlessTheItemIsNextToWrite() throws {
        let shared = SharedState(documents: 4, bytes: 10)
        shared.charge(100, sequence: 0)  // the next to write: goes on at once
        let done = DispatchSemaphore(value: 0)
        let later = Thread { shared.charge(5, sequence: 3); done.signal() }
        later.start()
        #expect(done.wait(timeout: .now() + 0.3) == .timedOut, "item 3 waits: the budget is spent")
        shared.release(100, items: 1, writtenThrough: 3)
        #expect(done.wait(timeout: .now() + 5) == .success, "written through 3: it goes on")
        #expect(shared.credits.read(\.bytes) == 5)
    }

    /// An item of files the reader could not size closes once it holds
    /// `batchBytes`: the rest goes back first in line, holding no item credit,
    /// and the part done gives back the bytes it charged.
    @Test(.timeLimit(.minutes(1))) func anUnsizedItemHandsBackItsRestAtBatchBytes() throws {
        let folder = TemporaryFolder()
        let files = (0..<5).map { index in
            InputFile(path: folder.write("f\(index).txt", text: String(repeating: "营收增长5%。", count: 40)), size: nil)
        }
        var configuration = BatchConfiguration(lexicons: testLexicons, jobs: 1)
        configuration.batchBytes = 1_500
        let shared = SharedState(documents: 4, bytes: 1 << 20)
        let size = 40 * "营收增长5%。".utf8.count  // 680 bytes a file
        let processor = DocumentProcessor(configuration: configuration, renderers: [nil])
        let result = processor.process(WorkItem(sequence: 7, sources: files.map { .file($0) }, credit: 1), shared: shared)
        #expect(result.outcomes.count == 3, "three files of 680 bytes reach 1,500; two do not")
        #expect(result.outcomes.allSatisfy { $0.record.status == .ok && $0.record.bytes == size })
        #expect(result.credit == 1 + 3 * size && result.countCredit == 1)
        shared.close(total: 12)  // so that an empty queue answers nil rather than waiting
        let rest = try #require(shared.takeItem())
        #expect(rest.sequence == 10 && rest.sources.count == 2 && rest.countCredit == 0 && rest.credit == 0)
        #expect(shared.credits.read(\.bytes) == (1 << 20) - 3 * size)
    }

    /// A file listed without its size that then fails to read (here a folder
    /// where a file was listed; for a user, one without read permission)
    /// still reports its size in the ledger, from `stat`, not 0.
    @Test func anUnsizedFileThatFailsStillReportsItsSize() throws {
        let folder = TemporaryFolder()
        folder.folder("dir.txt")
        let processor = DocumentProcessor(configuration: BatchConfiguration(lexicons: testLexicons, jobs: 1), renderers: [nil])
        let outcome = processor.process(.file(InputFile(path: folder.file("dir.txt"), size: nil)))
        #expect(outcome.record.status == .error && outcome.record.message?.contains("is a folder") == true)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: folder.file("dir.txt"))[.size] as? Int)
        #expect(size > 0 && outcome.record.bytes == size)
        // One that cannot be found at all has no size to report.
        let gone = processor.process(.file(InputFile(path: folder.file("gone.txt"), size: nil)))
        #expect(gone.record.status == .error && gone.record.bytes == 0)
    }

    /// A worker does not leave while another holds an item it may hand part
    /// of back: the queue is drained only once it is closed, empty, and no
    /// item is held (else a big file's neighbours ran on one core).
    @Test(.timeLimit(.minutes(1))) func workersStayWhileAnItemIsHeld() throws {
        let shared = SharedState(documents: 4, bytes: 1 << 20)
        let failed = WorkSource.failed(DocumentRecord(id: "x", bytes: 0, status: .error))
        shared.enqueue(WorkItem(sequence: 0, sources: [failed, failed], credit: 1))
        shared.close(total: 2)
        let first = try #require(shared.takeItem())
        let taken = Monitor<WorkItem?>(nil)
        let done = DispatchSemaphore(value: 0)
        Thread {
            let item = shared.takeItem()
            taken.withLock(waking: .nobody) { $0 = item }
            done.signal()
        }.start()
        #expect(done.wait(timeout: .now() + 0.3) == .timedOut, "closed and empty, but an item is held")
        shared.requeue(WorkItem(sequence: first.sequence + 1, sources: [failed], credit: 0, countCredit: 0))
        #expect(done.wait(timeout: .now() + 5) == .success)
        #expect(taken.read { $0?.sequence } == 1)
        shared.finishItem()
        shared.finishItem()
        #expect(shared.takeItem() == nil, "drained")
    }

    /// The progress bar needs the total, so with `onStart` the inputs are listed whole first; the
    /// run is the same as when the reader lists folders as it goes.
    @Test func listingFirstGivesTheTotalAndTheSameRun() throws {
        let folder = TemporaryFolder()
        var sizes = 0
        for index in 0..<30 {
            let text = "第\(index)季度利润增长\(index + 1)%。\n"
            sizes += text.utf8.count
            folder.write(String(format: "sub%d/d%02d.txt", index % 3, index), text: text)
        }
        let missing = folder.file("missing")
        var rows: [[String]] = []
        var totals: [Int?] = []
        for listsFirst in [false, true] {
            let sink = RecordingSink()
            var sinks: [any FactSink] = [sink]
            var seen: [String] = []
            let pipeline = BatchPipeline(configuration: BatchConfiguration(lexicons: testLexicons, jobs: 2))
            let onStart: ((Int?) -> Void)? = listsFirst ? { totals.append($0) } : nil
            _ = try pipeline.run([folder.path, missing], sinks: &sinks, onStart: onStart,
                                 onRow: { row, _ in seen.append("\(row.id) \(row.status.rawValue)") })
            #expect(sink.ids.count == 31)
            rows.append(seen)
        }
        #expect(rows[0] == rows[1])
        #expect(rows[0].last == "\(missing) error")
        #expect(totals == [sizes])
    }
}
