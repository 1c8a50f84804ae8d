import Foundation
import FactCore

extension AnalyzedFact {
    /// The figure as printed with its metric and time: `255家 (涉云企业, 2015)`.
    var label: String {
        let details = [fact.metric, fact.time].compactMap { $0 }
        return details.isEmpty ? fact.text : "\(fact.text) (\(details.joined(separator: ", ")))"
    }

    /// The unit for messages: the classifier of a count (家), else the unit code (CNY, mu).
    var unitLabel: String {
        fact.kind == .count ? (fact.unitText ?? fact.unit ?? "") : (fact.unit ?? "")
    }

    /// `value` written the way this figure is printed: a sum of parts
    /// beside `2000亩` is `2000亩`, beside `58887.41亿元` it is `58887.41亿元`.
    func amount(_ value: Decimal) -> String {
        if let printed = ValueBounds.arabicNumber(in: fact.text), printed.mantissa != 0, let own = fact.value, own != 0 {
            let multiplier = own / printed.mantissa
            var suffix = String(String.UnicodeScalarView(Array(fact.text.unicodeScalars)[printed.range.upperBound...]))
            for qualifier in ["左右", "以上", "以下", "上下", "前后", "多", "余", "餘"] {
                suffix = suffix.replacingOccurrences(of: qualifier, with: "")
            }
            return MessageText.number(value / multiplier, places: 4) + suffix
        }
        return "\(value.plainString) \(unitLabel)"
    }

    /// Cites this fact in `role`.
    func cited(_ role: String) -> CitedFact { CitedFact(fact, role: role) }
}

/// Number formatting for messages.
enum MessageText {
    /// `value` rounded to `places` decimals, plainly written.
    static func number(_ value: Decimal, places: Int = 2) -> String {
        var input = value, rounded = Decimal()
        NSDecimalRound(&rounded, &input, places, .plain)
        return rounded.plainString
    }

    /// A signed number: `+20`, `-3.5`.
    static func signed(_ value: Decimal, places: Int = 2) -> String {
        (value > 0 ? "+" : "") + number(value, places: places)
    }
}
