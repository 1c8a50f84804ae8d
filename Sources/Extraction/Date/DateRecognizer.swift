import FactCore
import Numerals

/// Finds date expressions and resolves them to ISO times, left to right, so
/// that relative ones (`同年10月`, `次年`, `当时`) resolve against the dates
/// the text has fixed before them, and `今年`/`目前` against the publication
/// date when one is given.
///
/// Forms: `2012年`, `二〇一二年`, `2019年11月`, `2013年1月23日`, `2018年底`,
/// `上半年`, `一季度`, `前三季度`, `2012年至2015年`, `2012-2015年`,
/// `2022/23年度`, `3月`, `1-11月`, `3月底`, `同年10月`, `今年上半年`, `当时`,
/// `十四五时期`, `3年前`, `上世纪90年代`, `2016-2018`, `2007年与2009年之间`,
/// `2018/1/10-2018/7/10`, `10月12号，星期一`, `两千零四年八月十五`, `2008 年`.
struct DateRecognizer {
    let text: FoldedText
    let lexicons: Lexicons
    let publication: CalendarDate?
    /// Whether positions go through ``dateMayStart(at:)`` before the
    /// matchers (off only to test that the gate changes nothing).
    var gate = true

    struct Context {
        var year: Int?
        var time: String?
        /// The month the text last fixed (from a time of month or day precision).
        var month: Int?
        /// The time of each holiday the text has named (五一 → its days), and of the last one.
        var holidays: [String: String] = [:]
        var lastHoliday: String?
        /// The period of the report the text last named (发布2024年年度报告 → 2024).
        var report: (time: String, year: Int?)?
    }

    /// Date mentions of the text, in text order.
    func recognize() -> [DateMention] {
        var mentions: [DateMention] = []
        var context = Context()
        let titles = TitleRanges(text: text)
        let starts = lexicons.dateScanStarts
        var index = 0
        while index < text.count {
            let scalar = text[index]
            guard starts.contains(scalar), scalar.value < 0x10000 || mayStartDate(scalar) else { index += 1; continue }
            if let skip = lexicons.notDates.longestMatch(in: text.scalars, at: index) {
                index += skip.length
                continue
            }
            if gate, !dateMayStart(at: index) {
                index += 1
                continue
            }
            guard var mention = match(at: index, context: context) else { index += 1; continue }
            if let holiday = holidayName(of: mention) { resolveHoliday(&mention, holiday, context: &context) }
            mention.isInTitle = titles.contains(index)
            mention.namesReport = !mention.isInTitle && (mention.namesReport || isReportTitle(mention.range))
            if mention.namesReport, let time = mention.time { context.report = (time, mention.year) }
            mention.isComparisonBase = isComparison(mention.range)
            mention.datesAnEvent = datesAnEvent(mention.range)
            // A target date (预计到2025年) or an event's (8月底出台的) does not move the year the text speaks of.
            if !mention.isInTitle && !mention.isComparisonBase && !mention.datesAnEvent && !isTarget(mention.range) {
                if let year = mention.year { context.year = year }
                if let time = mention.time {
                    context.time = time
                    if let month = Self.month(ofISO: time) { context.month = month }
                }
            }
            mentions.append(mention)
            index = mention.range.upperBound
        }
        return mentions
    }

    /// The month of an ISO date that names one (`2013-10`, `2013-10-23`, or a span of days
    /// within it, `2013-10-01/2013-10-07`): the second `-`-separated field when it is a number;
    /// nil for a year, another period (`2012/2015`) or a week or quarter.
    static func month(ofISO time: String) -> Int? {
        let utf8 = time.utf8
        if utf8.contains(UInt8(ascii: "/")) {
            // 2025-07-21/2025-07-23: a span of days within one month fixes that month.
            let ends = time.split(separator: "/")
            guard ends.count == 2, ends[0].count == 10, ends[1].count == 10, ends[0].prefix(7) == ends[1].prefix(7) else { return nil }
            return month(ofISO: String(ends[0]))
        }
        var field = 0, value = 0, digits = 0, started = false
        for byte in utf8 {
            if byte == UInt8(ascii: "-") {
                if started { field += 1 }
                if field == 2 { break }
                continue
            }
            started = true
            guard field == 1 else { continue }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
        }
        return digits > 0 ? value : nil
    }

