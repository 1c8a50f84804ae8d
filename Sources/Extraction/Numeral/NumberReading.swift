import Foundation
import Numerals
import FactCore

/// A numeral read at a position, before units: its extent, value and how
/// the numeral itself qualifies it (`2万多`, `数千万`, `三四十`, `上百`).
struct NumberReading {
    /// Code points of the numeral (with infix qualifiers and 个 of 30个亿).
    var range: Range<Int>
    var value: Decimal
    /// Upper bound for ranges (三四十) and vague amounts (数千万).
    var valueMax: Decimal?
    var approx: Approximation
    /// The numeral applies a magnitude (万, 亿, 千亿).
    var hasMagnitude: Bool
    /// The last code point is a magnitude (120万 + 方).
    var endsWithMagnitude: Bool
    /// The magnitude the numeral ends with (10000 for 5万), or 1.
    var trailingMagnitude: Decimal
    /// Written with Arabic digits only (no Chinese numeral characters).
    var isArabic: Bool
    /// Integer digits of an Arabic numeral (for designations like 502所).
    var integerDigits: Int
    /// 个亿 / 个万: money in news usage.
    var usedGeMagnitude: Bool
    /// Spelled with the Chinese digit 一 alone (一个, 一次: articles).
    var isBareOne: Bool
}

/// Reads numerals over folded code points.
struct NumberReader {
    let text: FoldedText
    let mask: WordMask
    /// Infix qualifiers from `Lexicons/qualifiers.tsv` (多, 余, 来).
    let infixes: ScalarTrie<QualifierEntry>
    /// Units, to leave a unit's leading magnitude to it (千米, 千瓦时).
    let units: ScalarTrie<UnitEntry>

    /// Magnitude of a scalar, if it is one (十百千万亿 and Traditional forms).
    @inline(__always) static func magnitude(_ scalar: Unicode.Scalar) -> Decimal? {
        NumeralCharacter.magnitude(scalar)
    }

    /// True if a numeral may start at `index`.
    @inline(__always) func canStart(at index: Int) -> Bool {
        guard index < text.count else { return false }
        let scalar = text[index]
        // Most code points start no numeral: reject them before anything else.
        guard scalar.isASCIIDigit || NumeralScalarSet.contains(scalar) || scalar == "." || scalar == "数" || scalar == "几"
                || scalar == "上" || scalar == "數" || scalar == "幾", !mask[index] else { return false }
        if scalar.isASCIIDigit { return true }
        // .5, -.5: a leading decimal point before digits, not after a digit, letter or point.
        if scalar == "." {
            guard text.at(index + 1)?.isASCIIDigit == true else { return false }
            if let previous = text.at(index - 1), previous.isASCIIDigit || previous.isASCIILetter || previous == "." { return false }
            return true
        }
        if scalar == "," { return false }
        if NumeralScalarSet.contains(scalar) { return scalar != "点" }
        if scalar == "数" || scalar == "几" || scalar == "上" || scalar == "數" || scalar == "幾" {
            return text.at(index + 1).flatMap(Self.magnitude) != nil && !(index + 1 < text.count && mask[index + 1])
        }
        return false
    }

    /// The numeral starting at `index`, or nil.
    func read(at index: Int) -> NumberReading? {
        guard canStart(at: index) else { return nil }
        let first = text[index]
        if first == "数" || first == "几" || first == "數" || first == "幾" { return vague(at: index) }
        if first == "上" { return roughly(at: index) }
        guard var reading = plain(at: index) else { return nil }
        extendLargeMagnitudes(&reading)
        return reading
    }

    /// 数千万 → 2000万..9000万 (vague); 几十 → 20..90.
    private func vague(at index: Int) -> NumberReading? {
        var end = index + 1
        var scale = Decimal(1)
        while let magnitude = text.at(end).flatMap(Self.magnitude), !mask[end] {
            scale *= magnitude
            end += 1
        }
        guard end > index + 1 else { return nil }
        let trailing = Self.magnitude(text[end - 1]) ?? 1
        return NumberReading(range: index..<end, value: 2 * scale, valueMax: 9 * scale, approx: .vague,
                             hasMagnitude: true, endsWithMagnitude: true, trailingMagnitude: trailing,
                             isArabic: false, integerDigits: 0, usedGeMagnitude: false, isBareOne: false)
    }

