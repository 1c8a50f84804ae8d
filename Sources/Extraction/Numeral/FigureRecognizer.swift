import Foundation
import FactCore
import Numerals

/// Finds figures: a numeral with its unit or classifier, qualifiers and range.
///
/// Numerals are recognised over characters (ICU's tokens are not trusted at
/// numeral edges: `127|万人|次`). Not figures: numerals inside lexicon words
/// (`一直`, `国千`), ordinals (`第一届`), list markers (`一、`, `（二）`,
/// `1.`), designations and codes (`2.0版`, `4A级`, `5G`, `502所`), and
/// `一个`/`一次` used as articles. Numerals without a unit are kept as
/// `number` (or money, when their context is money: `超过千亿`).
struct FigureRecognizer {
    let text: FoldedText
    let lexicons: Lexicons
    let mask: WordMask
    /// The document's currency for a bare 元 (CNY, HKD, TWD).
    let regionCurrency: String

    private var reader: NumberReader { NumberReader(text: text, mask: mask, infixes: lexicons.qualifierInfixes, units: lexicons.units) }

    /// Kinds whose unit may take a half after it (三年半, 一吨半, 两米半).
    @inline(__always) static func takesHalf(_ kind: FactKind) -> Bool {
        switch kind {
        case .duration, .length, .weight, .area, .volume, .age: true
        default: false
        }
    }

    // Small sets the scanners test often, as bitmaps (a string literal's `unicodeScalars.contains`
    // decodes the literal on every call).
    /// Ends of sentences and clauses before a list marker (。一、).
    private static let sentenceEnds: ScalarBitmap = ["。", "！", "？", "!", "?", "；", ";"]
    /// What follows a list marker (一、, 1., (二)).
    private static let markerClosers: ScalarBitmap = ["、", ".", ")", "）", ":", "："]
    /// Financial (大写) digits and 零: alone, mostly parts of words.
    private static let financialDigits = ScalarBitmap("壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟零".unicodeScalars)
    /// Particles after a word-final unit (十个月大的).
    private static let wordEndParticles: ScalarBitmap = ["的", "了", "时", "時"]
    /// What may follow the 半 that ends a figure (三年半的时间, 三年半后).
    private static let halfFollowers = ScalarBitmap("的后後前内內里裏左以多时時来來过過又就才都也还還没沒将將已了".unicodeScalars)
    /// Particles between a qualifier and the numeral (超过了80, 至少有10, 最多为5).
    private static let qualifierParticles: ScalarBitmap = ["了", "有", "为", "為", "是"]

    /// Kinds whose unit a 多 or 余 may follow (3年多, 5公里多, 10吨多).
    @inline(__always) static func takesAfterUnitQualifier(_ kind: FactKind) -> Bool {
        kind == .duration || kind == .length || kind == .weight
    }

    /// What may follow a 多 after a unit when it means "over": the end, a non-ideograph, or a
    /// character that does not make a word with it (3年多来, 3年多的, 3年多时间, 3年多以前); an
    /// ideograph that does is read as the word instead (3年多次获奖, 近年多地, 一周多国).
    /// A numeral after it makes a compound duration instead (一年多三个月, 8小时余50分钟).
    static func endsAfterUnitQualifier(_ next: Unicode.Scalar?) -> Bool {
        guard let next else { return true }
        if NumeralCharacter.digit(next) != nil || NumeralCharacter.magnitude(next) != nil { return false }
        guard next.isIdeograph else { return true }
        return afterUnitFollowers.contains(next)
    }

    private static let afterUnitFollowers: ScalarBitmap = ["来", "來", "的", "时", "時", "前", "后", "後", "以", "了", "里", "裡", "中", "间", "間", "之"]

    /// The code points where ``recognize()`` may find something: those a numeral
    /// may start with (``NumberReader/canStart(at:)``: digits, numeral characters, `.`,
    /// 数 几 上) and the starts of shares and durations without a numeral (半 对 十).
    /// Code points above the BMP all pass to the full test.
    static let figureStarts: ScalarBitmap = {
        var bitmap = ScalarBitmap("0123456789.数几上數幾半对對十".unicodeScalars)
        for value in UInt32(0)..<0x10000 {
            if let scalar = Unicode.Scalar(value), NumeralScalarSet.contains(scalar) { bitmap.insert(scalar) }
        }
        bitmap.insert(Unicode.Scalar(0x10000)!)
        return bitmap
    }()