    /// A cheap filter: digits, numeral characters and first characters of date words
    /// (``Lexicons/dateScanStarts`` holds its answers for the BMP).
    @inline(__always) private func mayStartDate(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCIIDigit { return true }
        guard scalar.isIdeograph else { return false }
        return NumeralScalarSet.contains(scalar) || lexicons.dateWordStarts.contains(scalar)
    }

    // MARK: - Matching

    func match(at index: Int, context: Context) -> DateMention? {
        if let period = periodMention(at: index) { return period }
        if let reference = holidayReferenceMention(at: index, context: context) { return reference }
        if let decade = decadeMention(at: index) { return decade }
        if let dated = yearMention(at: index) { return dated }
        if let relative = relativeYearMention(at: index, context: context) { return relative }
        if let period = reportPeriodMention(at: index, context: context) { return period }
        if let deictic = deicticMention(at: index, context: context) { return deictic }
        if let ago = agoMention(at: index) { return ago }
        if let relative = relativeMonthMention(at: index, context: context) { return relative }
        if let counted = countedMonthsMention(at: index, context: context) { return counted }
        if let month = monthMention(at: index, year: context.year) { return month }
        if let day = dayMention(at: index, context: context) { return day }
        if let part = yearPartMention(at: index, year: context.year) { return part }
        return nil
    }

    func mention(_ range: Range<Int>, _ time: String?, year: Int?, rule: String) -> DateMention {
        DateMention(range: range, time: time, year: year, isComparisonBase: false, isInTitle: false, rule: rule)
    }

    /// 报告期内 after a named report (发布2024年年度报告): that report's period, an
    /// anchor that is no date row (``DateMention/namesReport``). Nothing without one.
    private func reportPeriodMention(at index: Int, context: Context) -> DateMention? {
        guard let report = context.report, let word = lexicons.reportPeriods.longestMatch(in: text.scalars, at: index) else { return nil }
        var period = mention(index..<(index + word.length), report.time, year: report.year, rule: "date.report-period")
        period.namesReport = true
        return period
    }

    /// 十四五时期 → 2021/2025 (a period name alone, 十四五规划, is a name, not a date).
    private func periodMention(at index: Int) -> DateMention? {
        guard let period = lexicons.periods.longestMatch(in: text.scalars, at: index),
              let follower = lexicons.periodFollowers.longestMatch(in: text.scalars, at: index + period.length)
        else { return nil }
        let end = index + period.length + follower.length
        let startYear = Int(period.value.prefix(4))
        return mention(index..<end, period.value, year: startYear, rule: "date.period")
    }

