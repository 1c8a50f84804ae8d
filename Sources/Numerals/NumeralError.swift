/// Thrown by ``NumeralParser`` when a string is not one numeral in the requested mode.
///
/// ```swift
/// do {
///     _ = try NumeralParser.value(of: "十一十二", mode: .strict)
/// } catch {
///     print(error.reason)  // plain-language explanation
/// }
/// ```
public struct NumeralError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text that was rejected, exactly as given.
    public var input: String
    /// Why it was rejected, in plain language.
    public var reason: String

    /// Creates an error for `input`, e.g. `NumeralError(input: "亿", reason: "亿 needs a number before it")`.
    public init(input: String, reason: String) {
        self.input = input
        self.reason = reason
    }

    /// `“亿” is not a numeral: 亿 needs a number before it`.
    public var description: String {
        "“\(input)” is not a numeral: \(reason)"
    }
}
