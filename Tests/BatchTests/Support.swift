import Foundation
import Testing
import TestSupport
@testable import Batch
import Extraction
import FactCore
import FactOutput
import Ingest

/// The project's lexicons, loaded once.
let testLexicons: Lexicons = {
    do { return try Lexicons.standard() } catch { fatalError("lexicons: \(error)") }
}()

/// Package root (the folder holding Package.swift), found from this file.
let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A news article written for these tests, in traditional characters so
/// that Big5 can encode it, with money, percentages, counts and dates.
let articleText = """
臺北訊　經濟部今天公布，2023年臺灣半導體產業產值達到新臺幣4.3兆元，較上年成長12.5%。
其中晶圓代工產值約2.8兆元，占整體的65%。全年出口金額為1,845億美元，比2022年增加3.2%。
業者預計明年將新增投資3,000億元，創造約1.2萬個就業機會。

"""

/// A short article in simplified characters.
let simplifiedText = "2018年中国云计算产业规模达到962.8亿元，同比增长39.2%。全市共有企业1200家。\n"

/// Runs a ``BatchJob`` writing to files in `folder`; returns the summary,
/// the output text and the ledger rows.
func runJob(_ paths: [String], in folder: TemporaryFolder, format: FactFormat = .jsonl, jobs: Int = 2,
            configure: (inout BatchJob) -> Void = { _ in }) throws -> (BatchSummary, String, [LedgerRow]) {
    var configuration = BatchConfiguration(lexicons: testLexicons, jobs: jobs)
    configuration.inputFormat = .text
    var job = BatchJob(configuration: configuration, paths: paths)
    job.output = folder.file("out.\(format.fileExtension)")
    job.format = format
    job.ledgerPath = folder.file("ledger.csv")
    job.quiet = true
    configure(&job)
    let summary = try job.run()
    let output = folder.read((job.output! as NSString).lastPathComponent)
    let rows = try ResumeLedger.parse(Array(folder.read("ledger.csv").utf8), path: "ledger.csv")
    return (summary, output, rows)
}

/// The facts of `text` straight from an extractor.
func directFacts(_ text: String, id: String = "t") throws -> [Fact] {
    try Extractor(lexicons: testLexicons).extract(Document(id: id, text: text))
}

