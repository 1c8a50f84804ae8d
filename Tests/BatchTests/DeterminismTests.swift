import Foundation
import Testing
import TestSupport
@testable import Batch
import FactCore
import FactOutput
import Ingest

/// Output is byte-identical whatever the number of jobs.
@Suite struct DeterminismTests {
    /// The project's corpus articles, repeated under new ids, with some bad lines between them.
    static func corpusJSONL() throws -> String {
        let corpus = packageRoot.appendingPathComponent("Corpus")
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(names.count >= 5)
        var lines: [String] = []
        for round in 0..<6 {
            for name in names {
                let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
                let escaped = JSONString.literal(text)
                lines.append("{\"id\":\"\(round)-\(name)\",\"text\":\(escaped),\"date\":\"2023-0\(round + 1)-15\",\"round\":\(round)}")
            }
            lines.append("{broken line \(round)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test(arguments: [FactFormat.csv, .jsonl])
    func jobsDoNotChangeTheOutput(format: FactFormat) throws {
        let folder = TemporaryFolder()
        let input = folder.write("corpus.jsonl", text: try Self.corpusJSONL())
        var outputs: [String] = []
        var ledgers: [String] = []
        for jobs in [1, 4] {
            let (summary, output, _) = try runJob([input], in: folder, format: format, jobs: jobs) { job in
                job.configuration.inputFormat = .jsonl
                job.statusLines = format == .jsonl
                // A small budget forces the reader to wait for the writer.
                job.configuration.maxDocumentsInFlight = 3
                job.configuration.maxBatchDocuments = jobs == 1 ? 16 : 2
            }
            #expect(summary.errors == 6)
            #expect(summary.facts > 100)
            outputs.append(output)
            ledgers.append(folder.read("ledger.csv"))
        }
        #expect(outputs[0] == outputs[1])
        #expect(ledgers[0] == ledgers[1])
    }

    @Test func folderInputIsInSortedPathOrderForAnyJobs() throws {
        let corpus = packageRoot.appendingPathComponent("Corpus").path
        let folder = TemporaryFolder()
        let (_, one, rows) = try runJob([corpus], in: folder, format: .csv, jobs: 1)
        let (_, four, _) = try runJob([corpus], in: folder, format: .csv, jobs: 4)
        #expect(one == four)
        #expect(rows.map(\.id) == rows.map(\.id).sorted())
        #expect(one.hasPrefix(FactColumn.allCases.map(\.rawValue).joined(separator: ",") + "\r\n"))
    }

    @Test func statusLinesAccountForEveryDocument() throws {
        let folder = TemporaryFolder()
        folder.write("s.jsonl", text: """
        {"id":"with","text":"利润增长12%。"}
        {"id":"without","text":"天气很好。"}
        not json

        """)
        let (_, output, _) = try runJob([folder.file("s.jsonl")], in: folder) { job in
            job.configuration.inputFormat = .jsonl
            job.statusLines = true
        }
        let statusLines = output.split(separator: "\n").filter { $0.contains(#""status":"#) }
        #expect(statusLines.count == 3)
        #expect(statusLines.contains { $0.contains(#"{"doc":"without","status":"ok","bytes":"#) && $0.contains(#""facts":0,"message":null}"#) })
        #expect(statusLines.last?.contains(#""status":"error""#) == true)
    }
}
