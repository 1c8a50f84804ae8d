import Foundation
import Testing
import Conformance

/// The bakeoff scoring on inline examples.
@Suite("Bakeoff scoring")
struct BakeoffScoreTests {
    @Test("Words match by span; scores are pooled")
    func pooled() {
        var score = BakeoffScore()
        // gold 中国 人民 | system 中国人 民
        score.add(gold: [0..<2, 2..<4], system: [0..<3, 3..<4])
        #expect(score.correct == 0)
        score.add(gold: [0..<1, 1..<3], system: [0..<1, 1..<3], isOOV: { $0 == 1 })
        #expect(score.goldWords == 4 && score.systemWords == 4 && score.correct == 2)
        #expect(score.precision == 0.5 && score.recall == 0.5 && score.f1 == 0.5)
        #expect(score.oovWords == 1 && score.oovRecall == 1)
    }
}

/// The overlay on inline examples: numerals and dates by corpus style.
@Suite("Lexicon overlay segmenter")
struct OverlayTests {
    func words(_ text: String, _ style: SegmentationStyle) throws -> [String] {
        let segmenter = try LexiconOverlaySegmenter(style: style)
        let scalars = Array(text.unicodeScalars)
        return try segmenter.words(in: text).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    @Test("MSR keeps a numeral with its unit and a date whole")
    func msr() throws {
        let result = try words("产值达６.９５亿吨，５月１２日开工。", .msr)
        #expect(result.contains("６.９５亿吨"))
        #expect(result.contains("５月１２日"))
    }

    @Test("PKU keeps the unit apart and cuts dates into parts")
    func pku() throws {
        let result = try words("2001年1月1日，产值达6.95亿吨，增长90％。", .pku)
        #expect(result.contains("2001年") && result.contains("1月") && result.contains("1日"))
        #expect(result.contains("6.95亿") && result.contains("90％"))
    }

    @Test("A range joined from two bounds is cut as its two bounds")
    func boundPairs() throws {
        let pku = try words("处五千元以上一万元以下罚款，容量大于等于20升、小于等于150升，销量过万。", .pku)
        #expect(pku.contains("五千") && pku.contains("一万") && !pku.contains { $0.contains("以上一万") })
        #expect(pku.contains("20") && pku.contains("150") && !pku.contains { $0.contains("、") && $0.count > 1 })
        #expect(pku.contains("万") && !pku.contains("过万"))
        let msr = try words("处五千元以上一万元以下罚款。", .msr)
        #expect(msr.contains("五千元") && msr.contains("一万元"))
    }

    @Test("White space is never a word")
    func whiteSpace() throws {
        let segmenter = try LexiconOverlaySegmenter(style: .pku)
        let text = "中国  人民"
        let scalars = Array(text.unicodeScalars)
        for range in try segmenter.icuWords(in: text) + segmenter.words(in: text) {
            #expect(!range.allSatisfy { scalars[$0] == " " })
        }
    }
}

/// SIGHAN 2005 PKU and MSR (issue 3 target: overlay F1 above jieba's 0.818 / 0.812).
@Suite("SIGHAN 2005 bakeoff", .enabled(if: SharedGate.shouldRun, SharedGate.missingMessage))
struct SighanBakeoffTests {
    @Test("The overlay beats raw ICU and jieba on both corpora")
    func bakeoff() throws {
        let shared = try SharedGate.require()
        let report = try SighanBakeoff(directory: shared.sighan2005).run()
        print(report.table)
        for result in report.results {
            #expect(abs(result.icu.f1 - (result.corpus == "pku" ? 0.795 : 0.790)) < 0.01,
                    "\(result.corpus): raw ICU F1 \(result.icu.f1) is not the documented baseline")
            #expect(result.overlay.f1 > result.icu.f1, "\(result.corpus): the overlay does not improve on ICU")
            #expect(result.beatsJieba, "\(result.corpus): overlay F1 \(result.overlay.f1) is not above jieba's \(SighanBakeoff.jiebaF1[result.corpus] ?? 0)")
        }
    }
}
