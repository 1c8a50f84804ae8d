import Foundation
import Testing
@testable import Extraction
import Segmentation

/// Word starts segmented clause by clause on demand are the ones ICU gives
/// when it segments the whole sentence.
@Suite struct WordStartsTests {
    /// Every position of every sentence of `text`: lazy per-clause starts == whole-sentence starts.
    private func checkAgreement(_ text: String) throws {
        let segmenter = try Segmenter(locale: "zh")
        let folded = FoldedText(Array(text.unicodeScalars))
        let structure = try TextStructure(text: folded, segmenter: segmenter)
        let lazy = WordStarts(text: folded, segmenter: segmenter)
        for sentence in structure.sentences {
            let range = sentence.range
            var expected = Set<Int>()
            for word in try segmenter.words(in: folded.scalars[range]) { expected.insert(word.scalarRange.lowerBound) }
            // Query in a scattered order, as the assembly does (right to left inside phrases).
            for index in range.reversed() {
                let isStart = lazy.isWordStart(index, in: range)
                #expect(isStart == (expected.contains(index) || index == range.lowerBound),
                        "position \(index) of \(String(String.UnicodeScalarView(folded.scalars[range])))")
            }
        }
        #expect(lazy.failure == nil)
    }

    @Test func agreesWithWholeSentenceSegmentation() throws {
        try checkAgreement("""
        2018年，中国云计算产业规模达到962.8亿元，同比增长36.8%；其中公有云市场规模437亿元。
        据统计：A股3,500家上市公司中、有1,200家发布了预告！真的吗？是的。
        ratio a:b 和 1;2 不拆开，Version 2.0版、4A级景区。
        """)
    }

    @Test func agreesOnTheProjectCorpus() throws {
        let corpus = packageRoot.appendingPathComponent("Corpus")
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }
        #expect(names.count >= 5)
        for name in names {
            try checkAgreement(try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8))
        }
    }

    @Test func onlyQueriedClausesAreSegmented() throws {
        let segmenter = try Segmenter(locale: "zh")
        let folded = FoldedText(Array("产业规模达到962.8亿元，企业数量增长。".unicodeScalars))
        let lazy = WordStarts(text: folded, segmenter: segmenter)
        let sentence = 0..<folded.count
        #expect(lazy.isWordStart(2, in: sentence))      // 规模 after 产业
        #expect(lazy.segmentedCount == 6)                // 产业规模达到: the unit stops before the digits
        #expect(lazy.isWordStart(0, in: sentence))      // a sentence edge needs no segmentation
        #expect(lazy.segmentedCount == 6)
        #expect(lazy.isWordStart(11, in: sentence))     // 亿 after 962.8
        #expect(lazy.segmentedCount == 14)               // then 962.8亿元 and its comma
        #expect(!lazy.isWordStart(7, in: sentence))      // inside 962.8
        #expect(lazy.isWordStart(16, in: sentence))     // 数量 after 企业, in the next clause
        #expect(lazy.segmentedCount == folded.count)
    }

    /// The same agreement over real news: every 10th People's Daily article and
    /// finance item of ../shared (skipped when it is absent).
    @Test(.enabled(if: sharedRequired, "../shared is absent: the news sample cannot be read (it runs when CI=true)"))
    func agreesOnSharedNewsSample() throws {
        for folder in ["corpora/pd1998/text", "corpora/finna"] {
            let base = try requireShared(folder)
            let names = try FileManager.default.contentsOfDirectory(atPath: base.path).filter { $0.hasSuffix(".txt") }.sorted()
            #expect(names.count > 100)
            for name in names.enumerated().filter({ $0.offset % 10 == 0 }).map(\.element) {
                try checkAgreement(try String(contentsOf: base.appendingPathComponent(name), encoding: .utf8))
            }
        }
    }
}