    /// 上百, 上千万 → about 100, 10000000.
    private func roughly(at index: Int) -> NumberReading? {
        var end = index + 1
        var scale = Decimal(1)
        while let magnitude = text.at(end).flatMap(Self.magnitude), !mask[end] {
            scale *= magnitude
            end += 1
        }
        guard end > index + 1, scale >= 100 else { return nil }
        return NumberReading(range: index..<end, value: scale, valueMax: nil, approx: .about,
                             hasMagnitude: true, endsWithMagnitude: true, trailingMagnitude: Self.magnitude(text[end - 1]) ?? 1,
                             isArabic: false, integerDigits: 0, usedGeMagnitude: false, isBareOne: false)
    }

    /// Arabic, Chinese or mixed numerals, with 几 (十几), adjacent ranges
    /// (三四十), infix 多/余 (2万多, 一千多万) and 个亿.
    func plain(at index: Int) -> NumberReading? {
        let scalars = text.scalars
        var end = index
        var sawChinese = false
        var sawJi = false
        var sawSpace = false
        while end < scalars.count, !mask[end] {
            let scalar = scalars[end]
            if scalar.isASCIIDigit {
                end += 1
            } else if scalar == "." {
                guard end == index || scalars[end - 1].isASCIIDigit, text.at(end + 1)?.isASCIIDigit == true else { break }
                end += 1
            } else if scalar == "," {
                // 20，300: after ASCII digits the full-width comma is the clause comma, unless the
                // group after it starts with 0 and so cannot be a number of its own (1，000亿日元).
                guard end > index, scalars[end - 1].isASCIIDigit, isThousandsGroup(at: end + 1),
                      !text.isClauseCommaAfterDigit(at: end) || scalars[end + 1] == "0" else { break }
                end += 1
            } else if scalar == "点" || scalar == "點" {
                // 三点五, 十点二, 四百点五: a Chinese decimal point after a digit or a magnitude
                // (四百 点 五, 四点 五: spaces around it too).
                var before = end - 1
                while before > index, scalars[before] == " " { before -= 1 }
                var after = end + 1
                while after < scalars.count, scalars[after] == " ", after - end <= 3 { after += 1 }
                guard end > index, NumeralCharacter.digit(scalars[before]) != nil && !scalars[before].isASCIIDigit
                        || Self.magnitude(scalars[before]) != nil,
                      let next = text.at(after), NumeralCharacter.digit(next) != nil, !next.isASCIIDigit, !mask[after] else { break }
                sawChinese = true
                if after > end + 1 { sawSpace = true }
                end = after
            } else if scalar == "几" || scalar == "幾" {
                // 十几, 二十几万; 一百零几万: after a 零 that follows a magnitude, 几 is the digit of the skipped place.
                guard end > index, Self.magnitude(scalars[end - 1]) != nil || NumeralCharacter.digit(scalars[end - 1]) == nil
                        || isZeroInsideNumeral(at: end - 1, from: index) else { break }
                sawJi = true
                end += 1
            } else if NumeralScalarSet.contains(scalar) {
                sawChinese = sawChinese || !scalar.isASCIIDigit
                end += 1
            } else if scalar == " ", end > index, let after = spacedContinuation(from: end) {
                // 一百 五 十 二, 7万 5千: spaces inside a numeral, next to a magnitude.
                sawSpace = true
                end = after
            } else {
                break
            }
        }
        guard end > index else { return nil }
        if sawSpace, let spaced = spacedReading(index..<end, vague: sawJi) {
            var reading = spaced
            extendInfix(&reading)
            return reading
        }
        if sawSpace {
            // Not one numeral with its spaces: read up to the first space only.
            var first = index
            while first < end, scalars[first] != " " { first += 1 }
            end = first
            sawJi = scalars[index..<end].contains { $0 == "几" || $0 == "幾" }
        }
        var reading: NumberReading
        if sawJi {
            guard let found = jiReading(index..<end) else { return nil }
            reading = found
        } else if let adjacent = adjacentRange(index..<end) {
            reading = adjacent
        } else {
            guard let found = parsed(index..<end, chinese: sawChinese) else { return nil }
            reading = found
        }
        extendInfix(&reading)
        return reading
    }

