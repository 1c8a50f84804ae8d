import Foundation

/// Decimal strings compared as the guidelines score `value`.
enum DecimalComparison {
    /// Parses a decimal string strictly: `-?digits(.digits)?` with an optional
    /// exponent (`e-3`). Nil for anything else, including the trailing junk
    /// that `Decimal(string:)` would silently drop.
    static func parse(_ text: String) -> Decimal? {
        let bytes = Array(text.utf8)
        var i = 0
        func digits() -> Int {
            let from = i
            while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") { i += 1 }
            return i - from
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") { i += 1 }
        guard digits() > 0 else { return nil }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { return nil }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") { i += 1 }
            guard digits() > 0 else { return nil }
        }
        guard i == bytes.count else { return nil }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// Whether two optional decimal strings agree: both nil; or both parse and
    /// |a − b| / max(|a|, |b|) < `tolerance` (exact equality when both are
    /// zero); or, when either does not parse, the strings are equal.
    static func agree(_ a: String?, _ b: String?, tolerance: Decimal) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (nil, _), (_, nil): return false
        case let (a?, b?):
            guard let x = parse(a), let y = parse(b), !x.isNaN, !y.isNaN else { return a == b }
            return agree(x, y, tolerance: tolerance)
        }
    }

    static func agree(_ x: Decimal, _ y: Decimal, tolerance: Decimal) -> Bool {
        let scale = max(abs(x), abs(y))
        if scale == 0 { return true }
        return abs(x - y) < tolerance * scale
    }
}

/// Bag-of-characters F1 of two optional strings, over code points:
/// 2·|common| / (|a| + |b|), where common is the multiset intersection.
/// Both nil (or both empty) → 1; exactly one nil → 0.
public func characterF1(_ a: String?, _ b: String?) -> Double {
    guard let a, let b else { return a == nil && b == nil ? 1 : 0 }
    let total = a.unicodeScalars.count + b.unicodeScalars.count
    if total == 0 { return 1 }
    var bag: [Unicode.Scalar: Int] = [:]
    for scalar in a.unicodeScalars { bag[scalar, default: 0] += 1 }
    var common = 0
    for scalar in b.unicodeScalars {
        if let n = bag[scalar], n > 0 {
            bag[scalar] = n - 1
            common += 1
        }
    }
    return 2 * Double(common) / Double(total)
}
