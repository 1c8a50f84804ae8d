import Foundation
import Testing
import TestSupport
@testable import Batch
import FactCore
import FactOutput
import Ingest

@Suite struct LedgerTests {
    @Test func ledgerRoundTripsAwkwardFields() throws {
        let folder = TemporaryFolder()
        var writer = try LedgerWriter(path: folder.file("l.csv"))
        let rows = [
            LedgerRow(id: "plain", status: .ok, bytes: 10, facts: 2),
            LedgerRow(id: "com,ma \"quoted\"", status: .error, bytes: 0, facts: 0, message: "line\none, two"),
            LedgerRow(id: "文件.txt", status: .skipped, bytes: 99, facts: 0, message: "too big"),
        ]
        for row in rows { writer.write(row) }
        #expect(!FileManager.default.fileExists(atPath: folder.file("l.csv")), "renamed into place only at the end")
        try writer.finish()
        let text = folder.read("l.csv")
        #expect(text.hasPrefix("id,status,bytes,facts,message\r\nplain,ok,10,2,\r\n"))
        #expect(try ResumeLedger.parse(Array(text.utf8), path: "l.csv") == rows)
    }

    @Test func truncatedLedgerIsRefused() throws {
        let text = "id,status,bytes,facts,message\r\na,ok,1,0,\r\nb,o"
        #expect(throws: BatchError.self) { try ResumeLedger.parse(Array(text.utf8), path: "l.csv") }
    }

    /// Two files whose names Unicode calls equivalent are two documents to `--resume` too.
    @Test func resumeTellsCanonicallyEquivalentPathsApart() throws {
        let composed = "docs/caf\u{E9}.txt", decomposed = "docs/cafe\u{301}.txt"
        let ledger = ResumeLedger(rows: [LedgerRow(id: composed, status: .ok, bytes: 3, facts: 1),
                                         LedgerRow(id: decomposed, status: .error, bytes: 0, facts: 0, message: "x")])
        #expect(ledger.row(for: composed)?.facts == 1)
        #expect(ledger.row(for: decomposed) == nil, "the failed one is done again")
        #expect(ledger.succeededCount == 1)
    }

    @Test func resumeSkipsWhatSucceededAndAppendsTheRest() throws {
        let folder = TemporaryFolder()
        let docs = TemporaryFolder()
        let a = docs.write("a.txt", text: simplifiedText)
        let b = docs.write("b.txt", [0xFF, 0xFE, 0x00])  // odd-length UTF-16: undecodable
        let c = docs.write("c.txt", text: "全年销售收入3.5亿元，增长8%。\n")

        let (first, firstOutput, firstRows) = try runJob([docs.path], in: folder, format: .csv)
        #expect(firstRows.map(\.status) == [.ok, .error, .ok])
        #expect(first.exitStatus == 1)

        // Fix the broken document and resume.
        docs.write("b.txt", text: "出口增长3.2%。\n")
        let (second, secondOutput, secondRows) = try runJob([docs.path], in: folder, format: .csv) { $0.resume = true }
        #expect(second.resumed == 2)
        #expect(second.exitStatus == 0)
        #expect(secondRows.map(\.id) == [a, b, c])
        #expect(secondRows.map(\.status) == [.ok, .ok, .ok])
        #expect(secondRows[0] == firstRows[0], "resumed rows are kept as they were")
        // Earlier facts kept, new ones appended, one header.
        #expect(secondOutput.hasPrefix(firstOutput))
        #expect(secondOutput.components(separatedBy: "doc,start,end").count == 2)
        #expect(secondOutput.contains(b))
        let direct = try directFacts("出口增长3.2%。\n")
        #expect(secondRows[1].facts == direct.count)

        // Nothing left to do.
        let (third, thirdOutput, _) = try runJob([docs.path], in: folder, format: .csv) { $0.resume = true }
        #expect(third.resumed == 3)
        #expect(thirdOutput == secondOutput)
    }

