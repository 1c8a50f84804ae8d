import Foundation
import Testing
import Conformance
import Extraction
import FactCore

/// The documented mappings from Recognizers-Text conventions to ours, on inline examples.
@Suite("Recognizers-Text convention mapping")
struct MappingTests {
    @Test("G15 numbers and percent strings", arguments: [
        ("45%", 45.0), ("-122%", -122), ("5E-06", 0.000005), ("-1.2732E+15", -1.2732e15),
        ("350.333333333333", 350.333333333333), ("6E-05%", 0.00006),
    ])
    func specNumbers(_ text: String, _ value: Double) throws {
        let parsed = try #require(SpecNumber.parse(text))
        #expect(SpecNumber.agree(parsed, value))
    }

    @Test("An exact value agrees with its G15 rounding")
    func exactVersusG15() {
        let third = Decimal(1051) / Decimal(3)   // 350.3333…
        #expect(SpecNumber.agree(third, 350.333333333333))
        #expect(!SpecNumber.agree(Decimal(350), 350.333333333333))
        #expect(SpecNumber.parse("abc") == nil)
    }

    @Test("Interval notation")
    func intervals() throws {
        let range = try #require(SpecInterval("[20,100)"))
        #expect(range.lower == 20 && range.lowerClosed && range.upper == 100 && !range.upperClosed)
        let over = try #require(SpecInterval("(500,)"))
        #expect(over.lower == 500 && !over.lowerClosed && over.upper == nil)
        let atMost = try #require(SpecInterval("(,5]"))
        #expect(atMost.lower == nil && atMost.upper == 5 && atMost.upperClosed)
        #expect(SpecInterval("(,)") == nil)
        #expect(SpecInterval("20,100") == nil)
    }

    @Test("Date values become ISO dates and periods", arguments: [
        (["timex": "2010-01-29", "type": "date", "value": "2010-01-29"], "2010-01-29", "2010-01-29"),
        (["timex": "2009", "type": "daterange", "start": "2009-01-01", "end": "2010-01-01"], "2009年", "2009"),
        (["timex": "XXXX-03", "type": "daterange", "start": "2018-03-01", "end": "2018-04-01"], "3月", "2018-03"),
        (["timex": "(2016-01-01,2018-01-01,P2Y)", "type": "daterange", "start": "2016-01-01", "end": "2018-01-01"],
         "从二零一六年至二零一八年", "2016/2018"),
        (["timex": "(XXXX-07-04,XXXX-07-06,P2D)", "type": "daterange", "start": "2019-07-04", "end": "2019-07-06"],
         "7月4日到7月6日", "2019-07-04/2019-07-06"),
        (["timex": "(2019-01-01,2019-07-01,P6M)", "type": "daterange", "start": "2019-01-01", "end": "2019-07-01"],
         "上半年", "2019-01/2019-06"),
        (["timex": "(1990-01-01,2000-01-01,P10Y)", "type": "daterange", "start": "1990-01-01", "end": "2000-01-01"],
         "上世纪90年代", "1990/1999"),
        (["timex": "2018", "Mod": "before", "type": "daterange", "end": "2018-01-01"], "2018年以前", "2018"),
        (["timex": "(2010-01-01,2018-01-01,P8Y)", "type": "daterange", "start": "2010-01-01", "end": "2018-01-01"],
         "2010年之后2018年之前", "2010/2018"),
    ])
    func dateValues(_ value: [String: String], _ text: String, _ iso: String) {
        #expect(DateValueMapping.iso(modelValue: value, text: text) == .oneOf([iso]))
    }

    @Test("Impossible dates expect a null time")
    func unresolvedDates() {
        let value = ["timex": "2019-02-29", "type": "date", "value": "not resolved"]
        #expect(DateValueMapping.iso(modelValue: value, text: "2019年2月29日") == .unresolved)
        #expect(DateValueMapping.iso(parserResolution: ["date": "0001-01-01"], timex: "XXXX-02-30", text: "2月30日") == .unresolved)
        #expect(ExpectedTime.unresolved.accepts(nil))
        #expect(!ExpectedTime.unresolved.accepts("2019-02-29"))
    }

