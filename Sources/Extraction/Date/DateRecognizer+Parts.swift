import Numerals

/// Parts of a date after its year or month that are read by rules of their own.
extension DateRecognizer {
    /// `前11个月`, `的最后4个月`, `的第三个月` after a year: months counted in it, by the
    /// `month-count` lexicon (first, last or the N-th).
    func countedMonths(at index: Int, _ point: DatePoint) -> (Int, DatePoint)? {
        let start = text.at(index) == "的" ? index + 1 : index
        guard let word = lexicons.monthCounts.longestMatch(in: text.scalars, at: start) else { return nil }
        let numberStart = skippingSpaces(start + word.length)
        guard let months = smallInteger(at: numberStart, maxDigits: 2), (1...12).contains(months.value) else { return nil }
        let unit = skippingSpaces(numberStart + months.length)
        guard text.hasWord("个月", at: unit) || text.hasWord("個月", at: unit) else { return nil }
        var result = point
        switch word.value {
        case "first": result.part = "01/\(DatePoint.pad(months.value, 2))"
        case "last": result.part = "\(DatePoint.pad(13 - months.value, 2))/12"
        default: result.month = months.value
        }
        return (unit + 2, result)
    }

    /// 前8个月 opening a clause, where the text has fixed a year: its first months
    /// (`2025-01/2025-08`). After a word it is mostly a stretch before an event (入院前3个月),
    /// and words that end in 前 (提前3个月, 此前3个月) are [not-date] words.
    func countedMonthsMention(at index: Int, context: Context) -> DateMention? {
        if let previous = text.at(index - 1), previous.isIdeograph { return nil }
        guard let year = context.year, let word = lexicons.monthCounts.longestMatch(in: text.scalars, at: index),
              word.value == "first", let (end, point) = countedMonths(at: index, DatePoint(year: year)) else { return nil }
        return mention(index..<end, point.iso, year: nil, rule: "date.counted-months")
    }

    /// The end of a time of day after a day, or `index` when none follows: a part of the day
    /// ([day-period]: 凌晨, 夜间) and/or an hour (8时, 9点, 9时30分, 8点半). The date keeps its day
    /// (`2025年7月21日8时` is 2025-07-21); the span takes in the time.
    func afterTimeOfDay(_ index: Int) -> Int {
        var end = index
        if let period = lexicons.dayPeriods.longestMatch(in: text.scalars, at: end) { end += period.length }
        if let hour = smallInteger(at: end, maxDigits: 2), (0...24).contains(hour.value),
           let mark = text.at(end + hour.length), mark == "时" || mark == "時" || mark == "点" || mark == "點",
           // 8时 is the hour, 8时间 is no time.
           text.at(end + hour.length + 1).map({ $0 != "间" && $0 != "間" && $0 != "期" }) ?? true {
            end += hour.length + 1
            if let minute = smallInteger(at: end, maxDigits: 2), (0...59).contains(minute.value),
               text.at(end + minute.length) == "分" {
                end += minute.length + 1
            } else if text.at(end) == "半" {
                end += 1
            }
        }
        return end
    }

    /// True when the 月 before `index` follows a month in Chinese numerals (`八月`, `十二月`, `元月`).
    func monthIsChinese(before index: Int) -> Bool {
        guard text.at(index - 1) == "月", let numeral = text.at(index - 2) else { return false }
        return !numeral.isASCIIDigit && (NumeralCharacter.digit(numeral) != nil || numeral == "十" || numeral == "元")
    }

    /// True when a day written without 日 ends at `index`: no numeral, qualifier, unit or
    /// classifier runs on (`八月十五` and not `五月十万人`, `一月二十三个`, `一月二十多天`).
    func standsAlone(at index: Int) -> Bool {
        guard let next = text.at(index) else { return true }
        if Self.continuesNumeral(next) || next == "时" || next == "時" || next == "分" { return false }
        return lexicons.units.longestMatch(in: text.scalars, at: index) == nil
            && lexicons.qualifierInfixes.longestMatch(in: text.scalars, at: index) == nil
    }
}
