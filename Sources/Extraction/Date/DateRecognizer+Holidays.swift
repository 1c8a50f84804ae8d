/// Public holidays (`2025年五一假期`, `国庆期间`) and the words that refer back to one (`假期期间`).
///
/// A holiday is a part of the year (its month; the year alone for a lunar holiday), as
/// [holiday] of date-words.tsv gives it. Where the text writes its days in brackets right
/// after it (`五一假期（5月1日至5日）`), those days are its time, and later mentions of the same
/// holiday (`五一假期，新馆接待…`) and the words of [holiday-reference] (`假期期间`) take them.
extension DateRecognizer {
    /// The holiday `mention` ends with (`2025年五一假期` → 五一), if any.
    func holidayName(of mention: DateMention) -> String? {
        let end = mention.range.upperBound
        return lexicons.holidays.longestMatch(in: text.scalars, endingAt: end,
                                              from: max(mention.range.lowerBound, end - lexicons.holidays.maxLength))?.value
    }

    /// Takes in a following 期间 (五一假期期间), gives the holiday the days the text writes for
    /// it in brackets or wrote for it before, and records them.
    func resolveHoliday(_ mention: inout DateMention, _ holiday: String, context: inout Context) {
        if text.hasWord("期间", at: mention.range.upperBound) || text.hasWord("期間", at: mention.range.upperBound) {
            mention.range = mention.range.lowerBound..<(mention.range.upperBound + 2)
        }
        let end = mention.range.upperBound
        if text.at(end) == "(" {
            var inner = context
            if let year = mention.year { inner.year = year }
            if let days = match(at: end + 1, context: inner), text.at(days.range.upperBound) == ")",
               let time = days.time, mention.time.map({ time.hasPrefix($0) }) ?? true {
                mention.time = time
            }
        } else if let known = context.holidays[holiday], mention.time.map({ known.hasPrefix($0) }) ?? true {
            mention.time = known
        }
        if let time = mention.time {
            context.holidays[holiday] = time
            context.lastHoliday = time
        }
    }

    /// 假期期间, 长假期间: the holiday the text has named, with its time.
    func holidayReferenceMention(at index: Int, context: Context) -> DateMention? {
        guard let time = context.lastHoliday,
              let word = lexicons.holidayReferences.longestMatch(in: text.scalars, at: index) else { return nil }
        return mention(index..<(index + word.length), time, year: nil, rule: "date.holiday-reference")
    }
}