    /// Where a numeral goes on after the spaces at `index`: spaces between two numeral
    /// characters, one of them a magnitude and not both Arabic digits (一百 五 十 二).
    private func spacedContinuation(from index: Int) -> Int? {
        var next = index
        while next < text.count, text[next] == " ", next - index < 3 { next += 1 }
        guard next < text.count, !mask[next], index > 0 else { return nil }
        let before = text[index - 1], after = text[next]
        // 二十六 点三三: a Chinese decimal point after the spaces, when a Chinese digit follows it.
        if after == "点" || after == "點" {
            var digitAt = next + 1
            while text.at(digitAt) == " ", digitAt - next <= 3 { digitAt += 1 }
            guard NumeralCharacter.digit(before) != nil && !before.isASCIIDigit || Self.magnitude(before) != nil,
                  let digit = text.at(digitAt), NumeralCharacter.digit(digit) != nil, !digit.isASCIIDigit else { return nil }
            return next
        }
        // 一百 二 十 几亿: 几 after a spaced magnitude is the vague digit of the next place.
        if after == "几" || after == "幾" {
            guard Self.magnitude(before) != nil, text.at(next + 1).map({ !$0.isIdeograph || Self.magnitude($0) != nil }) ?? true
            else { return nil }
            return next
        }
        guard NumeralScalarSet.contains(before), NumeralScalarSet.contains(after),
              after != ".", after != ",",
              !(before.isASCIIDigit && after.isASCIIDigit),
              Self.magnitude(before) != nil || Self.magnitude(after) != nil else { return nil }
        return next
    }

    /// The value of a numeral written with spaces inside, read without them (with 几: its bounds).
    private func spacedReading(_ range: Range<Int>, vague: Bool) -> NumberReading? {
        let compact = text.scalars[range].filter { $0 != " " }
        var result: NumberReading
        if vague {
            guard let (low, high) = Self.jiBounds(compact) else { return nil }
            result = reading(range, value: low, max: high, approx: .vague)
        } else {
            guard let value = NumeralParser.valueIfNumeral(compact[...], mode: .smart) else { return nil }
            result = reading(range, value: value)
        }
        result.isBareOne = false
        return result
    }

    /// True when the 零 at `index` follows a magnitude of the numeral that starts at
    /// `start` (一百零, 一千五百零): a skipped place, which 几 may fill.
    private func isZeroInsideNumeral(at index: Int, from start: Int) -> Bool {
        index > start && text[index] == "零" && Self.magnitude(text[index - 1]) != nil
    }

    private func isThousandsGroup(at index: Int) -> Bool {
        guard index + 3 <= text.count else { return false }
        for offset in 0..<3 where !text[index + offset].isASCIIDigit { return false }
        if let after = text.at(index + 3), after.isASCIIDigit { return false }
        return true
    }

    /// Parses `range`, shrinking it from the right until it is a numeral.
    private func parsed(_ range: Range<Int>, chinese: Bool) -> NumberReading? {
        var end = range.upperBound
        // 12千米, 3千瓦: after Arabic digits, a magnitude that begins a unit belongs to
        // the unit (三千米 stays 3000 m, as it is read).
        if end - range.lowerBound >= 2, Self.magnitude(text[end - 1]) != nil, text[end - 2].isASCIIDigit,
           let unit = units.longestMatch(in: text.scalars, at: end - 1), unit.length >= 2 {
            end -= 1
        }
        // 千亿, 百万: a leading magnitude means one of it; .5 is 0.5.
        let implicitOne = Self.magnitude(text[range.lowerBound]).map { $0 > 10 } ?? false
        let leadingPoint = text[range.lowerBound] == "."
        while end > range.lowerBound + (leadingPoint ? 1 : 0) {
            var slice = text.scalars[range.lowerBound..<end]
            if implicitOne { slice = ArraySlice([Unicode.Scalar("一")] + slice) }
            if leadingPoint { slice = ArraySlice([Unicode.Scalar("0")] + slice) }
            if let value = NumeralParser.valueIfNumeral(slice, mode: .smart) ?? splitDecimal(slice) ?? withoutZeroBeforeTen(slice) {
                return reading(range.lowerBound..<end, value: value)
            }
            end -= 1
        }
        return nil
    }

