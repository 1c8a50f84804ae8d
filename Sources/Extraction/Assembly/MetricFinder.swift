/// Finds the phrase that names what a figure measures.
///
/// The phrase is read before the figure (`涉云产值近30个亿` → `涉云产值`) or
/// after its classifier (`2家云计算独角兽企业` → `云计算独角兽企业`), inside
/// the figure's clause and bounded by other figures and dates:
/// - before: link words (`已达`, `高达`) and change verbs (`增长`) are dropped
///   from the end; scope words, connectives and places (`其中`, `中国`,
///   `云栖小镇`) from the start; only what follows the last `的`/`等`/quote
///   is kept.
/// - after: the words up to a predicate (`入驻`, `参与`, `在`) or punctuation,
///   at ICU word boundaries.
/// The phrase before wins when it ends in a measure noun (`容量`, `产值`,
/// `…数`), or when nothing follows; durations prefer the action after them
/// (`85天建成了云栖会展中心`).
struct MetricFinder {
    let text: FoldedText
    let lexicons: Lexicons

    /// Characters that end the phrase read backwards (only what follows them is kept).
    private static let leftCutters: ScalarBitmap = ["的", "等", "”", "“", "》", "《", ")", "）", "(", "（", "、", "\"", "「", "」", " ", "—", "·", "/", "的"]
    /// Words that coordinate two phrases (和, 与, 及, 、).
    private static let coordinators: ScalarBitmap = ["和", "与", "及", "、"]
    /// Characters that end the phrase read forwards.
    private static let rightEnders: ScalarBitmap = ["”", "“", "》", "《", ")", "）", "(", "（", "\"", "「", "」", " ", "—", "/", "\n"]

    /// The metric of `figure`, with `bounds` = the clause part between the
    /// previous and next figure or date.
    func metric(for figure: FigureMention, left: Range<Int>, right: Range<Int>, sentence: SentenceContext) -> Range<Int>? {
        let before = leftPhrase(left, changeRate: isChange(figure, left: left), sentence: sentence)
        if figure.kind == .duration, let action = actionPhrase(right, sentence: sentence) { return action }
        // A rate measures what changed, named before it (恒指跌2.57%).
        if let before, isChange(figure, left: left) { return before }
        if let before, endsInHead(before) { return before }
        // 脱贫户3,580户, 贫困村12个村: the phrase before ends in the figure's own classifier.
        if let before, figure.kind == .count, let unit = figure.unitText, before.count > unit.unicodeScalars.count,
           text.hasWord(unit, at: before.upperBound - unit.unicodeScalars.count) { return before }
        if let after = rightPhrase(right, sentence: sentence) { return after }
        return before
    }

    private func isRate(_ figure: FigureMention) -> Bool { figure.isRate }

    /// Length of the longest change verb ending at `end` that starts an ICU word.
    private func changeVerb(endingAt end: Int, from start: Int, sentence: SentenceContext) -> Int? {
        var length = min(6, end - start)
        while length > 0 {
            if lexicons.changeVerbs.value(of: text.scalars[(end - length)..<end]) != nil, sentence.isWordStart(end - length) {
                return length
            }
            length -= 1
        }
        return nil
    }

    /// A rate, or an amount of change (比上年末减少208万人): what changed is named before
    /// the verb, or by the figure before it.
    func isChange(_ figure: FigureMention, left: Range<Int>) -> Bool {
        if figure.isRate { return true }
        var end = left.upperBound
        while end > left.lowerBound, let word = lexicons.linkWords.longestMatch(in: text.scalars, endingAt: end, from: left.lowerBound) {
            end -= word.length
        }
        // Amounts change with a two-character verb (减少, 增加); 升 alone is part of 爬升.
        return (lexicons.changeVerbs.longestMatch(in: text.scalars, endingAt: end, from: left.lowerBound)?.length ?? 0) >= 2
    }

    /// The start of a [de-opener] phrase whose 的 is at `de` (归属于…的), with no other cutter
    /// between them.
    private func deOpener(before de: Int, from start: Int) -> Int? {
        guard text[de] == "的" else { return nil }
        var position = de - 1
        while position >= start, !Self.leftCutters.contains(text[position]) {
            if lexicons.metricDeOpeners.longestMatch(in: text.scalars, at: position, limit: de) != nil { return position }
            position -= 1
        }
        return nil
    }

    /// Whether the strip prefix of `length` at `start` begins a [prefix-word] (在建项目:
    /// 在建 is one word, though the segmenter may start one at 建).
    private func keepsPrefix(_ length: Int, at start: Int, end: Int) -> Bool {
        (lexicons.metricPrefixWords.longestMatch(in: text.scalars, at: start, limit: end)?.length ?? 0) > length
    }

