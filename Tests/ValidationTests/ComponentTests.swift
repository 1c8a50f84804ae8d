import Foundation
import Testing
import FactCore
@testable import Validation

@Suite struct BoundsTests {
    func fact(_ text: String, _ value: String, kind: FactKind = .money, approx: Approximation = .exact,
              valueMax: String? = nil) -> Fact {
        Fact(span: Span(document: "d", scalarStart: 0, scalarEnd: text.unicodeScalars.count), text: text, kind: kind,
             value: Decimal(string: value), valueMax: valueMax.flatMap { Decimal(string: $0) }, unit: "CNY",
             approx: approx, provenance: Provenance(byteStart: 0, byteEnd: 0, line: 1, sentenceIndex: 0, sentence: text),
             rule: "test")
    }

    @Test(arguments: [
        ("962.8亿元", "96280000000", "10000000"),
        ("2.1个亿", "210000000", "10000000"),
        ("近30个亿", "3000000000", "100000000"),
        ("3万平米", "30000", "10000"),
        ("1000亩", "1000", "1"),
        ("77.7%", "77.7", "0.1"),
        ("25.0%", "25", "0.1"),
        ("千亿", "100000000000", "100000000000"),
        ("一千二百万", "12000000", "1000000"),
        ("１２亿元", "1200000000", "100000000"),
    ])
    func printedResolution(_ text: String, _ value: String, _ resolution: String) {
        #expect(ValueBounds.printedResolution(of: fact(text, value)) == Decimal(string: resolution)!)
    }

    @Test func qualifiersWidenTheBounds() {
        let t = Thresholds()
        #expect(ValueBounds.of(fact("328家", "328", kind: .count), thresholds: t) == ValueBounds(exactly: 328))
        #expect(ValueBounds.of(fact("2万多个", "20000", kind: .count, approx: .over), thresholds: t)
            == ValueBounds(lower: 20000, upper: 30000))
        #expect(ValueBounds.of(fact("超过千亿", "100000000000", approx: .over), thresholds: t)?.upper == nil)
        #expect(ValueBounds.of(fact("近30个亿", "3000000000", approx: .nearly), thresholds: t)
            == ValueBounds(lower: 2650000000, upper: 3050000000))
        #expect(ValueBounds.of(fact("数千万元", "20000000", approx: .vague, valueMax: "90000000"), thresholds: t)
            == ValueBounds(lower: 20000000, upper: 90000000))
    }
}

@Suite struct TimePeriodTests {
    @Test func parsingAndNesting() throws {
        let year = try #require(TimePeriod(iso: "2019"))
        let month = try #require(TimePeriod(iso: "2019-11"))
        let half = try #require(TimePeriod(iso: "2019-01/2019-06"))
        #expect(year.strictlyContains(month))
        #expect(year.strictlyContains(half))
        #expect(!month.strictlyContains(year))
        #expect(!year.strictlyContains(year))
        #expect(month.end == CalendarDate(year: 2019, month: 11, day: 30))
        #expect(TimePeriod(iso: "2019年") == nil)
        #expect(TimePeriod(iso: "2019-13") == nil)
        #expect(TimePeriod.shifting("2019-11", years: -1) == "2018-11")
        #expect(TimePeriod.shifting("2012/2015", years: -1) == "2011/2014")
    }
}

@Suite struct MetricNormalizerTests {
    @Test func keys() throws {
        let normalizer = MetricNormalizer(cues: try ValidationCues.standard(), thresholds: Thresholds())
        #expect(normalizer.key("企业数") == "企业")
        #expect(normalizer.key("企业总数") == "企业")
        #expect(normalizer.key("市累计引进企业") == "引进企业")
        #expect(normalizer.key("市出口额由") == "出口额")
        #expect(normalizer.key("涉云企业数") == "涉云企业")
        #expect(normalizer.key("市场") == "市场")
        #expect(normalizer.key("GDP") == "gdp")
        #expect(normalizer.key("云") == nil)
        #expect(normalizer.key(nil) == nil)
    }
}

