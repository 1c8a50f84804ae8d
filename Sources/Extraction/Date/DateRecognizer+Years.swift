import Numerals

/// The numbers of years, and the small scanners the date forms share.
extension DateRecognizer {
    /// The year number at `index`: four digits (`2012`, `二〇一二`) in 1000-2199, a two-digit
    /// year (`98年2月`), a year spelled with 千 before a month (`两千零四年八月`), or a year under
    /// 1000 (`三六七年`, `公元330年`). The caller checks the 年 after it.
    func yearNumber(at index: Int) -> (value: Int, length: Int)? {
        if let year = SmallNumberReader.year(text, at: index) {
            return (1000...2199).contains(year.value) ? year : nil
        }
        return shortYear(at: index) ?? spelledYear(at: index) ?? earlyYear(at: index)
    }

    /// A two-digit year (`98年2月`, `08年`, `07 年`, `九七年`): before a month, or written with a
    /// leading zero or in Chinese digits; 50-99 are 19xx, 00-49 are 20xx. Elsewhere `30年` is a
    /// duration, and so are adjacent Chinese digits (`三五年内`, `七八年时间`: a range of years,
    /// GUIDELINES.md Qualifiers), unless a month follows (`八九年六月`).
    func shortYear(at index: Int) -> (value: Int, length: Int)? {
        guard let short = smallInteger(at: index, maxDigits: 2), short.length == 2 else { return nil }
        let mark = skippingSpaces(index + 2)
        guard text.at(mark) == "年" else { return nil }
        let leadingZero = text[index] == "0" || text[index] == "〇" || text[index] == "零"
        let chineseDigits = !text[index].isASCIIDigit && NumeralCharacter.digit(text[index + 1]) != nil
            && text[index] != "十" && text[index + 1] != "十"
        let beforeMonth = month(at: skippingSpaces(mark + 1), into: DatePoint()) != nil
        let adjacent = chineseDigits && NumeralCharacter.digit(text[index]).map { first in
            let second = NumeralCharacter.digit(text[index + 1])!
            return second == first + 1 || (first == 3 && second == 5)
        } ?? false
        guard leadingZero || beforeMonth || (chineseDigits && !adjacent) else { return nil }
        let value = chineseDigits
            ? (NumeralCharacter.digit(text[index])! * 10 + NumeralCharacter.digit(text[index + 1])!) : short.value
        return (value >= 50 ? 1900 + value : 2000 + value, 2)
    }

    /// A year spelled with 千 (`两千零四年八月`, `二千年三月`), read only before a month: alone,
    /// `两千年` is more often two thousand years.
    func spelledYear(at index: Int) -> (value: Int, length: Int)? {
        if let previous = text.at(index - 1), Self.continuesNumeral(previous) { return nil }
        var end = index
        var thousands = false
        while end < text.count, end - index < 8 {
            let scalar = text[end]
            guard !scalar.isASCIIDigit, NumeralCharacter.digit(scalar) != nil || scalar == "十" || scalar == "百" || scalar == "千"
            else { break }
            if scalar == "千" { thousands = true }
            end += 1
        }
        guard thousands, let value = NumeralParser.valueIfNumeral(text.scalars[index..<end], mode: .normal) else { return nil }
        let year = NSDecimalAsInt(value)
        let mark = skippingSpaces(end)
        guard (1000...2199).contains(year), text.at(mark) == "年",
              month(at: skippingSpaces(mark + 1), into: DatePoint()) != nil else { return nil }
        return (year, end - index)
    }

    /// A year under 1000: three Chinese digits read one by one (`三六七年`), which no count is
    /// written as, or three Arabic digits after 公元 (`公元330年`; elsewhere `300年` is a duration).
    func earlyYear(at index: Int) -> (value: Int, length: Int)? {
        guard index + 3 <= text.count else { return nil }
        if let previous = text.at(index - 1), Self.continuesNumeral(previous) { return nil }
        if let next = text.at(index + 3), Self.continuesNumeral(next) { return nil }
        if text[index].isASCIIDigit {
            guard index >= 2, text.hasWord("公元", at: index - 2),
                  let number = SmallNumberReader.arabic(text, at: index, maxDigits: 3), number.length == 3, number.value >= 100
            else { return nil }
            return number
        }
        var value = 0
        for offset in 0..<3 {
            let scalar = text[index + offset]
            guard !scalar.isASCIIDigit, scalar != "两", let digit = NumeralCharacter.digit(scalar) else { return nil }
            value = value * 10 + digit
        }
        return value >= 100 ? (value, 3) : nil
    }

    /// A small integer (month, day, century) at `index`, as
    /// ``SmallNumberReader/integer(_:at:maxDigits:)`` reads it, and also in Chinese numerals
    /// right after a comma (`，三月九日`), which that reader takes for a numeral's separator.
    func smallInteger(at index: Int, maxDigits: Int) -> (value: Int, length: Int)? {
        if let found = SmallNumberReader.integer(text, at: index, maxDigits: maxDigits) { return found }
        guard text.at(index - 1) == ",", let first = text.at(index), Self.isChineseDayDigit(first) else { return nil }
        var end = index + 1
        while end < text.count, end - index <= maxDigits, Self.isChineseDayDigit(text[end]) { end += 1 }
        guard let value = NumeralParser.valueIfNumeral(text.scalars[index..<end], mode: .normal) else { return nil }
        return (NSDecimalAsInt(value), end - index)
    }

    /// The number of a month or a day: a ``smallInteger(at:maxDigits:)`` that does not start
    /// with 两, which counts (两月 is two months, 两日 two days, 五月两国 is May and two countries).
    func calendarNumber(at index: Int, maxDigits: Int) -> (value: Int, length: Int)? {
        if let first = text.at(index), first == "两" || first == "兩" { return nil }
        return smallInteger(at: index, maxDigits: maxDigits)
    }

    @inline(__always) private static func isChineseDayDigit(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.isASCIIDigit && (NumeralCharacter.digit(scalar) != nil || scalar == "十")
    }

    /// The position after the spaces at `index` (at most two): typeset text writes `2008 年`,
    /// `2018年 12月`, `1995 - 1997年`.
    @inline(__always) func skippingSpaces(_ index: Int) -> Int {
        var end = index
        while end - index < 2, text.at(end) == " " { end += 1 }
        return end
    }

    /// True at the end of the text, or before white space or punctuation that ends a clause
    /// (not 、, which lists: `1号、2号线`).
    func endsClause(at index: Int) -> Bool {
        guard let next = text.at(index) else { return true }
        return next.isWhitespaceLike || Self.clauseEnds.contains(next)
    }

    /// Full-width punctuation is folded to ASCII (`，` → `,`).
    static let clauseEnds: ScalarBitmap = [",", ";", ":", "!", "?", ")", "]", "\"", "'", "。", "」", "』", "”", "’", "》"]

    /// Digits, magnitudes, 廿卅 and decimal points: what continues a numeral (not its separators).
    @inline(__always) static func continuesNumeral(_ scalar: Unicode.Scalar) -> Bool {
        NumeralCharacter.digit(scalar) != nil || NumeralCharacter.magnitude(scalar) != nil
            || NumeralCharacter.tens(scalar) != nil || scalar == "点" || scalar == "點" || scalar == "."
    }
}