    /// A year (`2012年`, `二〇一二年`, `2008 年`) with what follows it, or a range, a fiscal
    /// year or a decade (`1990年代`).
    private func yearMention(at index: Int) -> DateMention? {
        // 2015.5.13: the year of a numeric date may be followed by its decimal-like separator.
        if let year = fourDigits(at: index), (1000...2199).contains(year), let numeric = numericDate(year: year, at: index + 4) {
            return withRange(from: index, end: numeric.end, point: numeric.point, rule: "date.numeric")
        }
        guard let year = yearNumber(at: index) else { return nil }
        let afterDigits = index + year.length
        let afterSpaces = skippingSpaces(afterDigits)
        // 2012-2015年, 2012至2015年, 1995 - 1997年: a range written with one 年.
        if let joiner = lexicons.rangeJoiners.longestMatch(in: text.scalars, at: afterSpaces) {
            let secondStart = skippingSpaces(afterSpaces + joiner.length)
            if let second = SmallNumberReader.year(text, at: secondStart),
               second.value > year.value, second.value - year.value < 100 {
                let secondEnd = secondStart + second.length
                let mark = skippingSpaces(secondEnd)
                if text.at(mark) == "年" {
                    return mention(index..<(mark + 1), "\(year.value)/\(second.value)", year: second.value, rule: "date.year-range")
                }
                if bareYearRange(from: index, first: year, secondStart: secondStart, secondEnd: secondEnd) {
                    return mention(index..<secondEnd, "\(year.value)/\(second.value)", year: second.value, rule: "date.year-range")
                }
            }
        }
        // 2022/23年度: a fiscal year keeps its written span.
        if text.at(afterDigits) == "/", let short = SmallNumberReader.arabic(text, at: afterDigits + 1, maxDigits: 2),
           short.length == 2, let suffix = ["财政年度", "財政年度", "财年", "年度", "年"].first(where: { text.hasWord($0, at: afterDigits + 3) }) {
            let second = (year.value / 100) * 100 + short.value
            let end = afterDigits + 3 + suffix.unicodeScalars.count
            return mention(index..<end, "\(year.value)/\(second)", year: year.value, rule: "date.fiscal-year")
        }
        guard text.at(afterSpaces) == "年" else { return nil }
        var end = afterSpaces + 1
        // 1990年代: a decade, which fixes no one year.
        if text.at(end) == "代", year.length == 4, year.value % 10 == 0 {
            return mention(index..<(end + 1), "\(year.value)/\(year.value + 9)", year: nil, rule: "date.decade")
        }
        var point = DatePoint(year: year.value)
        (end, point) = rest(after: end, point)
        return withRange(from: index, end: end, point: point, rule: "date.year")
    }

    /// Exactly four ASCII digits at `index`, not inside a longer number.
    func fourDigits(at index: Int) -> Int? {
        guard index + 4 <= text.count else { return nil }
        if let previous = text.at(index - 1), previous.isASCIIDigit || previous == "." { return nil }
        var value = 0
        for offset in 0..<4 {
            guard text[index + offset].isASCIIDigit else { return nil }
            value = value * 10 + Int(text[index + offset].value - 0x30)
        }
        if let next = text.at(index + 4), next.isASCIIDigit { return nil }
        return value
    }

    /// `-01-29`, `.5.13`, `/1/2`, ` 01 29` after a four-digit year: month and day with one
    /// separator (a space only between two-digit parts).
    func numericDate(year: Int, at index: Int) -> (end: Int, point: DatePoint)? {
        func digits(at position: Int) -> (value: Int, length: Int)? {
            var value = 0, length = 0
            while length < 3, let scalar = text.at(position + length), scalar.isASCIIDigit {
                value = value * 10 + Int(scalar.value - 0x30)
                length += 1
            }
            return (1...2).contains(length) ? (value, length) : nil
        }
        guard let separator = text.at(index), separator == "-" || separator == "." || separator == "/" || separator == " ",
              let month = digits(at: index + 1), (1...12).contains(month.value),
              text.at(index + 1 + month.length) == separator,
              let day = digits(at: index + 2 + month.length),
              (1...DatePoint.lastDay(year, month.value)).contains(day.value)
        else { return nil }
        let end = index + 2 + month.length + day.length
        if separator == " " {
            guard month.length == 2, day.length == 2 else { return nil }
            if let next = text.at(end), next.isASCIIDigit || (next == " " && text.at(end + 1)?.isASCIIDigit == true) { return nil }
            return (end, DatePoint(year: year, month: month.value, day: day.value))
        }
        if let next = text.at(end), next.isASCIIDigit || next == separator { return nil }
        return (end, DatePoint(year: year, month: month.value, day: day.value))
    }