    @Test("A year-less date accepts its past and its future reading")
    func pastAndFuture() {
        let past = DateValueMapping.iso(parserResolution: ["date": "2017-01-19"], timex: "XXXX-01-19", text: "1月19日")
        let future = DateValueMapping.iso(parserResolution: ["date": "2018-01-19"], timex: "XXXX-01-19", text: "1月19日")
        let merged = DateValueMapping.merge([past, future])
        #expect(merged.accepts("2017-01-19") && merged.accepts("2018-01-19"))
        #expect(!merged.accepts(nil))
    }

    @Test("Range and open-interval words are trimmed from their date spans", arguments: [
        ("时间从一月十日到十二日", 2..<11, "一月十日到十二日"),
        ("在2007年与2009年之间", 0..<14, "2007年与2009年"),
        ("按照降序排列2018年7月9日或之前的出版日期", 6..<18, "2018年7月9日"),
        ("自2018年以来", 0..<8, "2018年"),
        ("截止到2018年", 0..<8, "2018年"),
    ])
    func dateSpanTrim(_ input: String, _ range: Range<Int>, _ trimmed: String) {
        let scalars = Array(input.unicodeScalars)
        let result = DateSpanMapping.trim(range, in: scalars)
        #expect(String(String.UnicodeScalarView(scalars[result])) == trimmed)
    }

    @Test("Unit names map to guideline codes")
    func unitNames() {
        #expect(UnitNames.currencyCode(unit: "Chinese yuan", isoCurrency: "CNY") == "CNY")
        #expect(UnitNames.currencyCode(unit: "Dollar", isoCurrency: nil) == "USD")
        #expect(UnitNames.dimension["Mu"] == "mu")
        #expect(UnitNames.dimension["Ton"] == "t")
        #expect(UnitNames.age["Year"] == "year")
        #expect(UnitNames.durationSeconds["year"] == 31_536_000)
    }
}

/// How a spec layer sees our rows (``FigureView``), on synthetic facts.
@Suite("Row views")
struct FigureViewTests {
    static let view: FigureView? = {
        guard let lexicons = try? Lexicons.standard(), let table = try? LexiconTable(directory: lexicons.directory) else { return nil }
        return FigureView(lexicons: table)
    }()

    func fact(_ text: String, _ range: Range<Int>, unitText: String?, value: Decimal = 1, rule: String = "figure.unit") -> Fact {
        let document = Document(id: "v", text: text)
        let provenance = Provenance(byteStart: 0, byteEnd: 0, line: 1, sentenceIndex: 0, sentence: text)
        return Fact(span: document.span(range), text: document.text(in: range), kind: .weight, value: value,
                    unitText: unitText, provenance: provenance, rule: rule)
    }

    func text(_ input: String, _ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(Array(input.unicodeScalars)[range]))
    }

    @Test("Number layer: the numeral core", arguments: [
        ("近一吨冰毒", 0..<3, "吨", "一"),
        ("十斤", 0..<2, "斤", "十"),
        ("四百多个", 0..<4, "个", "四百"),
        ("一千多万", 0..<4, nil, "一千多万"),
        ("50%以上", 0..<5, "%", "50"),
    ] as [(String, Range<Int>, String?, String)])
    func numeralCore(_ input: String, _ range: Range<Int>, _ unit: String?, _ core: String) throws {
        let view = try #require(Self.view)
        let row = fact(input, range, unitText: unit)
        #expect(text(input, view.numeralSpan(of: row, in: Array(input.unicodeScalars))) == core)
    }

    @Test("Unit layers: qualifiers trimmed, unit kept")
    func unitSpan() throws {
        let view = try #require(Self.view)
        let input = "缴获近一吨冰毒"
        let row = fact(input, 2..<5, unitText: "吨")
        #expect(text(input, view.unitSpan(of: row, in: Array(input.unicodeScalars))) == "一吨")
    }

    @Test("Number layer: fractions are ratios, not percents")
    func fractionValue() throws {
        let view = try #require(Self.view)
        let input = "五分之一"
        let row = fact(input, 0..<4, unitText: "分之", value: 20, rule: "figure.fraction")
        let scalars = Array(input.unicodeScalars)
        #expect(view.numeralValue(of: row, in: scalars) == Decimal(string: "0.2"))
        #expect(text(input, view.numeralSpan(of: row, in: scalars)) == "五分之一")
    }
}