@Suite struct CueLexiconTests {
    @Test func theProjectLexiconLoads() throws {
        let cues = try ValidationCues.standard()
        #expect(!cues.partOf.isEmpty && !cues.change.isEmpty && cues.clauseBreaks.contains("，"))
        #expect(cues.file.hasSuffix("Lexicons/validation-cues.tsv"))
    }

    @Test func notCueWordsHideCues() throws {
        let cues = try ValidationCues.standard()
        let text = Array("双方共同投入,合计".unicodeScalars)
        let matches = cues.matches(cues.total, in: text, range: 0..<text.count)
        #expect(matches.map(\.cue.word) == ["合计"])
    }

    @Test func malformedLexiconsNameTheLine() {
        #expect(throws: CueLexiconError.self) { try ValidationCues(text: "[total]\n合计\n", file: "x.tsv") }
        #expect(throws: CueLexiconError.self) { try ValidationCues(text: "[nonsense]\n", file: "x.tsv") }
        do {
            _ = try ValidationCues(text: "[change]\n增长\tsideways\n", file: "x.tsv")
            Issue.record("accepted a bad direction")
        } catch {
            #expect(error.line == 2)
        }
    }
}

@Suite struct OutputTests {
    let finding = Finding(
        rule: "part-whole", severity: .error, outcome: .inconsistent, message: "The part \"a\", b",
        facts: [CitedFact(role: "whole", document: "d,1.txt", start: 1, end: 3, text: "3家", sentence: "x\ny",
                          value: 3, unit: "count", time: nil, metric: "")])

    @Test func csvRowPerCitedFact() {
        let csv = FindingFormat.csv.render([finding])
        #expect(csv == """
            finding,rule,severity,outcome,message,role,doc,start,end,text,value,unit,time,metric,sentence\r
            1,part-whole,error,inconsistent,"The part ""a"", b",whole,"d,1.txt",1,3,3家,3,count,,"","x
            y"\r\n
            """)
    }

    @Test func jsonLinesObjectPerFinding() throws {
        let line = FindingFormat.jsonl.render([finding])
        #expect(line.hasSuffix("}\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["finding"] as? Int == 1)
        #expect(object["message"] as? String == "The part \"a\", b")
        let facts = try #require(object["facts"] as? [[String: Any]])
        #expect(facts.first?["value"] as? String == "3")
        #expect(facts.first?["time"] is NSNull)
        #expect(facts.first?["sentence"] as? String == "x\ny")
    }

    @Test func exitStatus() {
        let warning = Finding(rule: "x", severity: .warning, outcome: .inconsistent, message: "", facts: [])
        let info = Finding(rule: "x", severity: .info, outcome: .confirmed, message: "", facts: [])
        #expect(ValidationSummary(findings: [finding, info], documents: 1, facts: 2).exitStatus() == 1)
        #expect(ValidationSummary(findings: [warning, info], documents: 1, facts: 2).exitStatus() == 0)
        #expect(ValidationSummary(findings: [warning], documents: 1, facts: 2).exitStatus(failOn: .warning) == 1)
        #expect(ValidationSummary(findings: [info], documents: 1, facts: 2).exitStatus(failOn: .warning) == 0)
        #expect(ValidationSummary(findings: [], documents: 1, facts: 2, failures: 1).exitStatus() == 2)
    }

    @Test func everyRuleIsListedOnceAndRun() throws {
        let ids = RuleCatalog.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        let validator = Validator(cues: try ValidationCues.standard(), reference: ReferenceTable(file: "r", rows: []))
        let run = validator.documentRules.map(\.id) + validator.corpusRules.map(\.id)
        #expect(Set(run) == Set(ids))
        #expect(RuleCatalog.listing().contains("nested-period\tinfo\tdocument"))
    }
}
