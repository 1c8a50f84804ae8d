/// Ranges of dates (`2012年至2015年`, `7月4日到6日`, `2018/1/10-2018/7/10`,
/// `2007年与2009年之间`) and what may close a date (`，星期一`).
extension DateRecognizer {
    /// Builds the mention for `index..<end`, extending it over a range to a second date, a
    /// pair closed by a between-word (`2015年和2018年之间`, the between-word left out), an open
    /// pair (`2010年之后2018年之前`, 之前 left out), or the weekday of a full date
    /// (`10月12号，星期一`).
    func withRange(from index: Int, end: Int, point: DatePoint, rule: String) -> DateMention? {
        guard end > index else { return nil }
        let joinerStart = skippingSpaces(end)
        if let joiner = lexicons.rangeJoiners.longestMatch(in: text.scalars, at: joinerStart),
           let (secondEnd, second) = secondPoint(at: skippingSpaces(joinerStart + joiner.length), after: point) {
            return rangeMention(index..<secondEnd, point, second, rule: rule + "-range")
        }
        // 2015年和2018年之间: a pair is a range only when a between-word closes it (3月和5月 is two dates).
        if let pair = lexicons.pairJoiners.longestMatch(in: text.scalars, at: end),
           let (secondEnd, second) = secondPoint(at: end + pair.length, after: point),
           lexicons.betweenWords.longestMatch(in: text.scalars, at: secondEnd) != nil {
            return rangeMention(index..<secondEnd, point, second, rule: rule + "-between")
        }
        // 2010年之后2018年之前: after one end and before the other is a range between them.
        if let opener = lexicons.openPairWords.longestMatch(in: text.scalars, at: end), opener.value == "after",
           let (secondEnd, second) = secondPoint(at: end + opener.length, after: point),
           lexicons.openPairWords.longestMatch(in: text.scalars, at: secondEnd)?.value == "before" {
            return rangeMention(index..<secondEnd, point, second, rule: rule + "-open-pair")
        }
        // 22日凌晨3时至4时: a range of hours within the day is the day's.
        if point.day != nil, let joiner = lexicons.rangeJoiners.longestMatch(in: text.scalars, at: joinerStart),
           text.at(end - 1).map({ $0 == "时" || $0 == "時" || $0 == "点" || $0 == "點" || $0 == "分" }) ?? false {
            let hoursEnd = afterTimeOfDay(joinerStart + joiner.length)
            if hoursEnd > joinerStart + joiner.length { return mention(index..<hoursEnd, point.iso, year: point.year, rule: rule) }
        }
        // 10月12号，星期一: a full date takes in its weekday.
        let finish = point.day != nil ? weekdayEnd(after: end) ?? end : end
        return mention(index..<finish, point.iso, year: point.year, rule: rule)
    }

    /// A range from `first` to `second`; 7月4日到7月6日 without a known year is still one date,
    /// of unknown time.
    private func rangeMention(_ range: Range<Int>, _ first: DatePoint, _ second: DatePoint, rule: String) -> DateMention {
        guard let start = first.iso, let last = second.iso else {
            return mention(range, nil, year: nil, rule: rule)
        }
        let startISO = start.split(separator: "/").first.map(String.init) ?? start
        let endISO = last.split(separator: "/").last.map(String.init) ?? last
        return mention(range, "\(startISO)/\(endISO)", year: second.year, rule: rule)
    }

    /// The far end of a date range: a full year (`2010 年`, `19年2月3日`), a numeric date, or a
    /// month or day in the same year.
    private func secondPoint(at index: Int, after first: DatePoint) -> (Int, DatePoint)? {
        if let year = fourDigits(at: index), (1000...2199).contains(year), let numeric = numericDate(year: year, at: index + 4) {
            return (numeric.end, numeric.point)
        }
        if let year = SmallNumberReader.year(text, at: index) ?? shortYear(at: index) {
            let mark = skippingSpaces(index + year.length)
            if text.at(mark) == "年" { return rest(after: mark + 1, DatePoint(year: year.value)) }
        }
        if first.month != nil, let (end, point) = month(at: index, into: DatePoint(year: first.year)) {
            return monthRest(after: end, point)
        }
        if first.day != nil, let end = markedDayEnd(at: index) {
            let day = calendarNumber(at: index, maxDigits: 2)!.value
            var point = DatePoint(year: first.year, month: first.month, day: day)
            point.isImpossible = day > DatePoint.lastDay(first.year ?? 2000, first.month ?? 1)
            return (afterTimeOfDay(end), point)
        }
        return nil
    }

    /// The end of a day with its marker (`20日`, `6号`) at `index`.
    private func markedDayEnd(at index: Int) -> Int? {
        guard let day = calendarNumber(at: index, maxDigits: 2), (1...31).contains(day.value),
              let marker = text.at(index + day.length), marker == "日" || marker == "号" || marker == "號" else { return nil }
        return index + day.length + 1
    }

    /// True when a range joiner and a marked day follow `index` (the `到20日` of `一月19到20日`).
    func markedDay(after index: Int) -> Bool {
        guard let joiner = lexicons.rangeJoiners.longestMatch(in: text.scalars, at: index) else { return false }
        return markedDayEnd(at: index + joiner.length) != nil
    }

    /// `2016到2018`, `2016-2018`: two four-digit years without 年, taken as a range only when
    /// both are Arabic, nothing numeric touches them, and a clause ends after them
    /// (`2016-2018元` is a price range).
    func bareYearRange(from index: Int, first: (value: Int, length: Int), secondStart: Int, secondEnd: Int) -> Bool {
        guard first.length == 4, text[index].isASCIIDigit, text[secondStart].isASCIIDigit else { return false }
        if let previous = text.at(index - 1), previous.isASCIILetter || previous == "-" || previous == "/" || previous == ":" { return false }
        return endsClause(at: secondEnd)
    }

    /// The end of the weekday after a full date (`，星期一`, `（周五）`, `周五上午`), or nil. A
    /// weekday that opens a range (`周一至周五`) is not the date's; without brackets, 周X must
    /// not run on into a word (周一鸣 is a name).
    private func weekdayEnd(after end: Int) -> Int? {
        var index = end
        var bracketed = false
        if let next = text.at(index) {
            if next == "," || next == " " { index += 1 } else if next == "(" { index += 1; bracketed = true }
        }
        guard let word = lexicons.weekdays.longestMatch(in: text.scalars, at: index) else { return nil }
        index += word.length
        if bracketed {
            guard text.at(index) == ")" else { return nil }
            return index + 1
        }
        if lexicons.rangeJoiners.longestMatch(in: text.scalars, at: index) != nil { return nil }
        if let next = text.at(index), next.isIdeograph, lexicons.dayFollowers.longestMatch(in: text.scalars, at: index) == nil { return nil }
        return index
    }
}
