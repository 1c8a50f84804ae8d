import Foundation
import FactCore

/// The verdict on one case.
public struct CaseOutcome: Sendable {
    public let specCase: SpecCase
    public let passed: Bool
    /// Why it failed, one line per problem (empty when passed).
    public let problems: [String]
    /// Our rows as the layer sees them: `span text kind value unit time`.
    public let observed: [String]
}

/// Compares our rows with a case's expected results under the mapping of
/// ``FigureView``, ``DateValueMapping``, ``DateSpanMapping`` and ``UnitNames``.
///
/// As upstream, a case passes when the rows that the layer looks at are exactly as many as
/// the expected results and each result has its own row with the same span (code points,
/// half-open) and a matching value. An extra row fails the case, so negatives
/// (`Results: []`) pass only when nothing of the layer's kinds is found.
///
/// Rows each layer looks at: Number, all figure rows (any kind, ordinals and `number`
/// included, dates not); Percent, `percent` and `percentage_point`; NumberRange, figure rows
/// whose approx is a bound or a range (`over`, `under`, `at_least`, `at_most`, `range`,
/// `vague`); Currency, `money`; Dimension, `area` `length` `weight` `volume` `energy` `power`;
/// Age, `age`; Temperature, `temperature`; Date and DatePeriod files, `date`; Duration files,
/// `duration`; DateTimeModel, `date` and `duration`.
public struct CaseJudge: Sendable {
    let view: FigureView

    public init(view: FigureView) {
        self.view = view
    }

    static let dimensionKinds: Set<FactKind> = [.area, .length, .weight, .volume, .energy, .power]
    static let boundApprox: Set<Approximation> = [.over, .under, .atLeast, .atMost, .range, .vague]

    /// Our rows that `layer` compares, with the span it sees.
    func observations(_ facts: [Fact], layer: SpecLayer, scalars: [Unicode.Scalar]) -> [(range: Range<Int>, fact: Fact)] {
        facts.compactMap { fact -> (Range<Int>, Fact)? in
            switch layer {
            case .number, .ordinal:
                guard !fact.isDate else { return nil }
                return (view.numeralSpan(of: fact, in: scalars), fact)
            case .numberRange:
                guard !fact.isDate, Self.boundApprox.contains(fact.approx) else { return nil }
                return (view.rangeSpan(of: fact, in: scalars), fact)
            case .percent:
                guard fact.kind == .percent || fact.kind == .percentagePoint else { return nil }
                return (view.unitSpan(of: fact, in: scalars), fact)
            case .currency:
                guard fact.kind == .money else { return nil }
                return (view.unitSpan(of: fact, in: scalars), fact)
            case .dimension:
                guard Self.dimensionKinds.contains(fact.kind) else { return nil }
                return (view.unitSpan(of: fact, in: scalars), fact)
            case .age:
                guard fact.kind == .age else { return nil }
                return (view.unitSpan(of: fact, in: scalars), fact)
            case .temperature:
                guard fact.kind == .temperature else { return nil }
                return (view.unitSpan(of: fact, in: scalars), fact)
            case .duration:
                guard fact.kind == .duration else { return nil }
                return (view.unitSpan(of: fact, in: scalars), fact)
            case .date, .datePeriod:
                guard fact.isDate else { return nil }
                return (fact.span.range, fact)
            case .dateTime:
                if fact.isDate { return (fact.span.range, fact) }
                guard fact.kind == .duration else { return nil }
                return (view.unitSpan(of: fact, in: scalars), fact)
            }
        }
    }

