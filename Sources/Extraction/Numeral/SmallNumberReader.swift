import Numerals

/// Reads the small integers of dates (years, months, days) at a position:
/// Arabic digits, or Chinese numerals (`十二`, `三十一`, `二〇一二`).
enum SmallNumberReader {
    /// An integer of Arabic digits at `index` (not preceded by a digit or a decimal point).
    static func arabic(_ text: FoldedText, at index: Int, maxDigits: Int) -> (value: Int, length: Int)? {
        if let previous = text.at(index - 1), previous.isASCIIDigit || previous == "." { return nil }
        var end = index
        var value = 0
        while end < text.count, text[end].isASCIIDigit, end - index < maxDigits {
            value = value * 10 + Int(text[end].value - 0x30)
            end += 1
        }
        guard end > index else { return nil }
        if let next = text.at(end), next.isASCIIDigit || (next == "." && (text.at(end + 1)?.isASCIIDigit ?? false)) { return nil }
        return (value, end - index)
    }

    /// A Chinese numeral of digits and 十 at `index` (`十二`, `三十一`), up to `maxLength` code points.
    static func chinese(_ text: FoldedText, at index: Int, maxLength: Int) -> (value: Int, length: Int)? {
        if let previous = text.at(index - 1), NumeralScalarSet.contains(previous), !previous.isASCIIDigit { return nil }
        var end = index
        while end < text.count, end - index < maxLength,
              NumeralCharacter.digit(text[end]) != nil && !text[end].isASCIIDigit || text[end] == "十" {
            end += 1
        }
        guard end > index,
              let value = NumeralParser.valueIfNumeral(text.scalars[index..<end], mode: .normal),
              let integer = Int(exactly: NSDecimalAsInt(value))
        else { return nil }
        return (integer, end - index)
    }

    /// Either form.
    static func integer(_ text: FoldedText, at index: Int, maxDigits: Int) -> (value: Int, length: Int)? {
        arabic(text, at: index, maxDigits: maxDigits) ?? chinese(text, at: index, maxLength: maxDigits + 1)
    }

    /// A year of four digits, Arabic (`2012`) or Chinese digit by digit (`二〇一二`).
    static func year(_ text: FoldedText, at index: Int) -> (value: Int, length: Int)? {
        if let found = arabic(text, at: index, maxDigits: 4), found.length == 4 { return found }
        guard index + 4 <= text.count else { return nil }
        if let previous = text.at(index - 1), NumeralCharacter.digit(previous) != nil { return nil }
        var value = 0
        for offset in 0..<4 {
            let scalar = text[index + offset]
            guard !scalar.isASCIIDigit, let digit = NumeralCharacter.digit(scalar), scalar != "两" else { return nil }
            value = value * 10 + digit
        }
        return (value, 4)
    }
}

import Foundation

@inline(__always) func NSDecimalAsInt(_ value: Decimal) -> Int {
    NSDecimalNumber(decimal: value).intValue
}