    /// 零十 → 10, 一百零十万 → 1100000: a 零 before 十 that marks no skipped place (一百零十
    /// is 一百一十). The parser rejects it, as cn2an does; the spoken form writes it.
    private func withoutZeroBeforeTen(_ slice: ArraySlice<Unicode.Scalar>) -> Decimal? {
        guard let zero = slice.indices.first(where: { slice[$0] == "零" && $0 + 1 < slice.endIndex && (slice[$0 + 1] == "十" || slice[$0 + 1] == "拾") })
        else { return nil }
        var rest = Array(slice)
        rest.remove(at: zero - slice.startIndex)
        return NumeralParser.valueIfNumeral(rest[...], mode: .smart)
    }

    /// 两千三点一 → 2300.1, 一千六点五 → 1600.5: a numeral whose last digit stands for the
    /// place below its unit (两千三 = 2300), then decimals. The parser reads the two parts
    /// apart (it rejects the whole, as cn2an does); news writes them so.
    private func splitDecimal(_ slice: ArraySlice<Unicode.Scalar>) -> Decimal? {
        guard let point = slice.firstIndex(where: { $0 == "点" || $0 == "點" }), point > slice.startIndex,
              point + 1 < slice.endIndex,
              slice[(point + 1)...].allSatisfy({ NumeralCharacter.digit($0) != nil && !$0.isASCIIDigit }),
              let integer = NumeralParser.valueIfNumeral(slice[..<point], mode: .smart),
              let fraction = NumeralParser.valueIfNumeral(ArraySlice([Unicode.Scalar("零"), Unicode.Scalar("点")] + Array(slice[(point + 1)...])), mode: .smart)
        else { return nil }
        return integer + fraction
    }

    private func reading(_ range: Range<Int>, value: Decimal, max: Decimal? = nil, approx: Approximation = .exact) -> NumberReading {
        let slice = text.scalars[range]
        var hasMagnitude = false
        var arabic = true
        var digits = 0
        var inFraction = false
        for scalar in slice {
            if scalar.isASCIIDigit { if !inFraction { digits += 1 } }
            else if scalar == "." { inFraction = true }
            else if scalar == "," { continue }
            else {
                arabic = false
                if Self.magnitude(scalar) != nil { hasMagnitude = true }
            }
        }
        let last = slice.last!
        let trailing = Self.magnitude(last)
        // 十 alone or 十二 are numbers, not "a magnitude applied".
        let applied = hasMagnitude && (digits > 0 || slice.count > 1 && !(slice.first == "十" && slice.count <= 2))
        return NumberReading(range: range, value: value, valueMax: max, approx: approx,
                             hasMagnitude: applied, endsWithMagnitude: trailing != nil && applied,
                             trailingMagnitude: trailing ?? 1, isArabic: arabic, integerDigits: digits,
                             usedGeMagnitude: false, isBareOne: slice.count == 1 && last == "一")
    }

    /// 三四十 → 30..40, 两三万 → 20000..30000, 五六 → 5..6.
    private func adjacentRange(_ range: Range<Int>) -> NumberReading? {
        guard range.count >= 2 else { return nil }
        let a = text[range.lowerBound], b = text[range.lowerBound + 1]
        guard !a.isASCIIDigit, !b.isASCIIDigit,
              let low = NumeralCharacter.digit(a), let high = NumeralCharacter.digit(b),
              low >= 1, high == low + 1 || (a == "一" && b == "两")
        else { return nil }
        // The rest must be magnitudes only (三四十, 两三万, 六七十亿).
        let rest = text.scalars[(range.lowerBound + 2)..<range.upperBound]
        guard rest.allSatisfy({ Self.magnitude($0) != nil }) else { return nil }
        var scale = Decimal(1)
        for scalar in rest { scale *= Self.magnitude(scalar)! }
        var result = reading(range, value: Decimal(low) * scale, max: Decimal(high == low + 1 ? high : 2) * scale, approx: .range)
        result.hasMagnitude = !rest.isEmpty && scale >= 10000
        return result
    }

