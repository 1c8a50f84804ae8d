/// A date expression found in the text, with its resolved ISO time.
struct DateMention {
    /// Code-point range of the whole expression (`2013年1月23日`, `同年10月`).
    var range: Range<Int>
    /// ISO 8601 date or period, nil when the text does not fix it (今年 without a publication date).
    var time: String?
    /// Year this mention fixes for later relative dates (nil when unresolved).
    var year: Int?
    /// Preceded by 比/较 or followed by 相比: a base of comparison, not the period of a figure.
    var isComparisonBase: Bool
    /// Inside a title (《…2020年统计公报》): not a fact, not an anchor.
    var isInTitle: Bool
    /// Dates a report being published (发布2024年第一季度报告), or names that report's
    /// period (报告期内): not a fact (no date row), but the period the text goes on to
    /// speak of, so still an anchor and context.
    var namesReport = false
    /// The date of an event that qualifies a noun (8月底出台的政策, 2018年成立的公司): a date row,
    /// but not the period of the figures after it, and it does not move the year the text speaks of.
    var datesAnEvent = false
    /// A time the text speaks of that is no date row (全年 alone: the year the text has fixed):
    /// an anchor for figures only.
    var anchorOnly = false
    /// Name of the rule that matched.
    var rule: String
}

/// A calendar position with optional month and day, and a resolved-or-unknown year.
struct DatePoint {
    var year: Int?
    var month: Int?
    var day: Int?
    /// A part of the year or month: a span (`01/06`), a day (`12-31`), `year`.
    var part: String?
    /// A day that its month does not have (2019年2月29日): the date is read whole, with no time.
    var isImpossible = false

    /// ISO form, or nil when the year is unknown or the day impossible.
    var iso: String? {
        guard let year, !isImpossible else { return nil }
        let y = DatePoint.pad(year, 4)
        if let month {
            let m = "\(y)-\(DatePoint.pad(month, 2))"
            if let day { return "\(m)-\(DatePoint.pad(day, 2))" }
            switch part {
            case "last": return "\(m)-\(DatePoint.pad(DatePoint.lastDay(year, month), 2))"
            default: return m
            }
        }
        guard let part, part != "year" else { return y }
        if part.utf8.contains(UInt8(ascii: "/")) {
            let bounds = part.split(separator: "/")
            return "\(y)-\(bounds[0])/\(y)-\(bounds[1])"
        }
        return "\(y)-\(part)"
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    static func lastDay(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