    /// Figures in text order. Ordinals are returned with kind `.ordinal`.
    func recognize() -> [FigureMention] {
        var figures: [FigureMention] = []
        let reader = self.reader
        let starts = Self.figureStarts
        var index = 0
        while index < text.count {
            // Most code points start nothing: one bit test skips them.
            guard starts.contains(text[index]) else { index += 1; continue }
            guard reader.canStart(at: index) else {
                // 半成, 打对折, 半小时: shares and durations without a numeral; 十分之一 under the word 十分.
                let first = text[index]
                guard first == "半" || first == "对" || first == "對" || first == "十" else { index += 1; continue }
                if let share = halfShare(at: index) ?? halfDuration(at: index) ?? tenthFraction(at: index, reader: reader),
                   share.range.lowerBound >= (figures.last?.range.upperBound ?? 0) {
                    figures.append(share)
                    index = share.range.upperBound
                } else {
                    index += 1
                }
                continue
            }
            // A numeral continuing a word (ASCII letters before: TOP10, COVID-19) is a code.
            if var figure = figure(at: index, reader: reader) {
                // A qualifier or currency read backwards never reaches into the previous figure.
                if let previous = figures.last, figure.range.lowerBound < previous.range.upperBound {
                    var start = previous.range.upperBound
                    while start < figure.range.upperBound, text[start] == " " { start += 1 }
                    figure.range = start..<max(start, figure.range.upperBound)
                    if figure.range.isEmpty { index += 1; continue }
                }
                figures.append(figure)
                index = max(figure.range.upperBound, index + 1)
            } else {
                index += 1
                while index < text.count, !mask[index], text[index].isASCIIDigit || text[index] == "." { index += 1 }
            }
        }
        return joiningBoundPairs(figures)
    }

    private func figure(at index: Int, reader: NumberReader) -> FigureMention? {
        // 百分之四十五, 百 分 之2.4: the percent sign comes first.
        if let mark = spelledPercentMark(at: index) {
            return spelledPercent(at: index, numberAt: mark, reader: reader)
        }
        guard var number = reader.read(at: index) else { return nil }
        // 万分之三, 仟分之贰: a lone magnitude is a denominator before 分之.
        if let numerator = fractionMark(at: number.range.upperBound) {
            // 还有二分之。: a fraction without its numerator is no share; the numeral stays a numeral.
            return fraction(number, numeratorAt: numerator, reader: reader)
                ?? (isLoneCharacter(number) ? nil : notAFact(number, rule: "figure.no-numerator"))
        }
        if isLoneCharacter(number) { return nil }
        if isCode(number) { return notAFact(number, rule: "figure.code") }
        if let mixed = mixedNumber(number, reader: reader) { number = mixed }
        var end = number.range.upperBound
        if text.at(end) == "/", let slashed = slashFraction(number) { return slashed }
        if let ordinal = ordinalOrMarker(number) { return ordinal }
        // 十 成, 六 点 五 成: spaces before 成 and 折 too.
        var share = end
        while text.at(share) == " ", share - end < 3 { share += 1 }
        if text.at(share) == "成", let percent = tenths(number, mark: share) { return percent }
        if text.at(share) == "折", let percent = discount(number, mark: share) { return percent }
        if text.at(end) == "番", let doubled = doubling(number) { return doubled }

        // 50个基点, 2.0版, 3号线: designations and unscored units come first.
        if let designation = lexicons.designations.longestMatch(in: text.scalars, at: end),
           designation.length >= (lexicons.units.longestMatch(in: text.scalars, at: end)?.length ?? 0) {
            return notAFact(number, rule: "figure.designation")
        }
        let unit = matchUnit(at: end, after: number)
        if let found = unit, found.entry.article, number.isBareOne {
            // 一个, 一次: an article, not a figure (a `number` row with --all-numbers).
            var article = notAFact(number, rule: "figure.article", through: end + found.length)
            article.unitText = text.string(end..<(end + found.length))
            return article
        }
        // 每10股派3.5元, 每10万人口: a count right after 每 is the base of a rate, not a fact.
        if let found = unit, found.entry.kind == .count, text.at(number.range.lowerBound - 1) == "每" {
            return notAFact(number, rule: "figure.rate-base", through: end + found.length)
        }
        if let found = unit, found.entry.nameSuffix, number.isArabic, number.integerDigits >= 3,
           let previous = text.at(number.range.lowerBound - 1), previous.isIdeograph,
           lexicons.linkWords.longestMatch(in: text.scalars, endingAt: number.range.lowerBound) == nil {
            return notAFact(number, rule: "figure.designation")
        }
        // 2022 年2月8日: a year written with a space before 年 is no duration of 2022 years
        // (unspaced, the date recogniser claims it first).
        if let found = unit, found.code == "year", found.entry.kind == .duration, text.at(end) == " ",
           number.isArabic, number.integerDigits == 4, !number.hasMagnitude, number.valueMax == nil,
           number.value >= 1000, number.value <= 2100 {
            return notAFact(number, rule: "figure.year")
        }
        if let found = unit { end += found.length }

        var figure = FigureMention(range: number.range, kind: .number, value: number.value, valueMax: number.valueMax,
                                   unit: nil, unitText: nil, approx: number.approx, rule: "figure.number")
        figure.bareMagnitude = number.usedGeMagnitude || (number.hasMagnitude && number.value >= 10000)
        figure.usedGe = number.usedGeMagnitude
        if let found = unit {
            figure.kind = found.entry.kind
            figure.unit = found.code
            // The unit as written, without the space of `6 天`.
            var unitStart = end - found.length
            while text[unitStart] == " " { unitStart += 1 }
            figure.unitText = text.string(unitStart..<end)
            figure.rule = "figure.unit"
            if found.entry.kind == .percentagePoint { figure.unit = "percentage_point" }
            // 三年半, 一吨半, 两米半: half a unit more.
            if found.addsHalf || (text.at(end) == "半" && Self.takesHalf(found.entry.kind) && halfEndsFigure(at: end + 1)) {
                figure.value += Decimal(string: "0.5")!
                if !found.addsHalf { end += 1 }
            }
        }
        figure.range = number.range.lowerBound..<end

        // Ranges: 3至5年, 2000-3000元, 20%-30%; compound durations: 8天20小时.
        if let coins = currencyTail(figure, reader: reader) { figure = coins }
        else if let compound = compoundDuration(figure, reader: reader) { figure = compound }
        else if let between = betweenRange(from: figure, reader: reader) { figure = between }
        else if let ranged = rangeEnd(from: figure, number: number, reader: reader) { figure = ranged }

        applySign(&figure)
        comparativeBound(&figure)
        applyCurrencyPrefix(&figure)
        applyPrefixQualifier(&figure)
        applySuffixQualifier(&figure)
        return figure
    }