    /// Where the parenthesis that `close` closes opens, when it holds at most eight
    /// characters and no other bracket or punctuation (`（CPI）`, `(GDP)`, `（含税）`).
    private func parenthesisOpening(closingAt close: Int, from start: Int) -> Int? {
        guard text[close] == "）" || text[close] == ")" else { return nil }
        var index = close - 1
        while index > start, close - index <= 9 {
            let scalar = text[index]
            if scalar == "（" || scalar == "(" { return close - index > 1 ? index : nil }
            guard scalar.isIdeograph || scalar.isASCIILetter || scalar.isASCIIDigit else { return nil }
            index -= 1
        }
        return nil
    }

    private func endsInHead(_ range: Range<Int>) -> Bool {
        if lexicons.metricHeads.longestMatch(in: text.scalars, endingAt: range.upperBound, from: range.lowerBound) != nil { return true }
        return lexicons.metricHeadSuffixes.contains(text[range.upperBound - 1])
    }

    /// The phrase before the figure, cleaned; nil when nothing is left.
    ///
    /// Only what follows the last 的, 等, quote or list comma is kept; when
    /// nothing is left of it (`维亚生物等跌超10%`), the part before is read instead.
    func leftPhrase(_ range: Range<Int>, changeRate: Bool, sentence: SentenceContext) -> Range<Int>? {
        if let phrase = cleanedLeft(range, changeRate: changeRate, sentence: sentence) { return phrase }
        var cut = range.upperBound
        while cut > range.lowerBound, !Self.leftCutters.contains(text[cut - 1]) { cut -= 1 }
        // 居民消费价格（CPI）同比上涨0.4%: the measure is named before a short parenthesis.
        if cut > range.lowerBound, let open = parenthesisOpening(closingAt: cut - 1, from: range.lowerBound) {
            return cleanedLeft(range.lowerBound..<open, changeRate: false, sentence: sentence)
        }
        guard cut > range.lowerBound + 1, text[cut - 1] == "等" || text[cut - 1] == "、" || text[cut - 1] == "”" else { return nil }
        return cleanedLeft(range.lowerBound..<(cut - 1), changeRate: false, sentence: sentence)
    }

