import Foundation

extension Decimal {
    /// The value as a plain decimal string, never in exponent form
    /// (`96280000000`, `1.27`, `0.005`), rounded to 12 decimal places
    /// (`三分之一` → `33.333333333333`).
    ///
    /// - Complexity: values with few digits (nearly all figures) are printed
    ///   without rounding; only long fractions pay for `NSDecimalRound`.
    public var plainString: String {
        let text = description
        if let point = text.firstIndex(of: "."), text.distance(from: point, to: text.endIndex) > 13 {
            var value = self
            var rounded = Decimal()
            NSDecimalRound(&rounded, &value, 12, .plain)
            return rounded.description
        }
        return text
    }
}