    /// 负3.9%, -2319.44万元: a minus sign right before the numeral (not the joiner of
    /// 2000-3000 nor the hyphen of a code like BH2023-07).
    func applySign(_ figure: inout FigureMention) {
        let start = figure.range.lowerBound
        guard let sign = text.at(start - 1), sign == "-" || sign == "负" || sign == "負" else { return }
        if let before = text.at(start - 2), before.isASCIIDigit || before.isASCIILetter || before == "-" || before == "." { return }
        figure.value = -figure.value
        // -10000与20000间: the sign of a joined range belongs to its first numeral only.
        if let high = figure.valueMax, !figure.rule.hasSuffix("-range") { figure.valueMax = -high }
        figure.range = (start - 1)..<figure.range.upperBound
    }

    /// A numeral that is no figure (a code, a designation, an article): a `number`
    /// row with `--all-numbers`, and a boundary for metric phrases.
    private func notAFact(_ number: NumberReading, rule: String, through end: Int? = nil) -> FigureMention {
        FigureMention(range: number.range.lowerBound..<(end ?? number.range.upperBound), kind: .number, value: number.value, valueMax: number.valueMax,
                      unit: nil, unitText: nil, approx: number.approx, rule: rule)
    }

    /// 人民币5亿元, 新臺幣３６１５億元, 美元120亿: a currency name before the numeral
    /// joins the span and decides the currency.
    private func applyCurrencyPrefix(_ figure: inout FigureMention) {
        // 人民币  50元: up to two spaces between the name and the numeral.
        var start = figure.range.lowerBound
        while start > figure.range.lowerBound - 2, text.at(start - 1) == " " { start -= 1 }
        guard let match = lexicons.currencyPrefixes.longestMatch(in: text.scalars, endingAt: start, from: max(0, start - 4)) else { return }
        switch figure.kind {
        case .money where match.value.kind == .money:
            // 人民币5亿元 decides a bare 元; 4人民币5美元 keeps its dollars.
            if let written = figure.unitText, let entry = lexicons.units.value(of: written.unicodeScalars), !entry.regional {} else {
                figure.unit = match.value.code
            }
        case .temperature where match.value.kind == .temperature:
            // 华氏温度98.6度: the scale named before the numeral.
            figure.unit = match.value.code
        // 人民币500, 人民币五亿; not 数字人民币六问六答: a Chinese numeral without a magnitude after a
        // currency name is no amount.
        case .number where match.value.kind == .money
            && (figure.bareMagnitude || figure.value > 0 && figure.range.contains { text[$0].isASCIIDigit }):
            figure.kind = .money
            figure.unit = match.value.code
            figure.unitText = match.value.surface
            figure.rule = "figure.currency-prefix"
        default:
            return
        }
        figure.range = (start - match.length)..<figure.range.upperBound
    }

    // MARK: - Units

    struct UnitMatch {
        var entry: UnitEntry
        var code: String
        var length: Int
        /// 一个半月: the unit came with 半 (+0.5).
        var addsHalf = false
    }