    /// 同年, 次年, 今年 (+ month or part): relative to the text or the publication date.
    private func relativeYearMention(at index: Int, context: Context) -> DateMention? {
        guard let word = lexicons.relativeYears.longestMatch(in: text.scalars, at: index) else { return nil }
        // 那一年 is relative; a numeral right before (三年) means a duration, not 年.
        let base: Int?
        switch word.value.anchor {
        case .doc: base = context.year
        case .publication: base = publication?.year
        }
        var point = DatePoint(year: base.map { $0 + word.value.offset })
        var end = index + word.length
        // 上年同期, 去年同期: the period the text speaks of, in that year.
        if text.hasWord("同期", at: end) {
            let time = point.year.flatMap { year in context.time.flatMap { Self.period($0, movedTo: year) } }
            return mention(index..<(end + 2), time, year: nil, rule: "date.relative-year-period")
        }
        (end, point) = rest(after: end, point)
        return withRange(from: index, end: end, point: point, rule: "date.relative-year")
    }

    /// `time` (a date or a period within one year, `2025-01/2025-06`) moved to `year`
    /// (`2024-01/2024-06`); nil for a span of years.
    static func period(_ time: String, movedTo year: Int) -> String? {
        let parts = time.split(separator: "/").map(String.init)
        guard let first = parts.first, first.count >= 4, let from = Int(first.prefix(4)),
              parts.allSatisfy({ $0.count >= 4 && Int($0.prefix(4)) == from }) else { return nil }
        let shifted = parts.map { String(year) + $0.dropFirst(4) }
        // 2月29日 has no twin in most years.
        guard shifted.allSatisfy({ $0.count != 10 || CalendarDate(iso: $0) != nil }) else { return nil }
        return shifted.joined(separator: "/")
    }

    /// 目前, 当时, 同期: deictic words.
    private func deicticMention(at index: Int, context: Context) -> DateMention? {
        guard let word = lexicons.deictic.longestMatch(in: text.scalars, at: index) else { return nil }
        let time: String?
        var year: Int?
        switch word.value.anchor {
        case .doc:
            year = nil
            if word.value.dayOffset == 0 {
                time = context.time
            } else if let current = context.time, current.count == 10, let day = CalendarDate(iso: current) {
                time = Self.adding(days: word.value.dayOffset, to: day).description
            } else {
                time = nil
            }
        case .publication:
            if let publication {
                let day = Self.adding(days: word.value.dayOffset, to: publication)
                time = day.description
                year = day.year
            } else {
                time = nil
            }
        }
        return mention(index..<(index + word.length), time, year: year, rule: "date.deictic")
    }

    /// 3年前, 5天后: resolved from the publication date (years and months only).
    private func agoMention(at index: Int) -> DateMention? {
        guard let number = smallInteger(at: index, maxDigits: 3) else { return nil }
        var end = index + number.length
        let unit: String
        if text.hasWord("个月", at: end) { unit = "month"; end += 2 }
        else if text.at(end) == "年" { unit = "year"; end += 1 }
        else if text.at(end) == "天" { unit = "day"; end += 1 }
        else { return nil }
        guard let direction = text.at(end), direction == "前" || direction == "后" || direction == "後" else { return nil }
        // 3年前 and not 3年前三季度 / 前沿.
        if let next = text.at(end + 1), next.isIdeograph, next != "，", lexicons.yearParts.longestMatch(in: text.scalars, at: end) != nil { return nil }
        let sign = direction == "前" ? -1 : 1
        var time: String?
        if let publication {
            switch unit {
            case "year": time = String(publication.year + sign * number.value)
            case "month":
                let months = publication.year * 12 + (publication.month - 1) + sign * number.value
                time = "\(months / 12)-\(DatePoint.pad(months % 12 + 1, 2))"
            default: time = Self.adding(days: sign * number.value, to: publication).description
            }
        }
        return mention(index..<(end + 1), time, year: nil, rule: "date.ago")
    }