    /// Resuming a CSV under another header would misalign its rows: JSON Lines
    /// input adds a `meta` column that text input does not have. Refused
    /// before anything is written; a byte-order mark alone is no difference.
    @Test func resumeRefusesACSVWithOtherColumns() throws {
        let folder = TemporaryFolder()
        let lines = folder.write("in.jsonl", text: #"{"id":"1","text":"营收增长5%","src":"w"}"# + "\n")
        let text = folder.write("t.txt", text: "利润增长6%。")
        let (_, first, _) = try runJob([lines], in: folder, format: .csv) { $0.configuration.inputFormat = .jsonl }
        #expect(first.hasPrefix(CSVFactWriter(includesMeta: true).header))
        #expect(throws: BatchError.self) { try runJob([text], in: folder, format: .csv) { $0.resume = true } }
        do {
            _ = try runJob([text], in: folder, format: .csv) { $0.resume = true }
        } catch let error as BatchError {
            guard case .usage(let message) = error else { Issue.record("\(error)"); return }
            #expect(message.contains("other columns") && message.contains("out.csv"))
        }
        #expect(folder.read("out.csv") == first, "the output is untouched")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.contains(".partial-") })

        // The same columns resume, whether or not either run wrote a byte-order mark.
        let (_, plain, _) = try runJob([text], in: folder, format: .csv) { $0.bom = true }
        let (resumed, appended, _) = try runJob([text, folder.write("u.txt", text: "成本下降2%。")], in: folder, format: .csv) { $0.resume = true }
        #expect(resumed.resumed == 1 && appended.hasPrefix(plain) && appended.contains("2%"))
    }

    /// The column check reads only a regular file: opening a named pipe to read would
    /// wait for a writer, and the run would never start.
    @Test(.timeLimit(.minutes(1))) func resumeIntoANamedPipeDoesNotWait() throws {
        let folder = TemporaryFolder()
        let text = folder.write("t.txt", text: "利润增长6%。")
        let pipe = folder.file("out.pipe")
        #expect(mkfifo(pipe, 0o600) == 0)
        let reader = Thread { _ = FileHandle(forReadingAtPath: pipe)?.readDataToEndOfFile() }
        reader.start()
        var configuration = BatchConfiguration(lexicons: testLexicons, jobs: 1)
        configuration.inputFormat = .text
        var job = BatchJob(configuration: configuration, paths: [text])
        job.output = pipe
        job.ledgerPath = folder.file("ledger.csv")
        job.resume = true
        job.quiet = true
        // Run on a thread of its own, so that a run stuck on the pipe fails here, in
        // seconds, instead of hanging the suite.
        let outcome = Monitor<BatchSummary?>(nil)
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) let stuckJob = job
        Thread {
            let summary = try? stuckJob.run()
            outcome.withLock(waking: .nobody) { $0 = summary }
            done.signal()
        }.start()
        if done.wait(timeout: .now() + 30) == .timedOut {
            Issue.record("the run waited on the named pipe")
            _ = FileHandle(forWritingAtPath: pipe)  // a writer lets the waiting open return
            return
        }
        #expect(outcome.read { $0?.ok } == 1)
    }

    @Test func resumeWithoutAnEarlierLedgerIsAFirstRun() throws {
        let folder = TemporaryFolder()
        let docs = TemporaryFolder()
        docs.write("a.txt", text: simplifiedText)
        let (summary, _, rows) = try runJob([docs.path], in: folder) { $0.resume = true }
        #expect(summary.resumed == 0)
        #expect(rows.count == 1)
    }