    /// The unit at `index`: a lexicon unit, a price (元/平方米), or a bare per-unit (22537/㎡).
    func matchUnit(at index: Int, after number: NumberReading, compound: Bool = false) -> UnitMatch? {
        // 一 百 五 十 个 百 分 点: a unit written with spaces inside beats a shorter one without.
        let spacedUnit = spacedMatch(at: index)
        // 6 天, 5 小时: one space between numeral and unit.
        if text.at(index) == " ", let next = text.at(index + 1), next.isIdeograph,
           var spaced = matchUnitDirectly(at: index + 1, after: number, compound: compound) {
            spaced.length += 1
            if let spacedUnit, spacedUnit.length > spaced.length { return spacedUnit }
            return spaced
        }
        // 一个半月, 两个半小时: 个半 before the unit.
        if text.hasWord("个半", at: index) || text.hasWord("個半", at: index) {
            if var half = matchUnitDirectly(at: index + 2, after: number), half.entry.kind == .duration {
                half.length += 2
                half.addsHalf = true
                return half
            }
            // 一个半月: the unit is 个月 with 半 inside it.
            for length in stride(from: 3, through: 1, by: -1) where index + 2 + length <= text.count {
                let word = [text[index]] + text.scalars[(index + 2)..<(index + 2 + length)]
                if let entry = lexicons.units.value(of: word), entry.kind == .duration {
                    return UnitMatch(entry: entry, code: entry.code, length: 2 + length, addsHalf: true)
                }
            }
        }
        if let direct = matchUnitDirectly(at: index, after: number, compound: compound) { return direct }
        return spacedUnit
    }

    /// 一百五十    个百分点, 六   个 百 分点: a unit of two or more characters with spaces
    /// before it or inside it.
    private func spacedMatch(at index: Int) -> UnitMatch? {
        guard text.at(index) == " " || text.at(index + 1) == " ",
              let spaced = lexicons.units.longestSpacedMatch(in: text.scalars, at: index),
              spaced.value.surface.unicodeScalars.count >= 2, !spaced.value.compoundOnly, !spaced.value.cued,
              !spaced.value.afterMagnitudeOnly, !spaced.value.endsWord else { return nil }
        return UnitMatch(entry: spaced.value, code: spaced.value.regional ? regionCurrency : spaced.value.code, length: spaced.length)
    }

    /// Whether a unit entry may stand at `index` after `number`: compound-only units
    /// only inside a compound duration, word-final units only at a word's end (十个月大的),
    /// cued units only with a cue word of their kind in the sentence and not after a bare
    /// 一 (一度 is "once").
    private func unitFits(_ entry: UnitEntry, length: Int, at index: Int, after number: NumberReading, compound: Bool) -> Bool {
        if entry.compoundOnly && !compound { return false }
        if entry.endsWord, let next = text.at(index + length), next.isIdeograph,
           !Self.wordEndParticles.contains(next) { return false }
        if entry.cued {
            // 一度 is "once"; 5亿度 is electricity.
            if number.isBareOne || number.trailingMagnitude >= 10000 { return false }
            return sentenceHasCue(for: entry.kind, around: index)
        }
        return true
    }

    /// True when a cue word of `kind` (`unit-cues.tsv`) stands in the sentence around `index`.
    private func sentenceHasCue(for kind: FactKind, around index: Int) -> Bool {
        let stops = "。！？!?；;\n".unicodeScalars
        var start = index
        while start > 0, index - start < 60, !stops.contains(text[start - 1]) { start -= 1 }
        var end = index
        while end < text.count, end - index < 60, !stops.contains(text[end]) { end += 1 }
        var position = start
        while position < end {
            if let cue = lexicons.unitCues.longestMatch(in: text.scalars, at: position, limit: end), cue.value == kind { return true }
            position += 1
        }
        return false
    }

    private func matchUnitDirectly(at index: Int, after number: NumberReading, compound: Bool = false) -> UnitMatch? {
        if text.at(index) == "/", let per = lexicons.units.longestMatch(in: text.scalars, at: index + 1),
           per.value.kind != .money, per.value.kind != .count {
            var entry = per.value
            entry.kind = .price
            return UnitMatch(entry: entry, code: "\(regionCurrency)/\(per.value.code)", length: per.length + 1)
        }
        guard var match = lexicons.units.longestMatch(in: text.scalars, at: index) else { return nil }
        // 三天大会: a unit that does not fit here gives way to a shorter one (天).
        while !unitFits(match.value, length: match.length, at: index, after: number, compound: compound) {
            guard match.length > 1, let shorter = lexicons.units.longestMatch(in: text.scalars, at: index, limit: index + match.length - 1)
            else { return nil }
            match = shorter
        }
        if match.value.afterMagnitudeOnly && !number.endsWithMagnitude { return nil }
        // 年 after a numeral that could be a year is decided by the date recogniser; here it is a duration.
        var code = match.value.regional ? regionCurrency : match.value.code
        var length = match.length
        var entry = match.value
        if entry.kind == .money {
            // 元/平方米, 美元/吨, 元/千瓦时: money per unit.
            let after = index + length
            if let slash = text.at(after), slash == "/" || slash == "每",
               let per = lexicons.units.longestMatch(in: text.scalars, at: after + 1),
               per.value.kind != .money, per.value.kind != .count || per.value.surface == "人" {
                let perCode = per.value.kind == .count ? "person" : per.value.code
                code = "\(code)/\(perCode)"
                length += 1 + per.length
                entry.kind = .price
            }
        }
        return UnitMatch(entry: entry, code: code, length: length)
    }