    /// 本月, 上月, 当月 (+ day or part): a month relative to the publication date or the text.
    private func relativeMonthMention(at index: Int, context: Context) -> DateMention? {
        guard let word = lexicons.relativeMonths.longestMatch(in: text.scalars, at: index) else { return nil }
        var point = DatePoint()
        let base: (Int, Int)?
        let textMonth = context.year.flatMap { year in context.month.map { (year, $0) } }
        switch word.value.anchor {
        case .doc: base = textMonth
        case .publication:
            // 比上月, 较上月: a base of comparison, told from the month the text speaks of.
            if let previous = text.at(index - 1), previous == "比" || previous == "较" || previous == "較", let textMonth {
                base = textMonth
            } else {
                base = publication.map { ($0.year, $0.month) }
            }
        }
        if let (year, month) = base {
            let months = year * 12 + (month - 1) + word.value.offset
            point = DatePoint(year: months / 12, month: months % 12 + 1)
        }
        var end = index + word.length
        (end, point) = monthRest(after: end, point)
        return mention(index..<end, point.iso, year: point.year, rule: "date.relative-month")
    }

    /// A day without a month (`30日`, `一日起`), in the month the text fixed. 号 alone is
    /// mostly a designation (3号线, 嫦娥五号, 信息路2号, 〔2022〕4号): a bare `N号`, in Arabic
    /// digits, is a day only before a word of the `day-follower` lexicon (12号晚上, 3号起), or
    /// at the end of a clause after a word of the `day-leader` lexicon (定于12号。, 下次的12号).
    private func dayMention(at index: Int, context: Context) -> DateMention? {
        if let previous = text.at(index - 1), previous == "第" || previous == "个" || previous == "." || previous == "月" { return nil }
        guard let day = calendarNumber(at: index, maxDigits: 2), (1...31).contains(day.value),
              let marker = text.at(index + day.length)
        else { return nil }
        switch marker {
        case "日":
            // 5日本企业 is no 5th; 24日夜间 is (日夜 is a word, 夜间 a part of the day).
            guard lexicons.notDates.longestMatch(in: text.scalars, at: index + day.length) == nil
                    || lexicons.dayPeriods.longestMatch(in: text.scalars, at: index + day.length + 1) != nil else { return nil }
        case "号", "號":
            guard text[index].isASCIIDigit else { return nil }
            if let previous = text.at(index - 1), previous.isASCIILetter || previous == "-" { return nil }
            let after = index + day.length + 1
            guard lexicons.dayFollowers.longestMatch(in: text.scalars, at: after) != nil
                    || (endsClause(at: after) && lexicons.dayLeaders.longestMatch(in: text.scalars, endingAt: index) != nil)
            else { return nil }
        default:
            return nil
        }
        var point = DatePoint(year: context.year, month: context.month, day: day.value)
        if context.month == nil { point.year = nil }
        if let year = point.year, let month = point.month, day.value > DatePoint.lastDay(year, month) { point.year = nil }
        let end = afterTimeOfDay(index + day.length + 1)
        return withRange(from: index, end: end, point: point, rule: "date.day")
    }

    /// A month without a year (`3月`, `1-11月`, `11月5日`), taking the year the text fixed.
    /// Alone, it is not written with a space before 月 (`iPhone 12 月销量` is no December).
    private func monthMention(at index: Int, year: Int?) -> DateMention? {
        if let previous = text.at(index - 1), previous == "第" || previous == "个" || previous == "." { return nil }
        var point = DatePoint(year: year)
        guard let (end, parsed) = month(at: index, into: point), text.at(end - 2) != " " else { return nil }
        point = parsed
        var finish = end
        (finish, point) = monthRest(after: finish, point)
        return withRange(from: index, end: finish, point: point, rule: "date.month")
    }

    /// 上半年, 一季度, 前三季度, 年初 on their own: a part of the year the text fixed.
    /// Single-character parts (底, 初) and 全年/年度 need a year before them.
    private func yearPartMention(at index: Int, year: Int?) -> DateMention? {
        guard let part = lexicons.yearParts.longestMatch(in: text.scalars, at: index), part.length >= 2,
              lexicons.yearPartsAfterYear.longestMatch(in: text.scalars, at: index)?.length != part.length
        else { return nil }
        if part.value == "year" {
            // 全年 alone (力争全年增长7%): the year the text has fixed, as an anchor, not a date row.
            guard let year, lexicons.yearPartAnchors.longestMatch(in: text.scalars, at: index)?.length == part.length else { return nil }
            var anchor = mention(index..<(index + part.length), String(year), year: nil, rule: "date.year-anchor")
            anchor.anchorOnly = true
            return anchor
        }
        if let previous = text.at(index - 1), previous == "第" || previous == "前" || previous == "上" || previous == "下" { return nil }
        let point = DatePoint(year: year, part: part.value)
        return mention(index..<(index + part.length), point.iso, year: nil, rule: "date.year-part")
    }

