import Foundation
import Extraction

/// SIGHAN 2005 PKU and MSR test sets scored as the bakeoff scores them, for raw
/// ICU word break and for ``LexiconOverlaySegmenter`` in each corpus's style.
///
/// The training word lists serve only the OOV statistics; nothing is merged by them.
public struct SighanBakeoff {
    public let directory: URL
    let lexicons: Lexicons

    /// Published reference: jieba's F1 on the same sets (issue 3).
    public static let jiebaF1: [String: Double] = ["pku": 0.818, "msr": 0.812]

    public init(directory: URL, lexicons: Lexicons? = nil) throws {
        self.directory = directory
        self.lexicons = try lexicons ?? Lexicons.standard()
    }

    /// Scores one corpus (`pku` or `msr`), every `sampleEvery`-th line (1 = all).
    public func run(corpus: String, style: SegmentationStyle, sampleEvery: Int = 1) throws -> SighanResult {
        let test = TextFile.lines(try TextFile.read(directory.appendingPathComponent("\(corpus)_test.utf8")))
        let gold = TextFile.lines(try TextFile.read(directory.appendingPathComponent("\(corpus)_test_gold.utf8")))
        guard test.count == gold.count else {
            throw ConformanceError.malformed(path: directory.appendingPathComponent("\(corpus)_test.utf8").path, line: 0,
                                             reason: "\(test.count) test lines but \(gold.count) gold lines")
        }
        let training = Set(TextFile.lines(try TextFile.read(directory.appendingPathComponent("\(corpus)_training_words.utf8")))
            .map { $0.trimmingCharacters(in: .whitespaces) })
        let segmenter = try LexiconOverlaySegmenter(lexicons: lexicons, style: style)
        var result = SighanResult(corpus: corpus, style: style)
        for (number, (input, goldLine)) in zip(test, gold).enumerated() where number % max(1, sampleEvery) == 0 {
            let goldWords = goldLine.split(whereSeparator: { $0.unicodeScalars.allSatisfy(\.properties.isWhitespace) }).map(String.init)
            guard !goldWords.isEmpty else { continue }
            result.lines += 1
            var goldSpans: [Range<Int>] = []
            var offset = 0
            for word in goldWords {
                let n = word.unicodeScalars.count
                goldSpans.append(offset..<(offset + n))
                offset += n
            }
            let text = String(input)
            let compact = Self.compactor(text)
            // The gold files hold a few stray characters (MSR line 442 ends with an extra “):
            // such a line is still scored, its unmatched gold words count as misses.
            if compact.count != offset { result.mismatchedLines.append(number + 1) }
            let isOOV: (Int) -> Bool = { !training.contains(goldWords[$0]) }
            result.icu.add(gold: goldSpans, system: try segmenter.icuWords(in: text).map { compact.map($0) }, isOOV: isOOV)
            result.overlay.add(gold: goldSpans, system: try segmenter.words(in: text).map { compact.map($0) }, isOOV: isOOV)
        }
        return result
    }

    /// Both corpora, each in its own style.
    public func run(sampleEvery: Int = 1) throws -> SighanReport {
        SighanReport(results: [try run(corpus: "pku", style: .pku, sampleEvery: sampleEvery),
                               try run(corpus: "msr", style: .msr, sampleEvery: sampleEvery)])
    }

    /// Maps code-point ranges of a line to the same line with white space removed.
    struct Compactor {
        /// before[i] = non-white-space code points before index i.
        let before: [Int]
        var count: Int { before.last ?? 0 }
        func map(_ range: Range<Int>) -> Range<Int> { before[range.lowerBound]..<before[range.upperBound] }
    }

    static func compactor(_ text: String) -> Compactor {
        var before = [0]
        var n = 0
        for scalar in text.unicodeScalars {
            if !scalar.properties.isWhitespace { n += 1 }
            before.append(n)
        }
        return Compactor(before: before)
    }
}

/// One corpus scored both ways.
public struct SighanResult: Sendable {
    public var corpus: String
    public var style: SegmentationStyle
    public var lines = 0
    /// Lines whose gold, white space removed, is not the test line (1-based).
    public var mismatchedLines: [Int] = []
    public var icu = BakeoffScore()
    public var overlay = BakeoffScore()

    /// The overlay's F1 beats jieba's published one.
    public var beatsJieba: Bool { overlay.f1 > (SighanBakeoff.jiebaF1[corpus] ?? 1) }
}

/// Both corpora.
public struct SighanReport: Sendable {
    public var results: [SighanResult]

    public var table: String {
        var lines = ["SIGHAN 2005 (bakeoff scoring: word spans, pooled)",
                     "corpus  segmenter          P       R       F1    OOV rate  OOV recall  IV recall   jieba F1"]
        for result in results {
            for (name, score) in [("ICU raw", result.icu), ("overlay (\(result.style))", result.overlay)] {
                lines.append(String(format: "%@ %@ %.4f  %.4f  %.4f   %.4f    %.4f      %.4f     %.3f",
                                    result.corpus.padding(toLength: 7, withPad: " ", startingAt: 0),
                                    name.padding(toLength: 17, withPad: " ", startingAt: 0),
                                    score.precision, score.recall, score.f1, score.oovRate, score.oovRecall, score.ivRecall,
                                    SighanBakeoff.jiebaF1[result.corpus] ?? 0))
            }
        }
        for result in results where !result.mismatchedLines.isEmpty {
            lines.append("\(result.corpus): gold differs from the test text on line(s) \(result.mismatchedLines.map(String.init).joined(separator: ", ")) (scored as is)")
        }
        return lines.joined(separator: "\n")
    }

    public var json: String {
        func object(_ score: BakeoffScore) -> String {
            String(format: "{\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f, \"oov_rate\": %.4f, \"oov_recall\": %.4f}",
                   score.precision, score.recall, score.f1, score.oovRate, score.oovRecall)
        }
        return "{" + results.map { "\"\($0.corpus)\": {\"icu\": \(object($0.icu)), \"overlay\": \(object($0.overlay))}" }
            .joined(separator: ", ") + "}"
    }
}
