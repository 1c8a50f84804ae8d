import Foundation

/// Magnitudes above 亿 that the parser does not read: 万万 (10^8, 四万万) and 兆 (10^12,
/// 五兆六十二亿四万五千二, 四十九兆九千五百九十二億元).
///
/// 万万 counts only after a number (万万没想到 is "never", 千千万万 "countless"); 兆 only when a lower part follows
/// (五兆六十二亿): alone, 兆 is also "mega" (100兆宽带, 兆瓦), which stays to the units.
extension NumberReader {
    private static let trillion = Decimal(string: "1000000000000")!

    func extendLargeMagnitudes(_ reading: inout NumberReading) {
        guard reading.valueMax == nil else { return }
        let end = reading.range.upperBound
        guard let next = text.at(end), !mask[end] else { return }
        if next == "万" || next == "萬" {
            // 四万万, 10万万, 百万万分之七: 万 after 万 multiplies by 万 again.
            // 千千万万 is "countless": no numeral goes before the reading.
            let first = text[reading.range.lowerBound]
            // 万万分之七 cannot be the adverb: a lone 万 is one before 万分之.
            let fraction = text.hasWord("分之", at: end + 1)
            guard reading.range.count >= 2 || fraction, fraction || first != "万" && first != "萬",
                  !(text.at(reading.range.lowerBound - 1).map(NumeralScalarSet.contains) ?? false),
                  text[end - 1] == "万" || text[end - 1] == "萬" else { return }
            reading.value *= 10000
            reading.range = reading.range.lowerBound..<(end + 1)
            reading.hasMagnitude = true
            reading.endsWithMagnitude = true
            reading.trailingMagnitude = 10000
            return
        }
        if next == "兆", reading.value < 10000, reading.value > 0,
           units.longestMatch(in: text.scalars, at: end) == nil,
           canStart(at: end + 1), let lower = plain(at: end + 1), lower.valueMax == nil, lower.value < Self.trillion {
            reading.value = reading.value * Self.trillion + lower.value
            reading.range = reading.range.lowerBound..<lower.range.upperBound
            reading.hasMagnitude = true
            reading.endsWithMagnitude = lower.endsWithMagnitude
            reading.trailingMagnitude = lower.trailingMagnitude
            reading.isArabic = false
            reading.integerDigits = 0
        }
    }
}
