import Foundation
import FactCore

/// Fractions written with 分之 (spaces allowed: 五 分之 一, 二分 之一) and mixed numbers:
/// 三又二分之一 → 3.5, 三百五十又3分之1, 一百万又五十万分之二十五, 1 4/3 → 2.333….
///
/// A mixed number is a number, not a share: it reads as one numeral and takes the unit that
/// follows it (一又二分之一倍 is 1.5 times).
extension FigureRecognizer {
    /// Where the numerator starts when 分之 (with up to three spaces around and inside it)
    /// is at `index`; nil otherwise.
    func fractionMark(at index: Int) -> Int? {
        var position = skipSpaces(from: index)
        guard text.at(position) == "分", position < text.count, !mask[position] else { return nil }
        position = skipSpaces(from: position + 1)
        guard text.at(position) == "之" else { return nil }
        let numerator = skipSpaces(from: position + 1)
        // 十 分之: a space before 分 only when the numerator follows.
        guard numerator < text.count else { return nil }
        return numerator
    }

    /// 十分之一 → 10 percent: 十分 is the word "very" (non-numerals.txt) except before 之.
    func tenthFraction(at index: Int, reader: NumberReader) -> FigureMention? {
        guard text.at(index) == "十", text.hasWord("十分之", at: index),
              !(text.at(index - 1).map { NumeralScalarSet.contains($0) || "几幾数數".unicodeScalars.contains($0) } ?? false),
              let numerator = reader.read(at: index + 3), numerator.valueMax == nil else { return nil }
        var figure = FigureMention(range: index..<numerator.range.upperBound, kind: .percent, value: numerator.value * 10,
                                   valueMax: nil, unit: "percent", unitText: "分之", approx: .exact, rule: "figure.fraction")
        applyPrefixQualifier(&figure)
        applySuffixQualifier(&figure)
        return figure
    }

    /// A numeral at `index`, with a minus sign before it (负一百五十七).
    func signedNumber(at index: Int, reader: NumberReader) -> (NumberReading, negative: Bool)? {
        if let sign = text.at(index), sign == "负" || sign == "負" || sign == "-",
           let number = reader.read(at: index + 1) {
            return (number, true)
        }
        guard let number = reader.read(at: index) else { return nil }
        return (number, false)
    }

    /// `whole` followed by 又 and a fraction (三又二分之一), or by one space and a slash
    /// fraction of Arabic digits (1 4/3): the mixed number, or nil.
    func mixedNumber(_ whole: NumberReading, reader: NumberReader) -> NumberReading? {
        guard whole.valueMax == nil, whole.approx == .exact else { return nil }
        let end = whole.range.upperBound
        var fractionValue: Decimal?
        var fractionEnd = end
        let link = skipSpaces(from: end)
        if text.at(link) == "又", link < text.count, !mask[link] {
            let start = skipSpaces(from: link + 1)
            guard let denominator = reader.read(at: start), denominator.valueMax == nil, denominator.value != 0,
                  let numeratorStart = fractionMark(at: denominator.range.upperBound),
                  let numerator = reader.read(at: numeratorStart), numerator.valueMax == nil else { return nil }
            fractionValue = numerator.value / denominator.value
            fractionEnd = numerator.range.upperBound
        } else if whole.isArabic, !whole.hasMagnitude, whole.integerDigits <= 3, text.at(end) == " ",
                  let numerator = reader.read(at: end + 1), numerator.isArabic, text.at(numerator.range.upperBound) == "/",
                  let share = slashFraction(numerator) {
            fractionValue = share.value / 100
            fractionEnd = share.range.upperBound
        }
        guard let fractionValue else { return nil }
        var mixed = whole
        mixed.value = whole.value + fractionValue
        mixed.range = whole.range.lowerBound..<fractionEnd
        mixed.hasMagnitude = false
        mixed.endsWithMagnitude = false
        mixed.trailingMagnitude = 1
        mixed.isArabic = false
        mixed.integerDigits = 0
        mixed.isBareOne = false
        return mixed
    }

    private func skipSpaces(from index: Int) -> Int {
        var position = index
        while position < text.count, text[position] == " ", position - index < 3 { position += 1 }
        return position
    }
}
