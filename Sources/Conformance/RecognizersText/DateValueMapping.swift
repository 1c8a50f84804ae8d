import FactCore

/// What a date result expects of our `time` field.
public enum ExpectedTime: Sendable, Equatable, CustomStringConvertible {
    /// Any one of these ISO strings (a date without a year has a past and a future reading).
    case oneOf([String])
    /// Their "not resolved" / `0001-01-01` (an impossible date such as 2019年2月29日): our time must be null.
    case unresolved
    /// A value the mapping cannot express (an open interval without an anchor): never matches.
    case unmappable(String)

    public var description: String {
        switch self {
        case .oneOf(let values): return values.joined(separator: " | ")
        case .unresolved: return "null"
        case .unmappable(let why): return "unmappable(\(why))"
        }
    }

    /// Whether our `time` satisfies the expectation.
    public func accepts(_ time: String?) -> Bool {
        switch self {
        case .oneOf(let values): return time.map(values.contains) ?? false
        case .unresolved: return time == nil
        case .unmappable: return false
        }
    }
}

/// Their dates to our ISO 8601 times (../shared/gold/GUIDELINES.md, "Time").
///
/// - A date value `2010-01-29` is itself.
/// - A period with a plain timex (`2008`, `2018-10`, `XXXX-03`) is its start written at the
///   timex's precision: `2008`, `2018-10`, `2019-03`.
/// - A range `(start,end,PnX)` has precision X (Y years, M months, D or W days) and becomes
///   `start/last`. Their end is exclusive; where the text names both ends, with a joiner
///   (到 至 - ~ 和 与 间) or as an open pair (an after-word, then a before-word:
///   `2010年之后2018年之前`), their end is the start of the last named unit, which is our
///   inclusive last: `从二零一六年至二零一八年` `(2016-01-01,2018-01-01,P2Y)` → `2016/2018`,
///   `2010年之后2018年之前` `(2010-01-01,2018-01-01,P8Y)` → `2010/2018`. A single named
///   period (`上半年`, `90年代`, `最后4个月`) ends the day before their end: `(2019-01-01,2019-07-01,P6M)`
///   → `2019-01/2019-06`.
/// - A value with `Mod` (before, after, since, until) is an open interval, which our times do
///   not express: we expect the anchor, their timex (`2018年以前` → `2018`).
/// - "not resolved" and `0001-01-01` expect a null time.
public enum DateValueMapping {
    /// Characters that show a range written with both ends.
    static let joiners: Set<Character> = ["到", "至", "-", "–", "—", "~", "～", "－", "和", "与", "與", "间", "間"]
    /// The words of an open pair: an after-word, later a before-word (`2010年之后2018年之前`).
    static let openStarts = ["之后", "以后", "之後", "以後"]
    static let openEnds = ["之前", "以前"]

    /// Whether the text names both ends of its range: a joiner, or an open pair.
    static func namesBothEnds(_ text: String) -> Bool {
        if text.contains(where: { joiners.contains($0) }) { return true }
        guard let opened = openStarts.compactMap({ text.range(of: $0)?.upperBound }).min() else { return false }
        return openEnds.contains { text[opened...].contains($0) }
    }

    /// One DateTimeModel value (`timex`, `type`, `value` or `start`/`end`, optional `Mod`).
    public static func iso(modelValue value: [String: String], text: String) -> ExpectedTime {
        let timex = value["timex"] ?? ""
        if value["value"] == "not resolved" { return .unresolved }
        if value["Mod"] != nil { return anchor(timex) }
        if value["type"] == "date" {
            guard let date = value["value"] else { return .unmappable("date without value") }
            return date == "0001-01-01" ? .unresolved : .oneOf([date])
        }
        guard let start = value["start"], let end = value["end"] else { return .unmappable("range without start/end") }
        return period(timex: timex, start: start, end: end, text: text)
    }

    /// One parser resolution (`date`, or `startDate`/`endDate`) with the result's Timex.
    public static func iso(parserResolution resolution: [String: String], timex: String?, text: String) -> ExpectedTime {
        if let date = resolution["date"] {
            return date == "0001-01-01" ? .unresolved : .oneOf([date])
        }
        guard let start = resolution["startDate"], let end = resolution["endDate"] else {
            return .unmappable("resolution without date or startDate/endDate")
        }
        return period(timex: timex ?? "", start: start, end: end, text: text)
    }

