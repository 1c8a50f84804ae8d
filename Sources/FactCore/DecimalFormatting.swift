import Foundation

extension Decimal {
    /// The value as a plain decimal string, never in exponent form
    /// (`96280000000`, `1.27`, `0.005`).
    public var plainString: String {
        var value = self
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 12, .plain)
        let text = rounded.description
        guard text.contains("e") || text.contains("E") else { return text }
        // Foundation prints plain decimals on Linux and Darwin; keep a fallback.
        return NSDecimalNumber(decimal: rounded).stringValue
    }
}
