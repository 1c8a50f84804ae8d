import Testing
@testable import Segmentation

@Suite struct SegmenterTests {
    private func strings(_ segments: [Segment], _ text: [Unicode.Scalar]) -> [String] {
        segments.map { String(String.UnicodeScalarView(text[$0.scalarRange])) }
    }

    @Test func wordsAreICUDictionaryWords() throws {
        let segmenter = try Segmenter()
        let text = Array("2018年中国云计算产业规模达到962.8亿元。".unicodeScalars)
        let words = try segmenter.words(in: text[...])
        let joined = strings(words, text).joined()
        #expect(joined == String(String.UnicodeScalarView(text)))
        #expect(strings(words, text).contains("962.8"))
        #expect(words.first { strings([$0], text) == ["962.8"] }?.isNumber == true)
        #expect(words.contains { strings([$0], text) == ["中国"] && $0.isIdeographic })
    }

    @Test func sentencesSplitOnChineseFullStops() throws {
        let segmenter = try Segmenter()
        let text = Array("第一句话。第二句话！第三句？".unicodeScalars)
        let sentences = strings(try segmenter.sentences(in: text[...]), text)
        #expect(sentences == ["第一句话。", "第二句话！", "第三句？"])
    }

    @Test func offsetsAreCodePointsEvenOutsideTheBMP() throws {
        let segmenter = try Segmenter()
        // U+20BB7 is outside the BMP: two UTF-16 units, one code point.
        let text = Array("𠮷野家有5家店。".unicodeScalars)
        let words = try segmenter.words(in: text[...])
        #expect(words.last?.scalarRange.upperBound == text.count)
        #expect(strings(words, text).joined() == String(String.UnicodeScalarView(text)))
    }

    @Test func slicesKeepAbsoluteOffsets() throws {
        let segmenter = try Segmenter()
        let text = Array("前言。产值达到5亿元。".unicodeScalars)
        let words = try segmenter.words(in: text[3...])
        #expect(words.first?.scalarRange.lowerBound == 3)
        #expect(words.last?.scalarRange.upperBound == text.count)
    }
}
