import Foundation
import Testing
@testable import Batch
import Extraction
import FactCore

/// `zhfacts bench` on the project corpus: every figure is measured and the
/// word-segmented share is the extractor's own count.
@Suite struct BenchmarkTests {
    @Test func reportsEveryMeasureAndTheSegmentedShare() throws {
        let corpus = packageRoot.appendingPathComponent("Corpus").path
        let report = try Benchmark.run(corpora: [(name: "corpus", path: corpus)], lexicons: testLexicons, jobs: [1, 2], repeats: 3)
        let only = try #require(report.corpora.first)
        #expect(report.corpora.count == 1)
        #expect(only.documents >= 5)
        #expect(only.facts > 100)
        for name in ["icu-word-break", "icu-word-break-candidates", "icu-sentence-break", "icu-word-break-2", "extractor-only",
                     "extractor-only-2", "extract-1", "extract-2"] {
            let measure = try #require(only.measure(name), "\(name)")
            #expect(measure.megabytesPerSecond > 0)
            #expect(measure.runs.count == 3, "one run a round")
            #expect(measure.ratioToICU > 0)
            // CPU ÷ wall of the process. Not bounded above here: the suite's other tests run in the
            // same process, and their CPU time lands in a few-millisecond measure in ticks.
            #expect(measure.busyCores > 0 && measure.busyCores.isFinite, "\(name): \(measure.busyCores)")
        }
        // Ratios are medians of the ratios within rounds: ICU against itself is exactly 1.
        #expect(only.measure("icu-word-break")?.ratioToICU == 1)
        let speedUp = try #require(only.measure("extract-2")?.speedUpOverOneJob)
        let one = try #require(only.measure("extract-1")), two = try #require(only.measure("extract-2"))
        let perRound = zip(two.runs, one.runs).map { $0 / $1 }.sorted()
        #expect(speedUp == perRound[1])
        let alone = try #require(only.measure("extractor-only-2")?.speedUpOverOneJob)
        let aloneOne = try #require(only.measure("extractor-only")), aloneTwo = try #require(only.measure("extractor-only-2"))
        #expect(alone == zip(aloneTwo.runs, aloneOne.runs).map { $0 / $1 }.sorted()[1])
        #expect(report.text.contains("the extractor alone on 2 threads over 1 thread"))
        // ICU alone on two threads: the machine's own scaling, with its two factors beside it.
        let icuOne = try #require(only.measure("icu-word-break")), icuTwo = try #require(only.measure("icu-word-break-2"))
        #expect(icuTwo.speedUpOverOneJob == zip(icuTwo.runs, icuOne.runs).map { $0 / $1 }.sorted()[1])
        #expect(icuTwo.cpuOverOneJob != nil && two.cpuOverOneJob != nil && (only.measure("extractor-only-2")?.cpuOverOneJob) != nil)
        #expect(report.text.contains("ICU word break alone on 2 threads over 1 thread"))
        #expect(report.text.contains("cores busy"))
        // Words are segmented in some clauses, never in all of the text.
        #expect(only.segmentedShare > 0.02 && only.segmentedShare < 0.9)
        #expect(report.text.contains("word-segments"))
    }

    @Test func extractorCountsTheCodePointsItSegments() throws {
        let extractor = try Extractor(lexicons: testLexicons)
        _ = try extractor.extract(Document(id: "a", text: "没有数字的句子。"))
        #expect(extractor.segmentedScalars == 0)
        _ = try extractor.extract(Document(id: "b", text: "今年产业规模达到962.8亿元，同比增长36.8%。"))
        #expect(extractor.segmentedScalars > 0)
        #expect(extractor.segmentedScalars <= "今年产业规模达到962.8亿元，同比增长36.8%。".unicodeScalars.count)
    }
}
