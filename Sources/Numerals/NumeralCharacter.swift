import Foundation

/// Character classes the extractor's scanner uses to find numeral candidates.
///
/// All answers come from the same table the parser uses, so a span made only of
/// ``isNumeralScalar(_:)`` scalars is exactly what ``NumeralParser`` knows how to read
/// (though not every such span is a numeral: `1..2`, `一点点`).
///
/// ```swift
/// NumeralCharacter.digit("贰")              // 2
/// NumeralCharacter.magnitude("亿")          // 100000000
/// NumeralCharacter.tens("廿")               // 20
/// NumeralCharacter.isNumeralScalar("点")    // true
/// ```
public enum NumeralCharacter {
    /// The digit value of `s`, or `nil`.
    ///
    /// Covers 0-9 (ASCII and full-width ０-９), 零〇一二两兩三四五六七八九, the financial capitals
    /// 壹贰貳叁參叄肆伍陆陸柒捌玖, and 幺 (= 1; the parser accepts it only inside digit-by-digit
    /// readings such as 幺八九).
    ///
    /// ```swift
    /// NumeralCharacter.digit("两")   // 2
    /// NumeralCharacter.digit("７")   // 7
    /// NumeralCharacter.digit("十")   // nil (a magnitude, see magnitude(_:))
    /// ```
    public static func digit(_ s: Unicode.Scalar) -> Int? {
        switch ScalarClass.of(s) {
        case .chineseDigit(let d, _), .arabicDigit(let d): return Int(d)
        default: return nil
        }
    }

    /// The value of a magnitude character, or `nil`.
    ///
    /// 十拾 → 10, 百佰 → 100, 千仟 → 1000, 万萬 → 10 000, 亿億 → 100 000 000.
    /// 兆 is deliberately absent: in news it means 10^6 (mega-, 兆瓦) as often as 10^12.
    ///
    /// ```swift
    /// NumeralCharacter.magnitude("萬")   // 10000
    /// NumeralCharacter.magnitude("兆")   // nil
    /// ```
    public static func magnitude(_ s: Unicode.Scalar) -> Decimal? {
        switch ScalarClass.of(s) {
        case .smallUnit(let e), .largeUnit(let e):
            return Decimal(sign: .plus, exponent: Int(e), significand: 1)
        default:
            return nil
        }
    }

    /// The value of a ready-made tens character: 廿 → 20, 卅 → 30; otherwise `nil`.
    ///
    /// ```swift
    /// NumeralCharacter.tens("廿")   // 20
    /// ```
    public static func tens(_ s: Unicode.Scalar) -> Int? {
        if case .tens(let t) = ScalarClass.of(s) { return Int(t) * 10 }
        return nil
    }

    /// Whether `s` may appear inside a numeral: every ``digit(_:)``, every ``magnitude(_:)``,
    /// 廿卅, 点 (點), and `.` `．` `,` `，` (which the parser accepts only inside an Arabic number,
    /// as decimal point and thousands separator).
    ///
    /// Signs (see ``isSign(_:)``) and the RMB words 元角分整 are not numeral scalars.
    ///
    /// ```swift
    /// NumeralCharacter.isNumeralScalar("亿")   // true
    /// NumeralCharacter.isNumeralScalar("，")   // true: 1，234 (full-width separator)
    /// NumeralCharacter.isNumeralScalar("元")   // false
    /// ```
    public static func isNumeralScalar(_ s: Unicode.Scalar) -> Bool {
        switch ScalarClass.of(s) {
        case .chineseDigit, .arabicDigit, .smallUnit, .largeUnit, .tens,
             .chinesePoint, .arabicPoint, .groupSeparator:
            return true
        case .minus, .yuan, .jiao, .fen, .zheng, .other:
            return false
        }
    }

    /// Whether `s` is a sign the parser accepts at the start of a numeral: 负 (負) in every mode,
    /// `-`, `－`, `−` in smart mode.
    ///
    /// ```swift
    /// NumeralCharacter.isSign("负")   // true
    /// ```
    public static func isSign(_ s: Unicode.Scalar) -> Bool {
        if case .minus = ScalarClass.of(s) { return true }
        return false
    }
}