    /// 十几 → 11..19, 二十几 → 21..29, 几十 handled by ``vague(at:)``, 十几万 → 110000..190000,
    /// 一百零几万 → 1010000..1090000.
    private func jiReading(_ range: Range<Int>) -> NumberReading? {
        guard let (low, high) = Self.jiBounds(Array(text.scalars[range])) else { return nil }
        return reading(range, value: low, max: high, approx: .vague)
    }

    /// The bounds of a numeral with 几 in it: 几 is 1 to 9 after a magnitude or a 零
    /// (十几, 一百零几: the place is filled by some digit), 2 to 9 before one (几十: several).
    static func jiBounds(_ scalars: [Unicode.Scalar]) -> (Decimal, Decimal)? {
        var low = scalars, high = scalars
        for (offset, scalar) in low.enumerated() where scalar == "几" || scalar == "幾" {
            let fillsAPlace = offset > 0 && (magnitude(low[offset - 1]) != nil || low[offset - 1] == "零")
            low[offset] = fillsAPlace ? "一" : "二"
            high[offset] = "九"
        }
        guard let lowValue = NumeralParser.valueIfNumeral(low[...], mode: .smart),
              let highValue = NumeralParser.valueIfNumeral(high[...], mode: .smart) else { return nil }
        return (lowValue, highValue)
    }

    /// 2万多 / 110余 / 一千多万 / 30个亿: qualifiers and 个 inside the numeral.
    private func extendInfix(_ reading: inout NumberReading) {
        var end = reading.range.upperBound
        // 十 余 万, 五百 余万: spaces around the infix when a magnitude follows it.
        if text.at(end) == " ", let infix = infixes.longestMatch(in: text.scalars, at: end + 1) {
            var after = end + 1 + infix.length
            if text.at(after) == " " { after += 1 }
            if let magnitude = text.at(after), Self.magnitude(magnitude) != nil, !mask[end + 1] {
                reading.approx = reading.approx == .exact ? infix.value.approx : reading.approx
                var scale = Decimal(1)
                end = after
                while let more = text.at(end).flatMap(Self.magnitude) { scale *= more; end += 1 }
                apply(scale, endingAt: end, to: &reading)
                reading.range = reading.range.lowerBound..<end
                return
            }
        }
        if end < text.count, !mask[end], let infix = infixes.longestMatch(in: text.scalars, at: end) {
            reading.approx = reading.approx == .exact ? infix.value.approx : reading.approx
            end += infix.length
            var scale = Decimal(1)
            while let magnitude = text.at(end).flatMap(Self.magnitude) {
                scale *= magnitude
                end += 1
            }
            if scale != 1 { apply(scale, endingAt: end, to: &reading) }
            reading.range = reading.range.lowerBound..<end
        }
        if text.at(end) == "个" || text.at(end) == "個", let magnitude = text.at(end + 1).flatMap(Self.magnitude), magnitude >= 10000 {
            end += 2
            var scale = magnitude
            while let more = text.at(end).flatMap(Self.magnitude) { scale *= more; end += 1 }
            apply(scale, endingAt: end, to: &reading)
            reading.usedGeMagnitude = true
            reading.range = reading.range.lowerBound..<end
        }
    }

    /// Multiplies `reading` by the magnitudes read after it (十余万: 万), the last
    /// of which stands before `end`.
    private func apply(_ scale: Decimal, endingAt end: Int, to reading: inout NumberReading) {
        reading.value *= scale
        reading.valueMax = reading.valueMax.map { $0 * scale }
        reading.hasMagnitude = true
        reading.endsWithMagnitude = true
        reading.trailingMagnitude = Self.magnitude(text[end - 1]) ?? 1
    }
}