    // MARK: - Parts

    /// After `年` (or a relative year word): month [day] [month part], or a year part.
    func rest(after index: Int, _ point: DatePoint) -> (Int, DatePoint) {
        if let counted = countedMonths(at: index, point) { return counted }
        // 2018年 12月: typeset text may put a space between the parts.
        if let (end, withMonth) = month(at: skippingSpaces(index), into: point) {
            return monthRest(after: end, withMonth)
        }
        if lexicons.notDates.longestMatch(in: text.scalars, at: index) == nil,
           let part = lexicons.yearParts.longestMatch(in: text.scalars, at: index) {
            var result = point
            result.part = part.value
            return (index + part.length, result)
        }
        return (index, point)
    }

    /// After `N月`: day and month part.
    func monthRest(after index: Int, _ point: DatePoint) -> (Int, DatePoint) {
        var end = index
        var result = point
        let dayStart = skippingSpaces(index)
        if let day = calendarNumber(at: dayStart, maxDigits: 2), (1...31).contains(day.value) {
            let dayEnd = dayStart + day.length
            let markerAt = skippingSpaces(dayEnd)
            let marked = text.at(markerAt).map { $0 == "日" || $0 == "号" || $0 == "號" } ?? false
            // 一月19到20日: the first day of a range leaves its 日 to the second.
            let rangeFirst = !marked && dayStart == index && markedDay(after: dayEnd)
            // 八月十五: a day in Chinese numerals after a month in Chinese numerals needs no 日.
            let unmarked = !marked && dayStart == index && !text[dayStart].isASCIIDigit
                && monthIsChinese(before: index) && standsAlone(at: dayEnd)
            if marked || rangeFirst || unmarked {
                result.day = day.value
                // 2019年2月29日 does not exist: the date is read whole, and has no time.
                result.isImpossible = day.value > DatePoint.lastDay(point.year ?? 2000, point.month ?? 1)
                return (marked ? afterTimeOfDay(markerAt + 1) : dayEnd, result)
            }
        }
        if lexicons.notDates.longestMatch(in: text.scalars, at: end) == nil,
           let part = lexicons.monthParts.longestMatch(in: text.scalars, at: end) {
            result.part = part.value
            end += part.length
        }
        return (end, result)
    }

    /// `N月` at `index` (1-12), not `N月份额`; `1-11月` is a month range in one year.
    func month(at index: Int, into point: DatePoint) -> (Int, DatePoint)? {
        if let name = lexicons.monthNames.longestMatch(in: text.scalars, at: index) {
            var result = point
            result.month = name.value
            return (index + name.length, result)
        }
        if let first = calendarNumber(at: index, maxDigits: 2), (1...12).contains(first.value),
           let joiner = lexicons.rangeJoiners.longestMatch(in: text.scalars, at: index + first.length),
           let last = calendarNumber(at: index + first.length + joiner.length, maxDigits: 2),
           last.value > first.value, last.value <= 12,
           text.at(index + first.length + joiner.length + last.length) == "月" {
            var result = point
            result.part = "\(DatePoint.pad(first.value, 2))/\(DatePoint.pad(last.value, 2))"
            return (index + first.length + joiner.length + last.length + 1, result)
        }
        guard let number = calendarNumber(at: index, maxDigits: 2), (1...12).contains(number.value)
        else { return nil }
        let mark = skippingSpaces(index + number.length)
        guard text.at(mark) == "月" else { return nil }
        var result = point
        result.month = number.value
        return (mark + 1, result)
    }