    /// 三年半, 三年半的时间, 三年半后: 半 ends the figure; 5公里半径 starts a word.
    private func halfEndsFigure(at index: Int) -> Bool {
        guard let next = text.at(index), next.isIdeograph else { return true }
        return Self.halfFollowers.contains(next)
    }

    // MARK: - Special forms

    /// 百分之四十五 → 45 percent; 千分之五 → 0.5 percent.
    private func spelledPercent(at index: Int, numberAt start: Int, reader: NumberReader) -> FigureMention? {
        guard let number = reader.read(at: start) else { return nil }
        let perMille = text[index] == "千" || text[index] == "仟"
        var figure = FigureMention(range: index..<number.range.upperBound, kind: .percent,
                                   value: perMille ? number.value / 10 : number.value,
                                   valueMax: number.valueMax.map { perMille ? $0 / 10 : $0 },
                                   unit: "percent", unitText: text.string(index..<start),
                                   approx: number.approx, rule: "figure.percent-spelled")
        if let joiner = lexicons.rangeJoiners.longestMatch(in: text.scalars, at: figure.range.upperBound),
           text.hasWord("百分之", at: figure.range.upperBound + joiner.length),
           let second = reader.read(at: figure.range.upperBound + joiner.length + 3) {
            figure.valueMax = second.value
            figure.approx = .range
            figure.range = index..<second.range.upperBound
        }
        applyPrefixQualifier(&figure)
        applySuffixQualifier(&figure)
        return figure
    }

    /// 三分之一 → 33.333333333333 percent (a share of a whole); 负３分之负一百五十七 → 5233.33.
    private func fraction(_ denominator: NumberReading, numeratorAt start: Int, reader: NumberReader) -> FigureMention? {
        guard let (numerator, negative) = signedNumber(at: start, reader: reader), denominator.value != 0 else { return nil }
        var figure = FigureMention(range: denominator.range.lowerBound..<numerator.range.upperBound, kind: .percent,
                                   value: (negative ? -1 : 1) * numerator.value * 100 / denominator.value, valueMax: nil,
                                   unit: "percent", unitText: "分之", approx: .exact, rule: "figure.fraction")
        applySign(&figure)
        comparativeBound(&figure)
        applyPrefixQualifier(&figure)
        applySuffixQualifier(&figure)
        return figure
    }

    /// 3/5 → 60 percent, 1/2的努力: a fraction written with a slash, between small integers.
    func slashFraction(_ numerator: NumberReading) -> FigureMention? {
        guard numerator.isArabic, numerator.integerDigits <= 3, !numerator.hasMagnitude,
              let denominator = SmallNumberReader.arabic(text, at: numerator.range.upperBound + 1, maxDigits: 3),
              denominator.value >= 2, numerator.value < Decimal(denominator.value) * 10,
              !(text.at(numerator.range.upperBound + 1 + denominator.length).map { $0.isASCIIDigit || $0 == "/" || $0.isIdeograph && lexicons.units.longestMatch(in: text.scalars, at: numerator.range.upperBound + 1 + denominator.length) != nil } ?? false)
        else { return nil }
        let end = numerator.range.upperBound + 1 + denominator.length
        var figure = FigureMention(range: numerator.range.lowerBound..<end, kind: .percent,
                                   value: numerator.value * 100 / Decimal(denominator.value), valueMax: nil,
                                   unit: "percent", unitText: "/", approx: .exact, rule: "figure.fraction")
        applySign(&figure)
        applyPrefixQualifier(&figure)
        return figure
    }

    /// 四成 → 40 percent, 7.2成 → 72, 七成六 → 76, 十成 → 100, 三成半 → 35: tenths of a whole.
    private func tenths(_ number: NumberReading, mark: Int) -> FigureMention? {
        guard number.value > 0, number.value <= 10, number.valueMax == nil else { return nil }
        // 成为, 成立, 成本: 成 starts a word here, not a share.
        if let next = text.at(mark + 1), "为為立员員本果功交长長熟就绩績型品都语語分效份".unicodeScalars.contains(next) { return nil }
        var end = mark + 1
        var value = number.value * 10
        // 七成六, 七成 六: one more digit is the next tenth.
        let digitAt = text.at(end) == " " ? end + 1 : end
        if text.at(end) == "半" { value += 5; end += 1 }
        else if let digit = text.at(digitAt).flatMap(NumeralCharacter.digit), !text[digitAt].isASCIIDigit, number.value < 10,
                text.at(digitAt + 1).map({ !NumeralScalarSet.contains($0) }) ?? true, !mask[digitAt] {
            value += Decimal(digit)
            end = digitAt + 1
        }
        var figure = FigureMention(range: number.range.lowerBound..<end, kind: .percent, value: value, valueMax: nil,
                                   unit: "percent", unitText: "成", approx: number.approx, rule: "figure.tenths")
        applyPrefixQualifier(&figure)
        applySuffixQualifier(&figure)
        return figure
    }

