import Foundation
import FactCore

/// The values a printed figure may stand for: a closed interval, open-ended
/// where the text says so (`超过千亿` has no upper bound).
///
/// A figure's bounds take in its rounding (half a unit of its last printed
/// digit with the default ``Thresholds/rounding``: `962.8亿元` is
/// 962.75亿…962.85亿) and its qualifier (`近30个亿` is 27亿…30亿, `2万多个`
/// is 2万…3万, `约` is ±10%). Whole-number counts are exact.
public struct ValueBounds: Sendable, Hashable, CustomStringConvertible {
    /// nil: no lower bound.
    public var lower: Decimal?
    /// nil: no upper bound.
    public var upper: Decimal?

    public init(lower: Decimal?, upper: Decimal?) {
        self.lower = lower
        self.upper = upper
    }

    /// Exactly `value`.
    public init(exactly value: Decimal) {
        self.init(lower: value, upper: value)
    }

    /// `value` ± `halfWidth`.
    public init(_ value: Decimal, plusOrMinus halfWidth: Decimal) {
        self.init(lower: value - halfWidth, upper: value + halfWidth)
    }

    /// Whether some value lies in both intervals.
    public func overlaps(_ other: ValueBounds) -> Bool {
        if let lower, let otherUpper = other.upper, lower > otherUpper { return false }
        if let otherLower = other.lower, let upper, otherLower > upper { return false }
        return true
    }

    /// Whether every value of this interval is above every value of `other`.
    public func isAbove(_ other: ValueBounds) -> Bool {
        guard let lower, let otherUpper = other.upper else { return false }
        return lower > otherUpper
    }

    public static func + (lhs: ValueBounds, rhs: ValueBounds) -> ValueBounds {
        ValueBounds(lower: lhs.lower.flatMap { a in rhs.lower.map { a + $0 } },
                    upper: lhs.upper.flatMap { a in rhs.upper.map { a + $0 } })
    }

    public static func - (lhs: ValueBounds, rhs: ValueBounds) -> ValueBounds {
        ValueBounds(lower: lhs.lower.flatMap { a in rhs.upper.map { a - $0 } },
                    upper: lhs.upper.flatMap { a in rhs.lower.map { a - $0 } })
    }

    /// The interval times a positive constant.
    public func scaled(by factor: Decimal) -> ValueBounds {
        ValueBounds(lower: lower.map { $0 * factor }, upper: upper.map { $0 * factor })
    }

    /// The interval plus a constant.
    public func shifted(by amount: Decimal) -> ValueBounds {
        ValueBounds(lower: lower.map { $0 + amount }, upper: upper.map { $0 + amount })
    }

    /// This ÷ `divisor`, for a non-negative interval and a positive divisor; else nil.
    public func divided(by divisor: ValueBounds) -> ValueBounds? {
        guard let lower, lower >= 0, let divisorLower = divisor.lower, divisorLower > 0 else { return nil }
        let low: Decimal = divisor.upper.map { lower / $0 } ?? 0
        let high: Decimal? = upper.map { $0 / divisorLower }
        return ValueBounds(lower: low, upper: high)
    }

    /// Sum of several intervals (exactly 0 for none).
    public static func sum(_ bounds: [ValueBounds]) -> ValueBounds {
        bounds.reduce(ValueBounds(exactly: 0), +)
    }

    public var description: String {
        let low = lower.map { ValueBounds.short($0) } ?? "-∞"
        let high = upper.map { ValueBounds.short($0) } ?? "∞"
        return low == high ? low : "\(low)…\(high)"
    }

    /// A decimal with at most 4 decimals, for messages.
    public static func short(_ value: Decimal) -> String {
        var input = value, rounded = Decimal()
        NSDecimalRound(&rounded, &input, 4, .plain)
        return rounded.plainString
    }

    // MARK: - Figures

