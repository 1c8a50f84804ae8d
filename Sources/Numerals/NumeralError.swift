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

    public init(input: String, reason: String) {
        self.input = input
        self.reason = reason
    }

    public var description: String {
        "“\(input)” is not a numeral: \(reason)"
    }
}