    private func cleanedLeft(_ range: Range<Int>, changeRate: Bool, sentence: SentenceContext) -> Range<Int>? {
        var start = range.lowerBound, end = range.upperBound
        // A numeral inside a name (4号线一期|线路全长) bounds the phrase in the middle of a
        // word: the phrase starts at the next word.
        if start > 0, start < end, text[start].isIdeograph, text[start - 1] != "的", !sentence.isWordStart(start),
           let next = ((start + 1)..<end).first(where: { sentence.isWordStart($0) }) { start = next }
        while end > start, text[end - 1] == "的" || text[end - 1] == " " { end -= 1 }
        // 占地区生产总值的: a share names the part before 占, not the whole after it.
        if let share = (start..<end).last(where: { text[$0] == "占" && sentence.isWordStart($0)
            && !($0 > start && "应應所侵霸抢搶".unicodeScalars.contains(text[$0 - 1]))
            && !($0 + 1 < end && "有用地领領".unicodeScalars.contains(text[$0 + 1])) }) { end = share }
        // 增速比全市平均水平高0.9个百分点: a rate compares what stands before 比.
        // The segmenter may join the 比 to the head before it (增速|比 read as 速比).
        var compared = false
        if changeRate, let comparison = (start..<end).first(where: { position in (text[position] == "比" || text[position] == "较")
                && (sentence.isWordStart(position) || lexicons.metricHeads.longestMatch(in: text.scalars, endingAt: position, from: start) != nil)
                && position > start && text[position - 1] != "同" && text[position - 1] != "环" && text[position - 1] != "環"
                // 比率, 比重, 比例 are nouns (派息比率约为36.6%), not a comparison.
                && !(position + 1 < end && "率重例".unicodeScalars.contains(text[position + 1]))
                // 增速高于全省平均水平0.9个百分点: a comparative verb after the measure it compares
                // (not 市民可以买到低于市场零售价15%, where no measure stands before it).
                || (position > start
                    && lexicons.metricComparatives.longestMatch(in: text.scalars, at: position, limit: end) != nil
                    && lexicons.metricHeads.longestMatch(in: text.scalars, endingAt: position, from: start) != nil
                    && sentence.isWordStart(position)) })
        { end = comparison; compared = true }
        // Cut after the last 的 / 等 / quote / space; a phrase opened by a [de-opener] keeps its
        // 的 (归属于上市公司股东的净利润).
        var cut = end
        while cut > start, !Self.leftCutters.contains(text[cut - 1]) { cut -= 1 }
        var opened: Int?
        if cut > start {
            opened = deOpener(before: cut - 1, from: start)
            start = cut
        }
        var changed = true
        // Whether the figure still follows the phrase directly (only link words between).
        var adjacent = true
        while changed && start < end {
            changed = false
            if let word = lexicons.linkWords.longestMatch(in: text.scalars, endingAt: end, from: start) {
                end -= word.length; changed = true
            }
            // 日均, 人均: a trailing word is kept when it would leave one character.
            if let word = lexicons.metricTrailing.longestMatch(in: text.scalars, endingAt: end, from: start),
               end - word.length - start != 1 {
                end -= word.length; changed = true; adjacent = false
            }
            if changed { continue }
            // A change verb that starts a word (比上年|增长, 營業額|年增), not the end of one.
            // A rate noun (增速, 增幅) is the measure itself when it is compared (增速比全省高),
            // or when a verb stands between it and the figure (出口增速保持在8%).
            if changeRate, let verb = changeVerb(endingAt: end, from: start, sentence: sentence),
               !(lexicons.metricHeads.value(of: text.scalars[(end - verb)..<end]) != nil && (compared || !adjacent)) {
                end -= verb; changed = true; continue
            }
            if let verb = lexicons.metricVerbs.longestMatch(in: text.scalars, endingAt: end, from: start), verb.length < end - start {
                end -= verb.length; changed = true; adjacent = false; continue
            }
            if let prefix = lexicons.metricStripPrefixes.longestMatch(in: text.scalars, at: start, limit: end), prefix.length < end - start,
               sentence.isWordStart(start + prefix.length), !keepsPrefix(prefix.length, at: start, end: end),
               // 国内生产总值 is a measure as a whole, not 国内 + 生产总值.
               (lexicons.metricHeads.longestMatch(in: text.scalars, at: start, limit: end)?.length ?? 0) <= prefix.length {
                start += prefix.length; changed = true; continue
            }
            if let place = placePrefix(start..<end, sentence: sentence) {
                start = place; changed = true; continue
            }
        }
        // A trailing comparison (比上年, 同比) left by the rate verbs.
        while end > start, let prefix = lexicons.metricStripPrefixes.longestMatch(in: text.scalars, endingAt: end, from: start),
              let first = text.at(end - prefix.length), first == "比" || first == "较" || first == "較"
                || text.hasWord("同比", at: end - prefix.length) || text.hasWord("环比", at: end - prefix.length) {
            end -= prefix.length
        }
        // The object after the last verb (科学城建成人才公寓 → 人才公寓), when one is left.
        var index = end - 1
        while index >= start {
            if let verb = lexicons.metricVerbs.longestMatch(in: text.scalars, at: index, limit: end),
               index + verb.length < end, sentence.isWordStart(index), sentence.isWordStart(index + verb.length),
               // 增加值 is a measure, not 增加 + 值.
               (lexicons.metricHeads.longestMatch(in: text.scalars, at: index, limit: end)?.length ?? 0) <= verb.length,
               // 覆盖率, 完成额: a verb before a lone head suffix makes a noun with it.
               !(end - (index + verb.length) == 1 && lexicons.metricHeadSuffixes.contains(text[end - 1])) {
                start = index + verb.length
                while let prefix = lexicons.metricStripPrefixes.longestMatch(in: text.scalars, at: start, limit: end),
                      prefix.length < end - start, sentence.isWordStart(start + prefix.length),
                      !keepsPrefix(prefix.length, at: start, end: end) {
                    start += prefix.length
                }
                break
            }
            index -= 1
        }
        // 东站累计发送旅客: after an adverb of [cut-after], the measure starts.
        if let cutAfter = (start..<end).reversed().first(where: { position in
            lexicons.metricCutAfter.longestMatch(in: text.scalars, at: position, limit: end)
                .map { end - (position + $0.length) >= 2 && position > start && sentence.isWordStart(position)
                    && sentence.isWordStart(position + $0.length) } ?? false }),
           let word = lexicons.metricCutAfter.longestMatch(in: text.scalars, at: cutAfter, limit: end) {
            start = cutAfter + word.length
        }
        while end > start, text[end - 1] == "的" { end -= 1 }
        // The [de-opener] phrase is kept whole, whatever was stripped from it.
        if let opened, opened < start, start < end { start = opened }
        // A scope word alone (全国, 其中) or a date word left by a comparison (较年初) names no measure.
        if start < end {
            let phrase = text.scalars[start..<end]
            if lexicons.metricStripPrefixes.value(of: phrase) != nil || lexicons.yearParts.value(of: phrase) != nil
                || lexicons.relativeYears.value(of: phrase) != nil || lexicons.relativeMonths.value(of: phrase) != nil
                || lexicons.deictic.value(of: phrase) != nil { return nil }
        }
        guard start < end, (start..<end).contains(where: { (text[$0].isIdeograph && text[$0] != "的") || text[$0].isASCIILetter }) else { return nil }
        return start..<end
    }