    @Test func resumeNeedsALedger() {
        let folder = TemporaryFolder()
        #expect(throws: BatchError.usage("--resume needs --ledger FILE")) {
            _ = try runJob([folder.path], in: folder) { job in
                job.resume = true
                job.ledgerPath = nil
            }
        }
    }

    @Test func interruptedRunWritesWhatItDidAndResumeFinishes() throws {
        let docs = TemporaryFolder()
        for index in 0..<20 { docs.write(String(format: "d%02d.txt", index), text: "第\(index)季度利润增长\(index + 1)%。\n") }
        let folder = TemporaryFolder()
        let cancellation = CancellationFlag()
        var configuration = BatchConfiguration(lexicons: testLexicons, jobs: 2)
        configuration.maxDocumentsInFlight = 2
        configuration.maxBatchDocuments = 1
        var output = try AtomicOutput(path: folder.file("out.jsonl"))
        output.flushesImmediately = false
        var sinks: [any FactSink] = [TextFactSink(output: output, renderer: TextRenderer(format: .jsonl))]
        var ledger = try LedgerWriter(path: folder.file("ledger.csv"))
        let summary = try BatchPipeline(configuration: configuration).run([docs.path], sinks: &sinks, cancellation: cancellation, onRow: { row, _ in
            ledger.write(row)
            if row.id.hasSuffix("d02.txt") { cancellation.raise() }
        })
        try sinks[0].finish()
        try ledger.finish()
        #expect(summary.interrupted)
        #expect(summary.exitStatus == 130)
        #expect(summary.documents >= 3 && summary.documents < 20)

        let (resumed, _, rows) = try runJob([docs.path], in: folder) { $0.resume = true }
        #expect(resumed.resumed == summary.documents)
        #expect(rows.count == 20)
        #expect(rows.allSatisfy { $0.status == .ok })
    }

    @Test func failedSinkLeavesNoOutputBehind() throws {
        struct FailingSink: FactSink {
            var seen = 0
            mutating func add(_ record: DocumentRecord, facts: [Fact]) throws {
                seen += 1
                if seen == 2 { throw BatchError.cannotWrite(path: "db", reason: "disk full") }
            }
            mutating func finish() throws {}
        }
        let docs = TemporaryFolder()
        for index in 0..<10 { docs.write("d\(index).txt", text: "利润增长\(index)%。\n") }
        let folder = TemporaryFolder()
        var configuration = BatchConfiguration(lexicons: testLexicons, jobs: 2)
        configuration.maxDocumentsInFlight = 2
        var job = BatchJob(configuration: configuration, paths: [docs.path])
        job.output = folder.file("out.csv")
        job.ledgerPath = folder.file("ledger.csv")
        job.quiet = true
        #expect(throws: BatchError.cannotWrite(path: "db", reason: "disk full")) {
            _ = try job.run(extraSinks: [FailingSink()])
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(left.isEmpty, "temporary files removed: \(left)")
    }
}

/// A sink of another kind (the SQLite store) sees every document once, in input order.
@Suite struct ExtraSinkTests {
    final class RecordingSink: FactSink {
        var records: [(DocumentRecord, Int)] = []
        var finished = false
        func add(_ record: DocumentRecord, facts: [Fact]) throws { records.append((record, facts.count)) }
        func finish() throws { finished = true }
    }

    @Test func everyDocumentOnceInOrderWithItsStatus() throws {
        let folder = TemporaryFolder()
        folder.write("d.jsonl", text: """
        {"id":"1","text":"利润增长12%。","date":"2020-01-01","k":"v"}
        {"id":"2","text":""}
        oops
        {"id":"3","text":"收入3亿元。"}

        """)
        let sink = RecordingSink()
        var configuration = BatchConfiguration(lexicons: testLexicons, inputFormat: .jsonl, jobs: 3)
        configuration.maxBatchDocuments = 1
        var job = BatchJob(configuration: configuration, paths: [folder.file("d.jsonl")])
        job.writesText = false
        job.quiet = true
        _ = try job.run(extraSinks: [sink])
        #expect(sink.finished)
        #expect(sink.records.map(\.0.id) == ["1", "2", "\(folder.file("d.jsonl")):3", "3"])
        #expect(sink.records.map(\.0.status) == [.ok, .error, .error, .ok])
        #expect(sink.records[0].0.meta == ["k": JSONText(string: "v")])
        #expect(sink.records[0].0.date == "2020-01-01")
        #expect(sink.records[0].0.path == folder.file("d.jsonl"))
        #expect(sink.records[0].1 > 0)
        #expect(sink.records[1].1 == 0)
    }
}