    /// 八折 → 80 percent of the price, 75折 → 75, 9.9折 → 99, 八点五折 → 85: a discount.
    private func discount(_ number: NumberReading, mark: Int) -> FigureMention? {
        // 十折 is no discount (full price is no 折 at all).
        guard number.value > 0, number.value < 100, number.value != 10, number.valueMax == nil else { return nil }
        // 折合, 折旧, 折算: 折 starts a word.
        if let next = text.at(mark + 1), "合旧舊算射腾騰磨线線叠疊返扣让讓价價服".unicodeScalars.contains(next) { return nil }
        let value = number.value < 10 ? number.value * 10 : number.value
        var start = number.range.lowerBound
        if text.at(start - 1) == "打" { start -= 1 }
        return FigureMention(range: start..<(mark + 1), kind: .percent, value: value, valueMax: nil,
                             unit: "percent", unitText: "折", approx: number.approx, rule: "figure.discount")
    }

    /// 翻一番 → 2 times, 翻两番 → 4 times.
    private func doubling(_ number: NumberReading) -> FigureMention? {
        let start = number.range.lowerBound
        guard text.at(start - 1) == "翻" || (start >= 2 && text.hasWord("翻了", at: start - 2)),
              text.at(number.range.upperBound) == "番" else { return nil }
        var value = Decimal(1)
        for _ in 0..<max(1, NSDecimalAsInt(number.value)) { value *= 2 }
        let spanStart = text.at(start - 1) == "翻" ? start - 1 : start - 2
        var figure = FigureMention(range: spanStart..<(number.range.upperBound + 1), kind: .multiple, value: value,
                                   valueMax: nil, unit: "times", unitText: "番", approx: .exact, rule: "figure.doubling")
        applyPrefixQualifier(&figure)
        return figure
    }

    /// 第一届 (ordinal) and list markers (一、 （二） 1.) are not figures.
    private func ordinalOrMarker(_ number: NumberReading) -> FigureMention? {
        let start = number.range.lowerBound, end = number.range.upperBound
        // 前三名, 前10位: a rank label, not a count.
        if text.at(start - 1) == "前", let next = text.at(end), next == "名" || next == "位" {
            return FigureMention(range: (start - 1)..<(end + 1), kind: .ordinal, value: number.value, valueMax: nil,
                                 unit: nil, unitText: nil, approx: .exact, rule: "figure.rank")
        }
        if text.at(start - 1) == "第" {
            return FigureMention(range: (start - 1)..<end, kind: .ordinal, value: number.value, valueMax: nil,
                                 unit: nil, unitText: nil, approx: .exact, rule: "figure.ordinal")
        }
        // A marker opens a line or a sentence (一、…。二、…): only whitespace or an opening
        // bracket stands between it and the line start.
        if let previous = text.at(start - 1), !(previous.isWhitespaceLike || previous == "(" || previous == "（"
                                                 || Self.sentenceEnds.contains(previous)) {
            return nil
        }
        var lineStart = start
        while lineStart > 0, text[lineStart - 1] != "\n", !Self.sentenceEnds.contains(text[lineStart - 1]) { lineStart -= 1 }
        let before = text.scalars[lineStart..<start]
        let onlyOpeners = before.allSatisfy { $0.isWhitespaceLike || $0 == "(" || $0 == "（" }
        if onlyOpeners, let next = text.at(end), Self.markerClosers.contains(next) || (before.contains { $0 == "(" || $0 == "（" }) {
            return FigureMention(range: start..<end, kind: .ordinal, value: number.value, valueMax: nil,
                                 unit: nil, unitText: nil, approx: .exact, rule: "figure.list-marker")
        }
        return nil
    }

    /// A lone financial digit (伍, 陆: also surnames and words), a lone 零 (零售), or a lone magnitude
    /// (百家, 万人) is a numeral only after a qualifier (超过千亿, 近万人). The financial digits of
    /// `lone-digits.txt` (叁, 玖), which have no other common use, are numerals alone too where
    /// they end the phrase or take a unit (写法是叁。, 叁人); before another ideograph they are
    /// mostly part of a given name (陈峰玖今年, 董玖丰).
    private func isLoneCharacter(_ number: NumberReading) -> Bool {
        guard number.range.count == 1, !number.isArabic else { return false }
        let scalar = text[number.range.lowerBound]
        if lexicons.loneDigits.contains(scalar) {
            let end = number.range.upperBound
            guard let next = text.at(end), next.isIdeograph, lexicons.units.longestMatch(in: text.scalars, at: end) == nil
            else { return false }
        }
        let financial = Self.financialDigits.contains(scalar)
        let magnitude = scalar != "十" && NumberReader.magnitude(scalar) != nil
        guard financial || magnitude else { return false }
        // 負壹: a sign makes it a numeral.
        if let sign = text.at(number.range.lowerBound - 1), sign == "负" || sign == "負" { return false }
        if lexicons.qualifierPrefixes.longestMatch(in: text.scalars, endingAt: number.range.lowerBound,
                                                    from: max(0, number.range.lowerBound - 4)) != nil { return false }
        // 销量过万, 过万人: a magnitude qualifier before a lone magnitude.
        let end = number.range.upperBound
        let unit = lexicons.units.longestMatch(in: text.scalars, at: end).map { end + $0.length }
        return magnitudeQualifier(before: number.range.lowerBound, numeralEnd: end, unitEnd: unit) == nil
    }