    /// End of a leading place or organisation name of three or more code points
    /// (云栖小镇企业数 → after 镇), if one stands in the first six code points and
    /// at least two are left after it.
    private func placePrefix(_ range: Range<Int>, sentence: SentenceContext) -> Int? {
        let limit = min(range.lowerBound + 6, range.upperBound - 2)
        guard limit > range.lowerBound + 1 else { return nil }
        guard limit >= range.lowerBound + 2 else { return nil }
        for index in (range.lowerBound + 2)...limit where lexicons.placeSuffixes.contains(text[index]) {
            // 全国 and 中国 are in the strip list; here: 浙江省, 杭州市, 云栖小镇.
            let after = index + 1
            guard after < range.upperBound else { return nil }
            // 浙江省|企业 ends a word; 产品市|场 does not.
            if text[after].isIdeograph, sentence.isWordStart(after) { return after }
        }
        return nil
    }

    /// The noun phrase after the figure, up to a predicate.
    func rightPhrase(_ range: Range<Int>, sentence: SentenceContext) -> Range<Int>? {
        var start = range.lowerBound
        if text.at(start) == "的" { start += 1 }
        // 20例和育才学校15例: what follows 和 belongs to the next figure.
        if let first = text.at(start), Self.coordinators.contains(first) { return nil }
        var end = start
        while end < range.upperBound, end - start < 16 {
            let scalar = text[end]
            if Self.rightEnders.contains(scalar) || !(scalar.isIdeograph || scalar.isASCIILetter || scalar.isASCIIDigit) { break }
            if end > start, isStop(at: end, limit: range.upperBound), sentence.isWordStart(end) { break }
            if end == start, isStop(at: end, limit: range.upperBound) { return nil }
            end += 1
        }
        // Keep the head after the last 的.
        var cut = end
        while cut > start, text[cut - 1] != "的" { cut -= 1 }
        if cut > start, cut < end { start = cut }
        while end > start, Self.coordinators.contains(text[end - 1]) || text[end - 1] == "等" { end -= 1 }
        guard end > start else { return nil }
        // 14亿元到10亿元, 48辆上升到214辆: a link word or a change verb alone leads to the
        // next figure; it names nothing.
        let phrase = text.scalars[start..<end]
        if lexicons.linkWords.value(of: phrase) != nil || lexicons.changeVerbs.value(of: phrase) != nil { return nil }
        return start..<end
    }

    private func isStop(at index: Int, limit: Int) -> Bool {
        lexicons.metricStops.longestMatch(in: text.scalars, at: index, limit: limit) != nil
            || lexicons.metricVerbs.longestMatch(in: text.scalars, at: index, limit: limit) != nil
    }

    /// What was done in a duration (`85天建成了云栖会展中心`, `3年内投入`).
    private func actionPhrase(_ range: Range<Int>, sentence: SentenceContext) -> Range<Int>? {
        var start = range.lowerBound
        for filler in ["时间", "就", "内", "里", "之内", "以来", "来", "后", "的"] where text.hasWord(filler, at: start) {
            start += filler.unicodeScalars.count
        }
        if text.hasWord("就", at: start) { start += 1 }
        var end = start
        while end < range.upperBound, end - start < 12 {
            let scalar = text[end]
            if Self.rightEnders.contains(scalar) || !(scalar.isIdeograph || scalar.isASCIILetter) { break }
            end += 1
        }
        guard end > start else { return nil }
        return start..<end
    }

    /// The part of `left` before a 分别 (欧盟和美国|分别进出口, …收入|分别为): in a
    /// respective coordination it names the coordinated measures.
    func beforeRespectively(_ left: Range<Int>) -> Range<Int> {
        guard left.count > 2 else { return left }
        for index in (left.lowerBound + 1)..<(left.upperBound - 1) where text[index] == "分" && text[index + 1] == "别" {
            return left.lowerBound..<index
        }
        return left
    }

    /// Splits a coordinated metric (`企业数和涉云企业数`) into `count` parts, cleaned.
    func split(_ range: Range<Int>, into count: Int, sentence: SentenceContext) -> [Range<Int>]? {
        var parts: [Range<Int>] = []
        var partStart = range.lowerBound
        for index in range where Self.coordinators.contains(text[index]) {
            parts.append(partStart..<index)
            partStart = index + 1
        }
        parts.append(partStart..<range.upperBound)
        guard parts.count == count else { return nil }
        let cleaned = parts.compactMap { leftPhrase($0, changeRate: false, sentence: sentence) }
        return cleaned.count == count ? cleaned : nil
    }
}