    /// Judges `specCase` against the facts extracted from its input.
    public func judge(_ specCase: SpecCase, facts: [Fact]) -> CaseOutcome {
        let scalars = Array(specCase.input.unicodeScalars)
        let layer = specCase.file.layer
        let rows = observations(facts, layer: layer, scalars: scalars)
        var used = Array(repeating: false, count: rows.count)
        var problems: [String] = []
        for result in specCase.results {
            let expected = expectedRange(result, specCase: specCase, scalars: scalars)
            let candidates = rows.indices.filter { !used[$0] && rows[$0].range == expected }
            guard !candidates.isEmpty else {
                problems.append("missing \(describe(expected, scalars)) [\(result.type)]")
                continue
            }
            var mismatch: String?
            var matched: Int?
            for index in candidates {
                if let problem = specCase.ignoreResolution ? nil : check(result, against: rows[index].fact, specCase: specCase, scalars: scalars) {
                    mismatch = mismatch ?? problem
                } else {
                    matched = index
                    break
                }
            }
            if let matched {
                used[matched] = true
            } else {
                used[candidates[0]] = true
                problems.append("\(describe(expected, scalars)): \(mismatch ?? "value differs")")
            }
        }
        for index in rows.indices where !used[index] {
            problems.append("extra \(describe(rows[index].range, scalars)) \(rows[index].fact.kind.rawValue)")
        }
        let observed = rows.map { row in
            let fact = row.fact
            return "\(describe(row.range, scalars)) \(fact.kind.rawValue) \(fact.value.map { "\($0)" } ?? "-")"
                + "\(fact.valueMax.map { "..\($0)" } ?? "") \(fact.unit ?? "-") \(fact.approx.rawValue) \(fact.time ?? "-")"
        }
        return CaseOutcome(specCase: specCase, passed: problems.isEmpty, problems: problems, observed: observed)
    }

    // MARK: - Expected spans and values

    func expectedRange(_ result: SpecResult, specCase: SpecCase, scalars: [Unicode.Scalar]) -> Range<Int> {
        switch specCase.file.layer {
        case .date, .datePeriod:
            return DateSpanMapping.trim(result.range, in: scalars)
        case .dateTime where !result.type.hasSuffix("duration"):
            return DateSpanMapping.trim(result.range, in: scalars)
        default:
            return result.range
        }
    }

    /// Nil when `fact` carries the value `result` expects, else the difference.
    func check(_ result: SpecResult, against fact: Fact, specCase: SpecCase, scalars: [Unicode.Scalar]) -> String? {
        let layer = specCase.file.layer
        switch result.resolution {
        case .none:
            if layer == .duration { return fact.kind == .duration ? nil : "not a duration" }
            return nil
        case .value(let value):
            guard let value else { return "spec value is null" }
            switch layer {
            case .numberRange:
                return checkInterval(value, fact, scale: fact.rule.contains("fraction") ? Decimal(string: "0.01")! : 1)
            case .percent:
                guard let expected = SpecNumber.parse(value) else { return "unreadable spec value \(value)" }
                guard let ours = fact.value else { return "no value" }
                return SpecNumber.agree(ours, expected) ? nil : "value \(ours), expected \(value)"
            default:
                guard let expected = SpecNumber.parse(value) else { return "unreadable spec value \(value)" }
                guard let ours = view.numeralValue(of: fact, in: scalars) else { return "no value" }
                return SpecNumber.agree(ours, expected) ? nil : "value \(ours), expected \(value)"
            }
        case .unit(let value, let unit, let iso):
            let code: String?
            switch layer {
            case .currency: code = UnitNames.currencyCode(unit: unit, isoCurrency: iso)
            case .dimension: code = unit.flatMap { UnitNames.dimension[$0] }
            case .age: code = unit.flatMap { UnitNames.age[$0] }
            case .temperature: code = unit.flatMap { UnitNames.temperature[$0] }
            default: code = nil
            }
            var problems: [String] = []
            if fact.unit != code { problems.append("unit \(fact.unit ?? "-"), expected \(code ?? unit ?? "-")") }
            if let value {
                if let expected = SpecNumber.parse(value) {
                    if let ours = fact.value, SpecNumber.agree(ours, expected) {} else {
                        problems.append("value \(fact.value.map { "\($0)" } ?? "-"), expected \(value)")
                    }
                } else { problems.append("unreadable spec value \(value)") }
            }
            return problems.isEmpty ? nil : problems.joined(separator: "; ")
        case .dateTimeValues(let values):
            if result.type.hasSuffix("duration") {
                return checkDuration(values.first?["value"], fact)
            }
            guard fact.isDate else { return "not a date row" }
            let expected = DateValueMapping.merge(values.map { DateValueMapping.iso(modelValue: $0, text: result.text) })
            return expected.accepts(fact.time) ? nil : "time \(fact.time ?? "null"), expected \(expected)"
        case .parsed(let timex, let future, let past):
            if result.type == "duration" {
                return checkDuration(future["duration"] ?? past["duration"], fact)
            }
            guard fact.isDate else { return "not a date row" }
            let expected = DateValueMapping.merge([
                DateValueMapping.iso(parserResolution: past, timex: timex, text: result.text),
                DateValueMapping.iso(parserResolution: future, timex: timex, text: result.text),
            ])
            return expected.accepts(fact.time) ? nil : "time \(fact.time ?? "null"), expected \(expected)"
        }
    }

