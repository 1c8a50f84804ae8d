import Numerals

/// Decades: `90年代`, `九十年代`, `上世纪90年代`, `20世纪80年代`, `十九世纪七十年代`,
/// `20至40年代` (and `1990年代`, read with the years).
extension DateRecognizer {
    /// A decade, resolved to its ten years (`上世纪90年代` → `1990/1999`), or a range of
    /// decades (`本世纪五十至七十年代` in 1998 → `1950/1979`).
    ///
    /// A century before it fixes the century: `20世纪`, or a word of the `relative-century`
    /// lexicon counted from the publication date (上世纪 in 2017 → the twentieth), unresolved
    /// without one. Without a century, decades 30-90 are the twentieth century's, as current
    /// news uses them (`50年代` → `1950/1959`); 00, 10 and 20 are left unresolved (`20年代` is
    /// the 1920s as often as the 2020s). A decade fixes no year for the dates after it.
    func decadeMention(at index: Int) -> DateMention? {
        var position = index
        var base: Int?
        var hasCentury = false
        if let word = lexicons.relativeCenturies.longestMatch(in: text.scalars, at: index) {
            hasCentury = true
            if word.value.anchor == .publication, let publication {
                let century = (publication.year - 1) / 100 + 1 + word.value.offset
                base = (century - 1) * 100
            }
            position += word.length
        } else if let century = smallInteger(at: index, maxDigits: 2), (1...21).contains(century.value),
                  text.hasWord("世纪", at: index + century.length) || text.hasWord("世紀", at: index + century.length) {
            hasCentury = true
            base = (century.value - 1) * 100
            position += century.length + 2
        }
        guard let decade = decadeNumber(at: position) else { return nil }
        var last = decade
        var end = position + decade.length
        // 20至40年代, 五十至七十年代: a range of decades written with one 年代.
        if let joiner = lexicons.rangeJoiners.longestMatch(in: text.scalars, at: end),
           let second = decadeNumber(at: end + joiner.length), second.value > decade.value {
            last = second
            end += joiner.length + second.length
        }
        guard text.hasWord("年代", at: end) else { return nil }
        if !hasCentury { base = decade.value >= 30 ? 1900 : nil }
        let time = base.map { "\(DatePoint.pad($0 + decade.value, 4))/\(DatePoint.pad($0 + last.value + 9, 4))" }
        return mention(index..<(end + 2), time, year: nil, rule: "date.decade")
    }

    /// The tens of a decade: `90`, `九十`, `八〇` (a multiple of ten below 100).
    private func decadeNumber(at index: Int) -> (value: Int, length: Int)? {
        if let arabic = SmallNumberReader.arabic(text, at: index, maxDigits: 2) {
            return arabic.length == 2 && arabic.value % 10 == 0 ? arabic : nil
        }
        guard let first = text.at(index), let second = text.at(index + 1) else { return nil }
        if let previous = text.at(index - 1), Self.continuesNumeral(previous) { return nil }
        // 八〇年代, 九零年代: digit by digit.
        if let digit = NumeralCharacter.digit(first), !first.isASCIIDigit, digit > 0, second == "〇" || second == "零" {
            return (digit * 10, 2)
        }
        guard let spelled = smallInteger(at: index, maxDigits: 1),
              spelled.value % 10 == 0, spelled.value < 100 else { return nil }
        return spelled
    }
}
