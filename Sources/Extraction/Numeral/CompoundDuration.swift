import Foundation
import FactCore

/// Compound durations: 8天20小时, 8天又二十个小时, 五个星期3小时, 一年又一个月21天,
/// 一年多三个月又20天8小时余50分钟20秒.
///
/// A duration followed, right away or after 又/零/多/余, by more durations in other units is one
/// figure when each smaller part stays below one of the unit before it (一年365天 is a rate,
/// not a compound) and a larger part follows 又 (两天又一个月). Its value is the whole span in
/// its smallest unit: 12 months a year (13年6个月 → 162 months); in days or less, a year is
/// 365 days, a month 30 and a week 7, as the Recognizers-Text specs count (8天20小时 → 212
/// hours). The later parts may use units that do not stand alone (`compound-only` in
/// `units.tsv`: 20时, 50分钟, 20秒).
extension FigureRecognizer {
    /// Seconds per duration unit code.
    static let durationSeconds: [String: Decimal] = [
        "year": 31_536_000, "month": 2_592_000, "week": 604_800, "day": 86_400,
        "hour": 3_600, "minute": 60, "second": 1,
    ]

    /// Links between the parts of a compound duration (一年又一个月, 一年多三个月, 8小时余50分钟).
    private static let durationLinks: ScalarBitmap = ["又", "零", "多", "余", "餘"]

    /// 半小时, 半个月, 半个钟头, 半年 → 0.5 hour, month or year: half a unit without a numeral
    /// (营业半年, 提前半年). 上半年 and 下半年 are dates (their characters are masked before
    /// figures are read), 半年报 names a report; 半天 is "a long while", 半月 a name.
    func halfDuration(at index: Int) -> FigureMention? {
        guard text.at(index) == "半", index + 1 < text.count, !mask[index], !mask[index + 1] else { return nil }
        // 一个半小时, 两个半月 and 多半 belong to the words before.
        if let previous = text.at(index - 1), NumeralScalarSet.contains(previous) || "个個多大".unicodeScalars.contains(previous) { return nil }
        guard let unit = lexicons.units.longestMatch(in: text.scalars, at: index + 1), unit.value.kind == .duration,
              unit.value.code == "hour" || unit.value.code == "month" || unit.value.code == "year",
              !unit.value.compoundOnly else { return nil }
        // 半年报, 半年度报告 name a report ([report-noun] of date-words.tsv), not a duration.
        if unit.value.code == "year", lexicons.reportNouns.longestMatch(in: text.scalars, at: index) != nil { return nil }
        // 半年前, 半年后 point at a time, as 3年前 does (a date row there); they are left unread.
        if unit.value.code == "year", let next = text.at(index + 1 + unit.length), next == "前" || next == "后" || next == "後" { return nil }
        let end = index + 1 + unit.length
        var figure = FigureMention(range: index..<end, kind: .duration, value: Decimal(string: "0.5")!, valueMax: nil,
                                   unit: unit.value.code, unitText: text.string((index + 1)..<end), approx: .exact,
                                   rule: "figure.unit-half")
        applyPrefixQualifier(&figure)
        applySuffixQualifier(&figure)
        return figure
    }

    /// `figure` (a duration) extended over the durations that follow it, or nil when none does.
    func compoundDuration(_ figure: FigureMention, reader: NumberReader) -> FigureMention? {
        guard figure.kind == .duration, figure.valueMax == nil, let firstUnit = figure.unit,
              let firstSeconds = Self.durationSeconds[firstUnit] else { return nil }
        var parts: [(value: Decimal, seconds: Decimal)] = [(figure.value, firstSeconds)]
        var units: Set<String> = [firstUnit]
        var end = figure.range.upperBound
        var lastUnitText = figure.unitText
        var over = false
        while end < text.count, !mask[end] {
            var start = end
            let link = text[start]
            if Self.durationLinks.contains(link) { start += 1 }
            guard let number = reader.read(at: start), number.approx == .exact, number.valueMax == nil,
                  let unit = matchUnit(at: number.range.upperBound, after: number, compound: true),
                  unit.entry.kind == .duration, !units.contains(unit.code),
                  let seconds = Self.durationSeconds[unit.code] else { break }
            var value = number.value
            if unit.addsHalf { value += Decimal(string: "0.5")! }
            // 一年365天, 一天24小时 are rates ("365 days a year"): a smaller part stays below one
            // of the unit before it; a larger part comes after 又 only (两天又一个月).
            let previous = parts[parts.count - 1].seconds
            if seconds < previous ? value * seconds >= previous : link != "又" { break }
            parts.append((value, seconds))
            units.insert(unit.code)
            if link == "多" || link == "余" || link == "餘" { over = true }
            end = number.range.upperBound + unit.length
            lastUnitText = text.string((end - unit.length)..<end)
        }
        guard parts.count > 1 else { return nil }
        let smallest = parts.map(\.seconds).min()!
        var total = Decimal(0)
        for part in parts { total += part.value * part.seconds }
        // 13年6个月 → 162 months: in months, a year is 12 of them.
        if smallest == Self.durationSeconds["month"]! {
            total = 0
            for part in parts { total += part.value * (part.seconds == Self.durationSeconds["year"]! ? 12 : 1) * smallest }
        }
        var result = figure
        result.value = total / smallest
        result.unit = Self.durationSeconds.first { $0.value == smallest }!.key
        result.unitText = lastUnitText
        result.range = figure.range.lowerBound..<end
        if over && result.approx == .exact { result.approx = .over }
        result.rule = "figure.unit-compound"
        return result
    }
}
