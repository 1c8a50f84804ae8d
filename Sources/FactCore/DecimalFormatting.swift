import Foundation

extension Decimal {
    /// The value as a plain decimal string, never in exponent form
    /// (`96280000000`, `1.27`, `0.005`), rounded to 12 decimal places
    /// (`三分之一` → `33.333333333333`).
    ///
    /// - Complexity: values with few digits (nearly all figures) are printed
    ///   without rounding; only long fractions pay for `NSDecimalRound`.
    public var plainString: String {
        if let integer = exactInteger { return String(integer) }
        if let fraction = shortFraction { return fraction }
        let text = description
        if let point = text.firstIndex(of: "."), text.distance(from: point, to: text.endIndex) > 13 {
            var value = self
            var rounded = Decimal()
            NSDecimalRound(&rounded, &value, 12, .plain)
            return rounded.description
        }
        return text
    }

    /// `962.8`, `-0.05`: a value with 1 to 12 decimal places whose digits are an
    /// `Int64` below 2^53 not ending in 0, printed from those digits as
    /// `description` prints it (formatting the `Decimal` costs thousands of
    /// instructions). Nil for anything else.
    var shortFraction: String? {
        guard !isNaN, exponent < 0, exponent >= -12, let digits = significand.exactInteger,
              digits > 0, digits % 10 != 0 else { return nil }
        let places = -exponent
        var text = String(digits)
        if text.count <= places { text = String(repeating: "0", count: places - text.count + 1) + text }
        text.insert(".", at: text.index(text.endIndex, offsetBy: -places))
        return sign == .minus ? "-" + text : text
    }

    /// The value as an `Int64` when it is a whole number below 2^53 (most
    /// figures: counts, amounts in yuan), found without formatting: printing
    /// a `Decimal` divides its 128-bit mantissa digit by digit, ten thousand
    /// instructions a value. The conversion through `Double` is checked
    /// against the value itself, so an inexact one falls back to formatting.
    public var exactInteger: Int64? {
        guard !isNaN, exponent >= 0 || isZero else { return nil }
        let double = NSDecimalNumber(decimal: self).doubleValue
        guard double.magnitude < 9_007_199_254_740_992, double == double.rounded() else { return nil }
        let integer = Int64(double)
        return Decimal(integer) == self ? integer : nil
    }
}
