/// What the text around a figure says about its metric, beyond the phrase next to it:
/// the ends of a change (由28.5小时压缩至4.2小时), a clause that opens with a comparison
/// (，比2020年增长21.4%), a level after link words (，至17740美元), a base value's date
/// (由2016年的3,860亿元) and codes that belong to a name (5G基站). ``FactAssembly`` asks these
/// while it reads each figure's metric.
extension FactAssembly {
    /// The part of `left` before a comparison base's date that ends at the figure, and
    /// the 由/从/比/较 before it (数字经济规模由2016年的3,860亿元 → 数字经济规模): the base
    /// value's year is not part of the name of what it measures.
    func trimmingBaseDate(_ left: Range<Int>, sentence: SentenceContext) -> Range<Int> {
        for index in sentence.dates {
            let date = dates[index].range
            guard dates[index].isComparisonBase, date.lowerBound > left.lowerBound, date.upperBound <= left.upperBound,
                  date.upperBound == left.upperBound || (date.upperBound + 1 == left.upperBound && text[date.upperBound] == "的")
            else { continue }
            let before = date.lowerBound - 1
            let start = "由从從比较較".unicodeScalars.contains(text[before]) ? before : date.lowerBound
            return left.lowerBound..<max(left.lowerBound, start)
        }
        return left
    }

    /// Whether `range` is empty or only link words and dates (至, 达到, 上年同期为).
    func holdsOnlyLinkWords(_ range: Range<Int>, sentence: SentenceContext) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound {
            if let word = lexicons.linkWords.longestMatch(in: text.scalars, endingAt: end, from: range.lowerBound) {
                end -= word.length
            } else if let date = sentence.dates.first(where: { dates[$0].range.upperBound == end && dates[$0].range.lowerBound >= range.lowerBound }) {
                end = dates[date].range.lowerBound
            } else {
                break
            }
        }
        return end == range.lowerBound
    }

    /// Whether `clause` opens with a comparison (比上年, 较2020年末), not with a word that
    /// begins with 比 or 较 (`[not-comparison]` of metric-words.tsv: 比例, 比亚迪, 较为).
    func opensWithComparison(_ clause: Range<Int>) -> Bool {
        guard let opener = text.at(clause.lowerBound), opener == "比" || opener == "较" || opener == "較",
              clause.count > 1 else { return false }
        return lexicons.notComparisons.longestMatch(in: text.scalars, at: clause.lowerBound, limit: clause.upperBound) == nil
    }

    /// Where the 由/从 before `figure` stands, when the figure starts a change (由28.5小时,
    /// 从2016年的3,860亿元: a date and 的 may come between).
    func changeStart(of figure: FigureMention, sentence: SentenceContext) -> Int? {
        var index = figure.range.lowerBound
        if text.at(index - 1) == "的", let date = sentence.dates.first(where: { dates[$0].range.upperBound == index - 1 }) {
            index = dates[date].range.lowerBound
        }
        guard let before = text.at(index - 1), before == "由" || before == "从" || before == "從" else { return nil }
        return index - 1
    }

    /// The figure whose change `figureIndex` reaches: the one just before it, of its kind
    /// and unit, when it starts a change (``changeStart(of:sentence:)``) and a verb ending
    /// in 到/至/为 leads from it to this one (增长到, 压缩至, 下降到2020年的), in one clause.
    func changeReached(_ figureIndex: Int, from previous: Int, sentence: SentenceContext, figures: [FigureMention]) -> Int? {
        let figure = figures[figureIndex], start = figures[previous]
        guard start.kind == figure.kind, start.unit == figure.unit, start.range.upperBound < figure.range.lowerBound,
              changeStart(of: start, sentence: sentence) != nil else { return nil }
        var end = figure.range.lowerBound
        if text.at(end - 1) == "的", let date = sentence.dates.first(where: { dates[$0].range.upperBound == end - 1 }) {
            end = dates[date].range.lowerBound
        }
        let gap = start.range.upperBound..<end
        guard (2...6).contains(gap.count), gap.allSatisfy({ text[$0].isIdeograph }),
              let last = text.at(end - 1), "到至为為".unicodeScalars.contains(last) else { return nil }
        return previous
    }

    /// Digits written next to a Latin letter (5G, Q4, TOP100, A50): part of a code or a
    /// name, so not the left end of the name before a figure (5G手机出货量2.66亿部). After
    /// a figure such a marker still ends the phrase (285公里的110KV: a measurement).
    func isCode(_ marker: Range<Int>) -> Bool {
        guard text.at(marker.upperBound)?.isASCIILetter == true || text.at(marker.lowerBound - 1)?.isASCIILetter == true else { return false }
        return marker.allSatisfy { text[$0].isASCIIDigit }
    }
}
