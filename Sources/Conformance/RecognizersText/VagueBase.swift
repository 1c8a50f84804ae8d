import Foundation
import FactCore

/// The base that a vague amount is built on, as the Recognizers-Text models write it.
///
/// Our vague figures carry their bounds (GUIDELINES.md "Qualifiers": `十几万` → 110000 to
/// 190000, `二十几万` → 210000 to 290000, `几十` → 20 to 90). The models give the numeral with its
/// vague digit read as zero instead: NumberModel `二十几万` → 200000, NumberRangeModel `十几万` →
/// `(100000,)`. Both name the same amount; this is the mapping from ours to theirs.
///
/// The vague digit stands at the place `p` whose step the bounds span (`十几` 1–9 of it is
/// 8·p wide, `几X` 2–9 is 7·p wide); the base is our lower bound with that digit (and
/// anything below it) cleared: `210000 − (210000 mod 10⁵) = 200000`.
enum VagueBase {
    /// The base of `fact` when it is a vague amount with both bounds, else nil.
    static func of(_ fact: Fact) -> Decimal? {
        guard fact.approx == .vague, let low = fact.value, let high = fact.valueMax, high > low else { return nil }
        let width = high - low
        for steps in [Decimal(8), Decimal(7)] {
            let place = width / steps
            guard isPowerOfTen(place) else { continue }
            let block = place * 10
            let remainder = low - floorDivide(low, by: block) * block
            return low - remainder
        }
        return nil
    }

    private static func isPowerOfTen(_ value: Decimal) -> Bool {
        guard value >= 1 else { return false }
        var rest = value
        while rest >= 10 { rest /= 10 }
        return rest == 1
    }

    private static func floorDivide(_ value: Decimal, by divisor: Decimal) -> Decimal {
        var quotient = value / divisor
        var rounded = Decimal()
        NSDecimalRound(&rounded, &quotient, 0, .down)
        return rounded
    }
}
