import Foundation
import FactCore

/// Ranges and bounds written around the numerals: 20和30之间, 10000与20000间, 介于3与5年之间
/// (a range), 比三十大, 比 170 低 (an open bound).
extension FigureRecognizer {
    /// Joiners of a range closed by 之间 / 间.
    private static let betweenJoiners: ScalarBitmap = ["和", "与", "與", "及", "至", "到"]
    /// Words before a 之间 range that belong to it (位于20和30之间).
    private static let betweenOpeners = ["介于", "介於", "位于", "位於", "处于", "處於"].map { Array($0.unicodeScalars) }
    /// Adjectives after 比 X: larger (over) or smaller (under).
    private static let larger: ScalarBitmap = ["大", "高", "多", "长", "長"]
    private static let smaller: ScalarBitmap = ["小", "低", "少", "短", "矮"]

    /// `figure` extended over `和30之间`: the second numeral with the same unit or none, then 之间 or 间.
    func betweenRange(from figure: FigureMention, reader: NumberReader) -> FigureMention? {
        let end = figure.range.upperBound
        guard figure.approx == .exact, figure.valueMax == nil, let joiner = text.at(end), Self.betweenJoiners.contains(joiner),
              let second = reader.read(at: end + 1), second.approx == .exact, second.valueMax == nil else { return nil }
        var secondEnd = second.range.upperBound
        // 10000与20000间: 间 closes the range (it is not the classifier of 三间房 here).
        let closesAtNumeral = text.hasWord("之间", at: secondEnd) || text.hasWord("之間", at: secondEnd)
            || text.at(secondEnd) == "间" || text.at(secondEnd) == "間"
        let secondUnit = closesAtNumeral ? nil : matchUnit(at: secondEnd, after: second)
        if let secondUnit {
            if let unit = figure.unit, secondUnit.code != unit { return nil }
            secondEnd += secondUnit.length
        }
        let closer: Int
        if text.hasWord("之间", at: secondEnd) || text.hasWord("之間", at: secondEnd) { closer = 2 }
        else if text.at(secondEnd) == "间" || text.at(secondEnd) == "間" { closer = 1 }
        else { return nil }
        var low = figure.value
        if text.at(figure.range.lowerBound - 1) == "-" || text.at(figure.range.lowerBound - 1) == "负" { low = -low }
        guard second.value > low else { return nil }
        var result = figure
        if figure.unit == nil, let secondUnit {
            result.kind = secondUnit.entry.kind
            result.unit = secondUnit.code
            result.unitText = text.string((secondEnd - secondUnit.length)..<secondEnd)
        }
        result.valueMax = second.value
        result.approx = .range
        var start = figure.range.lowerBound
        for opener in Self.betweenOpeners where start >= opener.count
            && Array(text.scalars[(start - opener.count)..<start]) == opener {
            start -= opener.count
            break
        }
        result.range = start..<(secondEnd + closer)
        result.rule += "-range"
        return result
    }

    /// 比三十大, 比 170 低: a numeral between 比 and a comparative is an open bound.
    func comparativeBound(_ figure: inout FigureMention) {
        guard figure.approx == .exact else { return }
        var before = figure.range.lowerBound - 1
        if text.at(before) == " " { before -= 1 }
        guard text.at(before) == "比" else { return }
        // 一年比一年大 compares the figure with itself: an idiom, not a bound.
        let length = figure.range.count
        if before - length >= 0, Array(text.scalars[(before - length)..<before]) == Array(text.scalars[figure.range]) { return }
        var after = figure.range.upperBound
        if text.at(after) == " " { after += 1 }
        guard let adjective = text.at(after) else { return }
        // 比三十大一些, 比 170 低: the adjective ends the phrase (比52周高点 is a noun).
        if let next = text.at(after + 1), next.isIdeograph, !"一了的得些".unicodeScalars.contains(next) { return }
        if Self.larger.contains(adjective) { figure.approx = .over }
        else if Self.smaller.contains(adjective) { figure.approx = .under }
        else { return }
        figure.range = before..<(after + 1)
    }
}