    /// A date under a forecast word of its sentence (预计到2025年, 目标是2030年) or after 到/至 of
    /// a target (到2025年实现…) names a target, not the period the text is in.
    private func isTarget(_ range: Range<Int>) -> Bool {
        var index = range.lowerBound - 1
        let limit = max(0, range.lowerBound - 40)
        while index >= limit {
            let scalar = text[index]
            if scalar == "。" || scalar == "！" || scalar == "？" || scalar == "\n" { return false }
            if let word = lexicons.modality.longestMatch(in: text.scalars, at: index, limit: range.lowerBound),
               word.value == .sentence { return true }
            index -= 1
        }
        return false
    }

    /// 8月底出台的政策: a date, an event verb, 的 and the noun it qualifies (not 是去年设立的。,
    /// which says when, as a predicate).
    private func datesAnEvent(_ range: Range<Int>) -> Bool {
        guard let verb = lexicons.eventVerbs.longestMatch(in: text.scalars, at: range.upperBound) else { return false }
        let particle = range.upperBound + verb.length
        guard text.at(particle) == "的", let next = text.at(particle + 1) else { return false }
        return next.isIdeograph || next.isASCIILetter || next.isASCIIDigit
    }

    /// 发布2024年第一季度报告: a date between a verb of publishing and a report's name
    /// (not 报告期, the reporting period) dates the title of the report.
    private func isReportTitle(_ range: Range<Int>) -> Bool {
        // 2024年度利润分配预案: the 度 of 年度 stands between the year and the noun.
        let nounStart = text.at(range.upperBound) == "度" && text.at(range.upperBound - 1) == "年" ? range.upperBound + 1 : range.upperBound
        guard let noun = lexicons.reportNouns.longestMatch(in: text.scalars, at: nounStart),
              text.at(nounStart + noun.length) != "期",
              lexicons.reportVerbs.longestMatch(in: text.scalars, endingAt: range.lowerBound,
                                                from: max(0, range.lowerBound - 4)) != nil else { return false }
        return true
    }

    private func isComparison(_ range: Range<Int>) -> Bool {
        if let previous = text.at(range.lowerBound - 1), previous == "比" || previous == "较" || previous == "較" { return true }
        // 从2018年的50亿元增长到60亿元: the year of the base value.
        if let previous = text.at(range.lowerBound - 1), previous == "从" || previous == "由" || previous == "從",
           text.at(range.upperBound) == "的" { return true }
        if text.hasWord("相比", at: range.upperBound) || text.hasWord("同比", at: range.upperBound) { return true }
        if range.lowerBound >= 2, text.hasWord("比较", at: range.lowerBound - 2) { return true }
        return false
    }

    static func adding(days: Int, to date: CalendarDate) -> CalendarDate {
        var result = date
        var remaining = days
        while remaining > 0 {
            result.day += 1
            if result.day > CalendarDate.daysIn(month: result.month, year: result.year) {
                result.day = 1
                result.month += 1
                if result.month > 12 { result.month = 1; result.year += 1 }
            }
            remaining -= 1
        }
        while remaining < 0 {
            result.day -= 1
            if result.day < 1 {
                result.month -= 1
                if result.month < 1 { result.month = 12; result.year -= 1 }
                result.day = CalendarDate.daysIn(month: result.month, year: result.year)
            }
            remaining += 1
        }
        return result
    }
}

/// Code-point ranges inside 《…》 titles.
struct TitleRanges {
    private var ranges: [Range<Int>] = []

    init(text: FoldedText) {
        var open: Int?
        for index in text.titleMarksAndLineFeeds {
            switch text[index] {
            case "《": open = index
            case "》": if let start = open { ranges.append(start..<(index + 1)); open = nil }
            default: open = nil  // a line feed
            }
        }
    }

    func contains(_ index: Int) -> Bool {
        ranges.contains { $0.contains(index) }
    }
}