    /// Numbers glued to ASCII letters or hyphens of a code: 5G, 4A级, TOP10, COVID-19, 0571-8888.
    private func isCode(_ number: NumberReading) -> Bool {
        let start = number.range.lowerBound, end = number.range.upperBound
        if isInsideURL(start) { return true }
        if let previous = text.at(start - 1), previous.isASCIILetter || previous == "-" && (text.at(start - 2)?.isASCIILetter ?? false) { return true }
        if let next = text.at(end), next.isASCIILetter {
            // kWh, km, MW are units.
            if let unit = lexicons.units.longestMatch(in: text.scalars, at: end), unit.value.code != "count" {
                let after = text.at(end + unit.length)
                if after == nil || !(after!.isASCIILetter) { return false }
            }
            return true
        }
        if number.isArabic, number.integerDigits >= 7, !number.hasMagnitude, text.at(end) != "." { return true }
        if number.isArabic, text.at(end) == "-", text.at(end + 1)?.isASCIIDigit == true, number.integerDigits >= 3,
           (SmallNumberReader.arabic(text, at: end + 1, maxDigits: 12)?.length ?? 0) >= 5 { return true }
        return false
    }

    // MARK: - Ranges and qualifiers

    /// Extends `figure` over `至5年`, `-3000元`, `到30%`.
    private func rangeEnd(from figure: FigureMention, number: NumberReading, reader: NumberReader) -> FigureMention? {
        var end = figure.range.upperBound
        // 20 - 100个: a joiner with a space on each side.
        let spaced = text.at(end) == " " && text.at(end + 2) == " " && text.at(end + 1).map { "-~～–—".unicodeScalars.contains($0) } == true
        if spaced { end += 1 }
        guard figure.approx == .exact || figure.approx == .over,
              let joiner = lexicons.rangeJoiners.longestMatch(in: text.scalars, at: end) ?? (text.hasWord("或", at: end) ? (1, true) : nil),
              let second = reader.read(at: end + joiner.length + (spaced ? 1 : 0)), second.approx == .exact
        else { return nil }
        var secondEnd = second.range.upperBound
        let secondUnit = matchUnit(at: secondEnd, after: second)
        var perUnit = false
        if let unit = figure.unit {
            // 20%-30%: the second must carry the same unit, or none (3万元至5万); or the same
            // currency per a unit, which then is both ends' (11,000元至14,000元/平方米).
            if let secondUnit, secondUnit.code != unit {
                guard secondUnit.code.hasPrefix(unit + "/") else { return nil }
                perUnit = true
            }
        } else if secondUnit == nil {
            // 一千到一千五百: numerals alone make a range with 到, 至 or ~, unless a date or a
            // time of day goes on (1到10月, 8至10点).
            guard let written = text.at(end), "到至~～".unicodeScalars.contains(written), !spaced else { return nil }
            if let next = text.at(secondEnd), "年月日号號时時点點分秒".unicodeScalars.contains(next) { return nil }
        }
        if let secondUnit { secondEnd += secondUnit.length }
        var result = figure
        var low = figure.value
        // 3至5万元: the magnitude written once applies to both ends.
        if !number.hasMagnitude, second.hasMagnitude, second.trailingMagnitude > 1,
           low * second.trailingMagnitude <= second.value {
            low *= second.trailingMagnitude
        }
        guard second.value > low else { return nil }
        if figure.unit == nil || perUnit, let secondUnit {
            result.kind = secondUnit.entry.kind
            result.unit = secondUnit.code
            result.unitText = text.string((secondEnd - secondUnit.length)..<secondEnd)
            result.rule = "figure.unit"
        }
        result.value = low
        result.valueMax = second.value
        result.approx = .range
        result.range = figure.range.lowerBound..<secondEnd
        result.rule += "-range"
        return result
    }