    /// Our bounds: `range` is `[value, value_max]` (their bracket types are not
    /// compared, as we do not record them); `vague` is `(base,)`, open above its base as the
    /// spec writes `十几万` (``VagueBase``); `over` is `(value,)`, `at_least` `[value,)`,
    /// `under` `(,value)`, `at_most` `(,value]` (brackets compared).
    /// A fraction row (`超过1/2`, our percent 50) is read as the number it writes (`scale` 0.01), as in Number.
    func checkInterval(_ text: String, _ fact: Fact, scale: Decimal = 1) -> String? {
        guard let interval = SpecInterval(text) else { return "unreadable interval \(text)" }
        guard let written = fact.value else { return "no value" }
        let value = written * scale
        let valueMax = fact.valueMax.map { $0 * scale }
        let ours: SpecInterval
        switch fact.approx {
        case .vague:
            guard let base = VagueBase.of(fact) else { return "vague amount without a base" }
            ours = SpecInterval(lower: double(base * scale), lowerClosed: false, upper: nil, upperClosed: false)
        case .range:
            guard let high = valueMax else { return "range without value_max" }
            ours = SpecInterval(lower: double(value), lowerClosed: interval.lowerClosed,
                                upper: double(high), upperClosed: interval.upperClosed)
        case .over: ours = SpecInterval(lower: double(value), lowerClosed: false, upper: nil, upperClosed: false)
        case .atLeast: ours = SpecInterval(lower: double(value), lowerClosed: true, upper: nil, upperClosed: false)
        case .under: ours = SpecInterval(lower: nil, lowerClosed: false, upper: double(value), upperClosed: false)
        case .atMost: ours = SpecInterval(lower: nil, lowerClosed: false, upper: double(value), upperClosed: true)
        default: return "approx \(fact.approx.rawValue) is not a bound"
        }
        func same(_ a: Double?, _ b: Double?) -> Bool {
            switch (a, b) {
            case (nil, nil): return true
            case let (a?, b?): return SpecNumber.agree(a, b)
            default: return false
            }
        }
        let boundsAgree = same(ours.lower, interval.lower) && same(ours.upper, interval.upper)
        let closureAgrees = (interval.lower == nil || ours.lowerClosed == interval.lowerClosed)
            && (interval.upper == nil || ours.upperClosed == interval.upperClosed)
        return boundsAgree && closureAgrees ? nil : "interval \(ours) (\(fact.approx.rawValue)), expected \(text)"
    }

    func checkDuration(_ seconds: String?, _ fact: Fact) -> String? {
        guard fact.kind == .duration else { return "not a duration row" }
        guard let seconds, let expected = SpecNumber.parse(seconds) else { return "spec duration unreadable" }
        guard let value = fact.value, let unit = fact.unit, let scale = UnitNames.durationSeconds[unit] else {
            return "duration unit \(fact.unit ?? "-") has no length in seconds"
        }
        let ours = double(value) * scale
        return SpecNumber.agree(ours, expected) ? nil : "duration \(ours) s, expected \(seconds) s"
    }

    private func double(_ value: Decimal) -> Double { NSDecimalNumber(decimal: value).doubleValue }

    private func describe(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> String {
        let lower = max(0, min(range.lowerBound, scalars.count)), upper = max(lower, min(range.upperBound, scalars.count))
        return "“\(String(String.UnicodeScalarView(scalars[lower..<upper])))”@\(range.lowerBound)..<\(range.upperBound)"
    }
}
