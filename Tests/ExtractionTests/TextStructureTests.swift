import Foundation
import Testing
@testable import Extraction
import Segmentation

/// Sentences found in one ICU pass over the text are the ones ICU finds
/// paragraph by paragraph.
@Suite struct TextStructureTests {
    private func perParagraph(_ text: FoldedText, _ structure: TextStructure, _ segmenter: Segmenter) throws -> [Range<Int>] {
        var expected: [Range<Int>] = []
        for paragraph in structure.paragraphs {
            for segment in try segmenter.sentences(in: text.scalars[paragraph]) {
                var start = segment.scalarRange.lowerBound, end = segment.scalarRange.upperBound
                while start < end, text[start].isWhitespaceLike { start += 1 }
                while end > start, text[end - 1].isWhitespaceLike { end -= 1 }
                if start < end { expected.append(start..<end) }
            }
        }
        return expected
    }

    private func check(_ string: String) throws {
        let segmenter = try Segmenter(locale: "zh")
        let text = FoldedText(Array(string.unicodeScalars))
        let structure = try TextStructure(text: text, segmenter: segmenter)
        #expect(structure.sentences.map(\.range) == (try perParagraph(text, structure, segmenter)))
        for (index, sentence) in structure.sentences.enumerated() {
            #expect(structure.paragraphs[sentence.paragraph].contains(sentence.range.lowerBound))
            #expect(structure.sentenceIndex(of: sentence.range.lowerBound) == index)
        }
    }

    @Test func edgeCases() throws {
        try check("标题\n\n  第一段。第二句！\r\n第三段没有句号\r独立的回车。\n\n\n   \n最后一段？“引号。”结束")
        try check("")
        try check("\n\n")
        try check("没有换行的一句话")
    }

    @Test func projectCorpus() throws {
        let corpus = packageRoot.appendingPathComponent("Corpus")
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }
        #expect(names.count >= 5)
        for name in names { try check(try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)) }
    }
}
