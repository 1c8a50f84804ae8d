import Segmentation

/// Paragraphs, sentences and clauses of a document, as code-point ranges.
///
/// A paragraph is a non-blank line. Sentences come from ICU's sentence break
/// over the text, clipped to paragraphs. Clauses are the parts of a sentence between
/// clause punctuation (，,；;：:、) — a comma between digits (`1,234`) is not
/// a clause break.
struct TextStructure {
    struct Sentence {
        var range: Range<Int>
        var paragraph: Int
    }

    private(set) var paragraphs: [Range<Int>] = []
    private(set) var sentences: [Sentence] = []
    /// The folded text, for clause punctuation (tested where a clause is asked for).
    private let scalars: [Unicode.Scalar]

    init(text: FoldedText, segmenter: Segmenter) throws(ICUStatus) {
        let scalars = text.scalars
        self.scalars = scalars

        // Lines end at the line feeds FoldedText noted, and at the end of the text.
        var lineEnds = text.titleMarksAndLineFeeds.filter { scalars[$0] == "\n" }
        lineEnds.append(scalars.count)
        var lineStart = 0
        for index in lineEnds {
            var start = lineStart, end = index
            while start < end, scalars[start].isWhitespaceLike { start += 1 }
            while end > start, scalars[end - 1].isWhitespaceLike { end -= 1 }
            if start < end { paragraphs.append(start..<end) }
            lineStart = index + 1
        }
        // One ICU pass over the whole text: ICU always breaks after a line end
        // (UAX #29 SB4), so its sentences never cross a paragraph; each is
        // still clipped to its paragraph, as if paragraphs were segmented apart.
        var paragraphIndex = 0
        for segment in try segmenter.sentences(in: scalars[...]) {
            var lower = segment.scalarRange.lowerBound
            let upper = segment.scalarRange.upperBound
            while paragraphIndex < paragraphs.count, lower < upper {
                let paragraph = paragraphs[paragraphIndex]
                if paragraph.upperBound <= lower { paragraphIndex += 1; continue }
                if paragraph.lowerBound >= upper { break }
                var start = max(lower, paragraph.lowerBound), end = min(upper, paragraph.upperBound)
                lower = end
                while start < end, scalars[start].isWhitespaceLike { start += 1 }
                while end > start, scalars[end - 1].isWhitespaceLike { end -= 1 }
                if start < end { sentences.append(Sentence(range: start..<end, paragraph: paragraphIndex)) }
                if paragraph.upperBound <= lower { paragraphIndex += 1 }
            }
        }
    }

    /// The sentence holding scalar `index`, if any (a binary search: sentences are sorted
    /// and disjoint).
    func sentenceIndex(of index: Int) -> Int? {
        var low = 0, high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].range.upperBound <= index { low = middle + 1 } else { high = middle }
        }
        return low < sentences.count && sentences[low].range.contains(index) ? low : nil
    }

    /// Whether scalar `index` is clause punctuation: `，；：、;:!?。！？`, or a `,`
    /// that does not stand between two ASCII digits (`1,234`).
    @inline(__always) func isClauseBreak(_ index: Int) -> Bool {
        let scalar = scalars[index]
        let value = scalar.value
        // Ideographs and most other code points break nothing (、 and 。 are U+3001, U+3002;
        // the full-width marks start at U+FF01).
        if (value >= 0x80 && value < 0x3001) || (value > 0x3002 && value < 0xFF01) { return false }
        switch scalar {
        case "，", "；", "：", "、", ";", ":", "!", "?", "。", "！", "？":
            return true
        case ",":
            let digitBefore = index > 0 && scalars[index - 1].isASCIIDigit
            let digitAfter = index + 1 < scalars.count && scalars[index + 1].isASCIIDigit
            return !(digitBefore && digitAfter)
        default:
            return false
        }
    }

    /// The clause around `range` inside its sentence.
    func clause(around range: Range<Int>, in sentence: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        while start > sentence.lowerBound, !isClauseBreak(start - 1) { start -= 1 }
        var end = range.upperBound
        while end < sentence.upperBound, !isClauseBreak(end) { end += 1 }
        return start..<end
    }
}