    /// Merges the readings of several values into one expectation (any of them is accepted).
    public static func merge(_ expectations: [ExpectedTime]) -> ExpectedTime {
        var values: [String] = []
        for expectation in expectations {
            switch expectation {
            case .oneOf(let more): for value in more where !values.contains(value) { values.append(value) }
            case .unresolved: return .unresolved
            case .unmappable: continue
            }
        }
        return values.isEmpty ? (expectations.first ?? .unmappable("no value")) : .oneOf(values)
    }

    // MARK: - Periods

    enum Precision { case year, month, day }

    static func period(timex: String, start: String, end: String, text: String) -> ExpectedTime {
        guard let from = CalendarDate(iso: start), let to = CalendarDate(iso: end) else {
            return start == "0001-01-01" ? .unresolved : .unmappable("start/end not dates")
        }
        if timex.hasPrefix("(") {
            guard let designator = timex.dropLast().split(separator: ",").last?.last else { return .unmappable(timex) }
            let precision: Precision
            switch designator {
            case "Y": precision = .year
            case "M": precision = .month
            case "D", "W": precision = .day
            default: return .unmappable(timex)
            }
            let last = namesBothEnds(text) ? to : stepBack(to, precision)
            return .oneOf(["\(format(from, precision))/\(format(last, precision))"])
        }
        let precision: Precision
        switch timex.split(separator: "-").count {
        case 1: precision = .year
        case 2: precision = .month
        default: precision = .day
        }
        return .oneOf([format(from, precision)])
    }

    /// A Mod value's anchor: its timex when fully specified.
    static func anchor(_ timex: String) -> ExpectedTime {
        guard !timex.isEmpty, !timex.contains("X"), !timex.hasPrefix("(") else { return .unmappable("open interval on \(timex)") }
        return .oneOf([timex])
    }

    static func format(_ date: CalendarDate, _ precision: Precision) -> String {
        switch precision {
        case .year: return pad(date.year, 4)
        case .month: return "\(pad(date.year, 4))-\(pad(date.month, 2))"
        case .day: return date.description
        }
    }

    static func stepBack(_ date: CalendarDate, _ precision: Precision) -> CalendarDate {
        var result = date
        switch precision {
        case .year:
            result.year -= 1
        case .month:
            result.month -= 1
            if result.month == 0 { result.month = 12; result.year -= 1 }
        case .day:
            result.day -= 1
            if result.day == 0 {
                result.month -= 1
                if result.month == 0 { result.month = 12; result.year -= 1 }
                result.day = CalendarDate.daysIn(month: result.month, year: result.year)
            }
        }
        return result
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}

/// Their date spans to ours: a date row covers the date expression only, while
/// their spans also take in the words that make a range or an open interval
/// (`从…`, `在…之间`, `…以前`, `…或之后`, `截止到…`). Those words are trimmed from
/// both ends of their span before spans are compared.
public enum DateSpanMapping {
    /// Trimmed from the start, longest first.
    public static let leading = ["截止到", "截至到", "自从", "截止", "截至", "从", "自", "在", "于", "到"]
    /// Trimmed from the end, longest first.
    public static let trailing = ["或之前", "或之后", "及以前", "及以后", "及之前", "及之后", "或以前", "或以后",
                                  "之前", "以前", "之后", "以后", "以来", "开始", "之间", "起", "间", "前", "后"]

    /// The range of `range` in `scalars` left after trimming (spaces next to a trimmed word go too).
    public static func trim(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        func text(_ a: Int, _ b: Int) -> String { String(String.UnicodeScalarView(scalars[a..<b])) }
        var changed = true
        while changed && lower < upper {
            changed = false
            for word in leading {
                let n = word.unicodeScalars.count
                if upper - lower > n, text(lower, lower + n) == word { lower += n; changed = true; break }
            }
            for word in trailing {
                let n = word.unicodeScalars.count
                if upper - lower > n, text(upper - n, upper) == word { upper -= n; changed = true; break }
            }
            while lower < upper, scalars[lower] == " " { lower += 1 }
            while upper > lower, scalars[upper - 1] == " " { upper -= 1 }
        }
        return lower..<upper
    }
}
