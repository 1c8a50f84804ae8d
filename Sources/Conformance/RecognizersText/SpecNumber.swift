import Foundation

/// Numbers as the specs write them: .NET `double.ToString()` (G15), so at most
/// 15 significant digits and exponent form outside 1e-5 ..< 1e15
/// (`"350.333333333333"`, `"5E-06"`, `"-1.2732E+15"`), optionally with `%`.
public enum SpecNumber {
    /// Relative tolerance of a numeric match: G15 keeps 15 significant digits,
    /// so an exact value and its G15 form differ by at most 5e-15 relatively.
    public static let relativeTolerance = 1e-13

    /// `"45%"` → 45, `"5E-06"` → 0.000005; nil for anything else.
    public static func parse(_ text: String) -> Double? {
        var body = text.trimmingCharacters(in: .whitespaces)
        if body.hasSuffix("%") { body.removeLast() }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }) else { return nil }
        return Double(body)
    }

    /// Whether `ours` (exact) equals `theirs` (G15) within ``relativeTolerance``.
    public static func agree(_ ours: Decimal, _ theirs: Double) -> Bool {
        agree(NSDecimalNumber(decimal: ours).doubleValue, theirs)
    }

    public static func agree(_ a: Double, _ b: Double) -> Bool {
        let scale = max(abs(a), abs(b))
        if scale == 0 { return true }
        return abs(a - b) <= relativeTolerance * scale
    }
}

/// A NumberRangeModel value in interval notation: `"[20,100)"`, `"(500,)"`, `"(,100]"`.
///
/// ```swift
/// let interval = SpecInterval("(500,)")!
/// interval.lower   // 500, open
/// interval.upper   // nil
/// ```
public struct SpecInterval: Sendable, Equatable, CustomStringConvertible {
    public var lower: Double?
    public var lowerClosed: Bool
    public var upper: Double?
    public var upperClosed: Bool

    public init(lower: Double?, lowerClosed: Bool, upper: Double?, upperClosed: Bool) {
        self.lower = lower
        self.lowerClosed = lowerClosed
        self.upper = upper
        self.upperClosed = upperClosed
    }

    public init?(_ text: String) {
        let body = text.trimmingCharacters(in: .whitespaces)
        guard let open = body.first, let close = body.last, "[(".contains(open), "])".contains(close) else { return nil }
        let inner = body.dropFirst().dropLast()
        let parts = inner.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let low = parts[0].trimmingCharacters(in: .whitespaces)
        let high = parts[1].trimmingCharacters(in: .whitespaces)
        lower = low.isEmpty ? nil : SpecNumber.parse(low)
        upper = high.isEmpty ? nil : SpecNumber.parse(high)
        guard low.isEmpty || lower != nil, high.isEmpty || upper != nil, lower != nil || upper != nil else { return nil }
        lowerClosed = open == "["
        upperClosed = close == "]"
    }

    public var description: String {
        "\(lowerClosed ? "[" : "(")\(lower.map { "\($0)" } ?? ""),\(upper.map { "\($0)" } ?? "")\(upperClosed ? "]" : ")")"
    }
}
