import Foundation
import Testing
import TestSupport
@testable import Batch
import FactCore
import FactOutput

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
        var configuration = BatchConfiguration(lexicons: testLexicons, inputFormat: .jsonl, jobs: jobs)
        configuration.maxDocumentsInFlight = inFlight
        configuration.maxBatchDocuments = batch
        configuration.batchBytes = 1_500
        configuration.maxBytesInFlight = bytesInFlight
        let sink = RecordingSink()
        var sinks: [any FactSink] = [sink]
        let summary = try BatchPipeline(configuration: configuration).run([input], sinks: &sinks)
        #expect(sink.ids == (0..<400).map { "d\($0)" })
        #expect(summary.documents == 400)
        #expect(sink.facts == summary.facts)
        #expect(sink.facts >= 400)
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
