import FactCore

/// The days a fact's `time` covers: `2019` is 2019-01-01…2019-12-31,
/// `2019-11` the month, `2018-12-31` one day, `2012/2015` and
/// `2019-01/2019-06` from the start of the first to the end of the second.
public struct TimePeriod: Sendable, Hashable {
    public let start: CalendarDate
    public let end: CalendarDate

    public init(start: CalendarDate, end: CalendarDate) {
        self.start = start
        self.end = end
    }

    /// Parses an ISO 8601 time as the guidelines write it; nil for anything else.
    public init?(iso: String) {
        let sides = iso.split(separator: "/", omittingEmptySubsequences: false)
        switch sides.count {
        case 1:
            guard let one = Self.bounds(Substring(iso)) else { return nil }
            self.init(start: one.start, end: one.end)
        case 2:
            guard let first = Self.bounds(sides[0]), let second = Self.bounds(sides[1]),
                  first.start <= second.end else { return nil }
            self.init(start: first.start, end: second.end)
        default:
            return nil
        }
    }

    /// Start and end of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    private static func bounds(_ text: Substring) -> (start: CalendarDate, end: CalendarDate)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.first?.count == 4, let year = Int(parts[0]) else { return nil }
        switch parts.count {
        case 1:
            return (CalendarDate(year: year, month: 1, day: 1), CalendarDate(year: year, month: 12, day: 31))
        case 2:
            guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            return (CalendarDate(year: year, month: month, day: 1),
                    CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year)))
        case 3:
            guard let day = CalendarDate(iso: String(text)) else { return nil }
            return (day, day)
        default:
            return nil
        }
    }

    /// Whether `other` lies inside this period and is not the same period.
    public func strictlyContains(_ other: TimePeriod) -> Bool {
        self != other && start <= other.start && other.end <= end
    }

    /// `iso` with every year moved by `years` (`2019-11` → `2018-11`); nil
    /// when it is not a time this type parses.
    public static func shifting(_ iso: String, years: Int) -> String? {
        guard TimePeriod(iso: iso) != nil else { return nil }
        let sides = iso.split(separator: "/", omittingEmptySubsequences: false).map { side -> String in
            var parts = side.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            parts[0] = String(Int(parts[0])! + years)
            return parts.joined(separator: "-")
        }
        let shifted = sides.joined(separator: "/")
        return TimePeriod(iso: shifted) == nil ? nil : shifted
    }
}