    /// 约 近 超过 至少 … right before the numeral.
    func applyPrefixQualifier(_ figure: inout FigureMention) {
        var start = figure.range.lowerBound
        let longest = lexicons.qualifierPrefixes.maxLength
        var match = lexicons.qualifierPrefixes.longestMatch(in: text.scalars, endingAt: start, from: max(0, start - longest))
        // 超过了80, 至少有10, 最多为5: a particle between the qualifier and the numeral.
        if match == nil, let particle = text.at(start - 1), Self.qualifierParticles.contains(particle),
           let found = lexicons.qualifierPrefixes.longestMatch(in: text.scalars, endingAt: start - 1, from: max(0, start - 1 - longest)),
           found.length >= 2 {
            match = found
            start -= 1
        }
        if match == nil { match = spacedPrefixQualifier(endingAt: start) }
        if match == nil { match = rateQualifier(before: start) }
        if match == nil {
            // 过万, 过千万元: a qualifier of bare magnitudes only.
            var numeralEnd = start
            while numeralEnd < figure.range.upperBound, NumberReader.magnitude(text[numeralEnd]) != nil { numeralEnd += 1 }
            if figure.unit != nil || numeralEnd == figure.range.upperBound {
                match = magnitudeQualifier(before: start, numeralEnd: numeralEnd, unitEnd: figure.unit == nil ? nil : figure.range.upperBound)
            }
        }
        guard let match else { return }
        // 将近 is a qualifier, 最近 is not (最近5年 is the last five years).
        let qualifierStart = start - match.length
        if let previous = text.at(qualifierStart - 1), previous == "最", match.value.surface == "近" { return }
        if figure.approx == .exact || figure.approx == .over && match.value.approx == .over {
            figure.approx = match.value.approx
        }
        figure.range = qualifierStart..<figure.range.upperBound
    }

    /// 小于 或 等于100: a prefix qualifier of two characters or more written with spaces
    /// (before the numeral or inside the word); the length counts the spaces.
    private func spacedPrefixQualifier(endingAt end: Int) -> (length: Int, value: QualifierEntry)? {
        // Most numerals have no space before them, nor one two characters back.
        guard text.at(end - 1) == " " || text.at(end - 2) == " " || text.at(end - 3) == " " else { return nil }
        var positions: [Int] = []
        var index = end
        var spaces = 0
        while index > 0, positions.count < lexicons.qualifierPrefixes.maxLength {
            let scalar = text[index - 1]
            if scalar == " " {
                spaces += 1
                if spaces > 3 { break }
            } else {
                if !scalar.isIdeograph { break }
                spaces = 0
                positions.append(index - 1)
            }
            index -= 1
        }
        guard positions.count >= 2 else { return nil }
        for length in stride(from: positions.count, through: 2, by: -1) {
            let start = positions[length - 1]
            // Only a match that skipped a space: the others are the plain lookup's.
            guard end - start > length,
                  let entry = lexicons.qualifierPrefixes.value(of: positions[0..<length].reversed().lazy.map { text[$0] }) else { continue }
            return (end - start, entry)
        }
        return nil
    }

    /// 以上 以下 左右 以内 after the unit (一 space allowed before the longer ones).
    func applySuffixQualifier(_ figure: inout FigureMention) {
        // 170 之下, 5% 以上: one space before a qualifier of two characters or more.
        let spacedEnd = figure.range.upperBound
        if text.at(spacedEnd) == " ", let spaced = lexicons.qualifierSuffixes.longestMatch(in: text.scalars, at: spacedEnd + 1),
           spaced.length >= 2, lexicons.qualifierSuffixes.longestMatch(in: text.scalars, at: spacedEnd) == nil {
            var moved = figure
            moved.range = figure.range.lowerBound..<(spacedEnd + 1)
            applyAdjacentSuffix(&moved)
            if moved.range.upperBound > spacedEnd + 1 { figure = moved }
            return
        }
        applyAdjacentSuffix(&figure)
    }

    /// 以上 以下 左右 以内 right after the unit; 多 余 after a duration, length or weight
    /// unit (`after-unit` in qualifiers.tsv: 3年多来, 两天多的时间, 5公里多).
    private func applyAdjacentSuffix(_ figure: inout FigureMention) {
        let end = figure.range.upperBound
        guard end < text.count, !mask[end] else { return }
        if figure.approx == .exact, figure.valueMax == nil, Self.takesAfterUnitQualifier(figure.kind),
           let after = lexicons.qualifiersAfterUnit.longestMatch(in: text.scalars, at: end),
           Self.endsAfterUnitQualifier(text.at(end + after.length)) {
            figure.approx = after.value.approx
            figure.range = figure.range.lowerBound..<(end + after.length)
            return
        }
        guard let match = lexicons.qualifierSuffixes.longestMatch(in: text.scalars, at: end) else { return }
        // 内 / 以内 bound durations and distances (3年内), not 50家内资企业.
        if match.value.approx == .atMost, ![.duration, .length, .percent, .money, .area, .weight].contains(figure.kind) { return }
        if match.value.surface == "内", figure.kind != .duration && figure.kind != .length { return }
        if figure.approx == .exact { figure.approx = match.value.approx }
        figure.range = figure.range.lowerBound..<(end + match.length)
    }
}
