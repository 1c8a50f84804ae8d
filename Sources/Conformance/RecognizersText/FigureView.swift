import Foundation
import FactCore

/// How one of our rows is seen by a spec's layer: the span and value it is compared on.
///
/// Our figure spans run from a qualifier through the numeral, magnitude and unit to a
/// suffix qualifier (`近30个亿`, `50%以上`); the Recognizers-Text models mark less:
///
/// | layer | their span | our span seen as |
/// |---|---|---|
/// | Number | the numeral only (`十斤` → `十`) | the *numeral core*: prefix qualifiers, 第, 百分之/千分之 and suffix qualifiers trimmed, then the unit as written (`unitText`) when it ends the row, then a trailing 多/余/几 (`四百多` → `四百`; `一千多万` keeps its inner 多) |
/// | NumberRange | qualifier words and numerals, no unit (`至少有10`, `五百多`) | the row without its unit when the unit ends it, and without an about/nearly word that does not decide its bound (`大概有20~100个` → `20~100`) |
/// | Percent, Currency, Dimension, Age, Temperature, Duration | numeral and unit (`一吨` in `近一吨`) | the row without prefix and suffix qualifiers |
/// | dates | the date with range and open-interval words | the row as is (their span is trimmed instead: ``DateSpanMapping``) |
public struct FigureView: Sendable {
    let prefixes: [[Unicode.Scalar]]
    let suffixes: [[Unicode.Scalar]]
    /// `about` and `nearly` prefixes (大概, 约), with the particle that may follow them (大概有).
    let roughPrefixes: [[Unicode.Scalar]]
    static let numberPrefixes = ["第", "百分之", "千分之", "万分之", "萬分之"].map { Array($0.unicodeScalars) }
    static let approximationMarks: Set<Unicode.Scalar> = ["多", "余", "餘", "几", "幾", "来", "來"]

    /// Qualifier words from `qualifiers.tsv` (prefix, magnitude-prefix and suffix positions), longest first.
    public init(lexicons: LexiconTable) {
        prefixes = (lexicons.qualifiers(position: "prefix") + lexicons.qualifiers(position: "magnitude-prefix"))
            .map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
        suffixes = lexicons.qualifiers(position: "suffix").map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
        let rough = lexicons.qualifiers(position: "prefix", classes: ["about", "nearly"])
        roughPrefixes = (rough + rough.flatMap { word in ["有", "是", "为"].map { word + $0 } })
            .map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
    }

    /// The row without its leading and trailing qualifiers.
    public func unitSpan(of fact: Fact, in scalars: [Unicode.Scalar]) -> Range<Int> {
        var range = fact.span.range
        range = trimLeading(range, scalars, prefixes)
        range = trimTrailing(range, scalars, suffixes)
        return range
    }

    /// The row without its unit when the unit ends it (NumberRange), and without an `about`
    /// or `nearly` word before a range or a bound that it does not decide (`大概有20~100个` → `20~100`).
    public func rangeSpan(of fact: Fact, in scalars: [Unicode.Scalar]) -> Range<Int> {
        var range = trimUnit(fact.span.range, fact, scalars)
        if fact.approx != .about && fact.approx != .nearly { range = trimLeading(range, scalars, roughPrefixes) }
        return range
    }

    /// The numeral core (Number).
    public func numeralSpan(of fact: Fact, in scalars: [Unicode.Scalar]) -> Range<Int> {
        var range = fact.span.range
        range = trimLeading(range, scalars, prefixes + Self.numberPrefixes)
        range = trimTrailing(range, scalars, suffixes)
        range = trimUnit(range, fact, scalars)
        while range.count > 1, Self.approximationMarks.contains(scalars[range.upperBound - 1]) {
            range = range.lowerBound..<(range.upperBound - 1)
        }
        return range
    }

    /// The numeral's own value: a fraction row (`五分之一`, our percent 20) is 0.2; a
    /// per-mille row (`千分之五`, our percent 0.5) is 5; a vague amount is its base
    /// (``VagueBase``: `二十几万` → 200000).
    public func numeralValue(of fact: Fact, in scalars: [Unicode.Scalar]) -> Decimal? {
        guard var value = fact.value else { return nil }
        if let base = VagueBase.of(fact) { return base }
        if fact.rule.contains("fraction") { value /= 100 }
        let core = trimLeading(fact.span.range, scalars, prefixes)
        if hasPrefix(core, scalars, Array("千分之".unicodeScalars)) { value *= 10 }
        if hasPrefix(core, scalars, Array("万分之".unicodeScalars)) || hasPrefix(core, scalars, Array("萬分之".unicodeScalars)) { value *= 100 }
        return value
    }

    // MARK: - Trimming

    private func trimUnit(_ range: Range<Int>, _ fact: Fact, _ scalars: [Unicode.Scalar]) -> Range<Int> {
        guard let unit = fact.unitText.map({ Array($0.unicodeScalars) }), !unit.isEmpty, !fact.rule.contains("fraction"),
              range.count > unit.count, Array(scalars[(range.upperBound - unit.count)..<range.upperBound]) == unit
        else { return range }
        return range.lowerBound..<(range.upperBound - unit.count)
    }

    private func hasPrefix(_ range: Range<Int>, _ scalars: [Unicode.Scalar], _ word: [Unicode.Scalar]) -> Bool {
        range.count > word.count && Array(scalars[range.lowerBound..<(range.lowerBound + word.count)]) == word
    }

    private func trimLeading(_ range: Range<Int>, _ scalars: [Unicode.Scalar], _ words: [[Unicode.Scalar]]) -> Range<Int> {
        var lower = range.lowerBound
        var changed = true
        while changed {
            changed = false
            for word in words where range.upperBound - lower > word.count
                && Array(scalars[lower..<(lower + word.count)]) == word {
                lower += word.count
                changed = true
                break
            }
        }
        return lower..<range.upperBound
    }

    private func trimTrailing(_ range: Range<Int>, _ scalars: [Unicode.Scalar], _ words: [[Unicode.Scalar]]) -> Range<Int> {
        var upper = range.upperBound
        var changed = true
        while changed {
            changed = false
            for word in words where upper - range.lowerBound > word.count
                && Array(scalars[(upper - word.count)..<upper]) == word {
                upper -= word.count
                changed = true
                break
            }
        }
        return range.lowerBound..<upper
    }
}