    /// The bounds of a figure, or nil for dates and facts without a value.
    public static func of(_ fact: Fact, thresholds: Thresholds) -> ValueBounds? {
        guard let value = fact.value, !fact.isDate else { return nil }
        let resolution = printedResolution(of: fact)
        var half = resolution * thresholds.rounding
        if fact.kind == .count, resolution <= 1, isInteger(value) { half = 0 }
        switch fact.approx {
        case .exact:
            return ValueBounds(value, plusOrMinus: half)
        case .about:
            let width = abs(value) * thresholds.aboutRelative
            return ValueBounds(lower: value - width - half, upper: value + width + half)
        case .nearly:
            return ValueBounds(lower: value - abs(value) * thresholds.nearlyRelative - half, upper: value + half)
        case .over:
            if fact.text.contains("多") || fact.text.contains("余") || fact.text.contains("餘") {
                return ValueBounds(lower: value, upper: value + trailingZeroResolution(of: value))
            }
            // 超174% is itself rounded: 173.68% is "over 174%" as printed.
            return ValueBounds(lower: value - half, upper: nil)
        case .atLeast:
            return ValueBounds(lower: value - half, upper: nil)
        case .under, .atMost:
            return ValueBounds(lower: min(0, value), upper: value + half)
        case .range:
            let top = fact.valueMax ?? value
            return ValueBounds(lower: value - half, upper: top + half)
        case .vague:
            return ValueBounds(lower: value, upper: fact.valueMax ?? value)
        }
    }

    /// The value of one unit of the figure's last printed digit: `962.8亿元`
    /// → 10⁷, `3万平米` → 10⁴, `77.7%` → 0.1, `1000亩` → 1. Figures written
    /// without Arabic digits (`千亿`, `一千二百万`) count to their last
    /// non-zero digit (10¹¹, 10⁶).
    public static func printedResolution(of fact: Fact) -> Decimal {
        guard let value = fact.value else { return 1 }
        if let printed = firstArabicNumber(in: fact.text), printed.mantissa != 0 {
            let multiplier = value / printed.mantissa
            return abs(multiplier) * power(-printed.decimals)
        }
        return trailingZeroResolution(of: value)
    }

    /// 10ᵏ for the largest k such that 10ᵏ divides `value` (10⁻ᵈ for d decimals).
    public static func trailingZeroResolution(of value: Decimal) -> Decimal {
        let text = abs(value).plainString
        if let point = text.firstIndex(of: ".") {
            let decimals = text[text.index(after: point)...].count
            return power(-decimals)
        }
        guard text != "0" else { return 1 }
        let zeros = text.reversed().prefix { $0 == "0" }.count
        return power(zeros)
    }

    /// 10ᵏ.
    static func power(_ exponent: Int) -> Decimal {
        Decimal(sign: .plus, exponent: exponent, significand: 1)
    }

    static func isInteger(_ value: Decimal) -> Bool {
        !value.plainString.contains(".")
    }

    /// The first run of Arabic digits in `text` (full-width digits, a decimal
    /// point and thousands separators allowed), with its number of decimals.
    static func firstArabicNumber(in text: String) -> (mantissa: Decimal, decimals: Int)? {
        arabicNumber(in: text).map { ($0.mantissa, $0.decimals) }
    }

    /// The first run of Arabic digits with its number of decimals and its code points in `text`.
    static func arabicNumber(in text: String) -> (mantissa: Decimal, decimals: Int, range: Range<Int>)? {
        var digits = "", decimals = 0, sawPoint = false, started = false, first = 0
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func digit(_ scalar: Unicode.Scalar) -> Character? {
            switch scalar.value {
            case 0x30...0x39: return Character(scalar)
            case 0xFF10...0xFF19: return Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
            default: return nil
            }
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if let d = digit(scalar) {
                if !started { first = index }
                started = true
                digits.append(d)
                if sawPoint { decimals += 1 }
            } else if started, scalar == "." || scalar == "．" || scalar == "·", !sawPoint,
                      index + 1 < scalars.count, digit(scalars[index + 1]) != nil {
                sawPoint = true
                digits.append(".")
            } else if started, scalar == "," || scalar == "，", !sawPoint,
                      index + 1 < scalars.count, digit(scalars[index + 1]) != nil {
                // thousands separator
            } else if started {
                break
            }
            index += 1
        }
        guard started, let mantissa = Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX")) else {
            return nil
        }
        var last = index
        while last > first, digit(scalars[last - 1]) == nil { last -= 1 }
        return (mantissa, decimals, first..<last)
    }
}
