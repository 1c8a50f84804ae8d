import Foundation

/// An exact expected value, written as a decimal literal string (never through `Double`).
func exact(_ text: String) -> Decimal {
    guard let value = Decimal(string: text) else { preconditionFailure("not a decimal literal: \(text)") }
    return value
}
