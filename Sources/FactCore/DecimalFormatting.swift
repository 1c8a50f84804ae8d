import Foundation

extension Decimal {
    /// The value as a plain decimal string, never in exponent form
    /// (`96280000000`, `1.27`, `0.005`), rounded to 12 decimal places
    /// (`三分之一` → `33.333333333333`).
    ///
    /// - Complexity: values with few digits (nearly all figures) are printed
    ///   from their ``plainDecimal`` digits, without rounding; only long
    ///   fractions pay for `NSDecimalRound`, and only values that remain
    ///   long after it for `description` (which divides the 128-bit mantissa
    ///   digit by digit: tens of thousands of instructions for 38 digits).
    public var plainString: String {
        if let plain = plainDecimal { return plain.text }
        // `description` prints exactly -exponent digits after the point, so
        // it has more than 12 exactly when the exponent is below -12.
        guard !isNaN, exponent < -12 else { return description }
        var value = self
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 12, .plain)
        return rounded.plainDecimal?.text ?? rounded.description
    }

    /// The digits ``plainString`` prints, when they are found without
    /// formatting the `Decimal` (formatting costs thousands of instructions):
    ///
    /// - a whole number below 2^53 (``exactInteger``): its digits;
    /// - `962.8`, `-0.05`: 1 to 12 decimal places whose digits are an
    ///   `Int64` below 2^53 not ending in 0, printed as `description` prints them.
    ///
    /// Nil for anything else (NaN, long or huge values), which ``plainString``
    /// formats the slow way. Writers print it straight into their bytes
    /// (``PlainDecimal/write(to:)``) instead of building the string.
    public var plainDecimal: PlainDecimal? {
        if let integer = exactInteger { return PlainDecimal(integer) }
        guard !isNaN, exponent < 0, exponent >= -12, let digits = significand.exactInteger,
              digits > 0, digits % 10 != 0 else { return nil }
        return PlainDecimal(isNegative: sign == .minus, digits: UInt64(digits), places: -exponent)
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
