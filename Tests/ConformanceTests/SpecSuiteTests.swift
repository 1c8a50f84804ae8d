import Foundation
import Testing
@testable import Conformance
import FactCore

/// The loader and the judge on spec files written for the test (not the peer's data).
@Suite("Spec loading and judging")
struct SpecSuiteTests {
    /// A recognizers-text folder with one model file and one extractor file.
    static func makeFolder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("conformance-\(UUID().uuidString)")
        let number = root.appendingPathComponent("Specs/Number/Chinese")
        let dates = root.appendingPathComponent("Specs/DateTime/Chinese")
        try FileManager.default.createDirectory(at: number, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: dates, withIntermediateDirectories: true)
        let model = """
            [{"Input": "买了三斤苹果", "Results": [{"Text": "三", "TypeName": "number", "Resolution": {"value": "3"}, "Start": 2, "End": 2}]},
             {"Input": "一切", "Results": []},
             {"Input": "out of scope", "Results": []}]
            """
        let extractor = """
            [{"Input": "快到1月19日了", "Results": [{"Text": "1月19日", "Type": "date", "Start": 2, "Length": 5}]}]
            """
        try Data(("\u{FEFF}" + model).utf8).write(to: number.appendingPathComponent("NumberModel.json"))
        try Data(extractor.utf8).write(to: dates.appendingPathComponent("DateExtractor.json"))
        let scope = """
            {"file": "Specs/Number/Chinese/NumberModel.json", "index": 0, "scope": "in", "reason": "integer"}
            {"file": "Specs/Number/Chinese/NumberModel.json", "index": 1, "scope": "in", "reason": "negative"}
            {"file": "Specs/Number/Chinese/NumberModel.json", "index": 2, "scope": "out", "reason": "noise"}
            {"file": "Specs/DateTime/Chinese/DateExtractor.json", "index": 0, "scope": "in", "reason": "date-no-year"}
            """
        try Data(scope.utf8).write(to: root.appendingPathComponent("scope.jsonl"))
        return root
    }

    @Test("Inclusive End and Start+Length become half-open ranges; out-of-scope cases are left out")
    func loading() throws {
        let folder = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let suite = try SpecSuite(directory: folder)
        #expect(suite.files.map(\.name) == ["DateExtractor", "NumberModel"])
        let number = try #require(suite.file(named: "NumberModel"))
        #expect(number.layer == .number && number.shape == .model && number.target == 0.97)
        let cases = suite.cases(of: number)
        #expect(cases.map(\.index) == [0, 1])
        #expect(cases[0].results.first?.range == 2..<3)
        let dates = try #require(suite.file(named: "DateExtractor"))
        #expect(suite.cases(of: dates).first?.results.first?.range == 2..<7)
        #expect(dates.target == 0.90)
    }

    @Test("A malformed scope line names its file and line")
    func malformedScope() throws {
        let folder = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("{\"file\": 3}\n".utf8).write(to: folder.appendingPathComponent("scope.jsonl"))
        #expect(throws: ConformanceError.self) { try SpecSuite(directory: folder) }
    }

    static func row(_ input: String, _ range: Range<Int>, kind: FactKind, value: Decimal?, unit: String? = nil,
                    unitText: String? = nil, approx: Approximation = .exact, time: String? = nil) -> Fact {
        let document = Document(id: "j", text: input)
        let provenance = Provenance(byteStart: 0, byteEnd: 0, line: 1, sentenceIndex: 0, sentence: input)
        return Fact(span: document.span(range), text: document.text(in: range), kind: kind, value: value, unit: unit,
                    unitText: unitText, approx: approx, time: time, provenance: provenance, rule: "test")
    }

    @Test("The judge: numeral core, extra rows and values")
    func judging() throws {
        let folder = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let suite = try SpecSuite(directory: folder)
        let table = try LexiconTable(directory: SharedFolder.packageRoot!.appendingPathComponent("Lexicons"))
        let judge = CaseJudge(view: FigureView(lexicons: table))
        let cases = suite.cases(of: try #require(suite.file(named: "NumberModel")))

        let weight = Self.row("买了三斤苹果", 2..<4, kind: .weight, value: 3, unit: "jin", unitText: "斤")
        #expect(judge.judge(cases[0], facts: [weight]).passed)
        let wrong = Self.row("买了三斤苹果", 2..<4, kind: .weight, value: 4, unit: "jin", unitText: "斤")
        #expect(!judge.judge(cases[0], facts: [wrong]).passed)
        let date = Self.row("买了三斤苹果", 0..<1, kind: .date, value: nil)
        #expect(judge.judge(cases[0], facts: [weight, date]).passed, "date rows are not numbers")

        #expect(judge.judge(cases[1], facts: []).passed)
        let extra = Self.row("一切", 0..<1, kind: .number, value: 1)
        let outcome = judge.judge(cases[1], facts: [extra])
        #expect(!outcome.passed && outcome.problems.first?.hasPrefix("extra") == true)
    }

    @Test("The judge: one-sided bounds compare their brackets, ranges their ends")
    func intervals() {
        let judge = CaseJudge(view: FigureView(lexicons: try! LexiconTable(directory: SharedFolder.packageRoot!.appendingPathComponent("Lexicons"))))
        let over = Self.row("五百以上", 0..<4, kind: .number, value: 500, approx: .over)
        #expect(judge.checkInterval("(500,)", over) == nil)
        #expect(judge.checkInterval("[500,)", over) != nil)
        let range = Self.row("20~100", 0..<6, kind: .number, value: 20, approx: .range)
        var bounded = range
        bounded.valueMax = 100
        #expect(judge.checkInterval("[20,100)", bounded) == nil)
        #expect(judge.checkInterval("[20,90)", bounded) != nil)
    }

    @Test("The judge: a vague amount is compared by its base (十几万 → (100000,), 二十几万 → 200000)")
    func vagueBase() {
        var tens = Self.row("十几万", 0..<3, kind: .number, value: 110000, approx: .vague)
        tens.valueMax = 190000
        #expect(VagueBase.of(tens) == 100000)
        let judge = CaseJudge(view: FigureView(lexicons: try! LexiconTable(directory: SharedFolder.packageRoot!.appendingPathComponent("Lexicons"))))
        #expect(judge.checkInterval("(100000,)", tens) == nil)
        #expect(judge.checkInterval("(110000,)", tens) != nil, "the base, not our lower bound")
        var twenties = Self.row("二十几万", 0..<4, kind: .number, value: 210000, approx: .vague)
        twenties.valueMax = 290000
        #expect(VagueBase.of(twenties) == 200000)
        var some = Self.row("几千", 0..<2, kind: .number, value: 2000, approx: .vague)
        some.valueMax = 9000
        #expect(VagueBase.of(some) == 0, "几 X spans 2X to 9X: the vague digit is the leading one")
        var hundredOdd = Self.row("一百零几万", 0..<5, kind: .number, value: 1010000, approx: .vague)
        hundredOdd.valueMax = 1090000
        #expect(VagueBase.of(hundredOdd) == 1000000)
        var range = Self.row("五六万", 0..<3, kind: .number, value: 50000, approx: .range)
        range.valueMax = 60000
        #expect(VagueBase.of(range) == nil, "a range is not vague")
    }

    @Test("Expected failures: TSV with spec, index, class, reason")
    func expectedFailures() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ef-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("# comment\nSpecs/Number/Chinese/NumberModel.json\t1\tdemo\ta reason\n".utf8).write(to: url)
        let list = try ExpectedFailures(contentsOf: url)
        #expect(list.entries.count == 1 && list.entries[0].index == 1 && list.entries[0].category == "demo")
        try Data("Specs/x.json\tone\n".utf8).write(to: url)
        #expect(throws: ConformanceError.self) { try ExpectedFailures(contentsOf: url) }
    }

    @Test("The project's expected-failures file reads")
    func projectList() throws {
        let url = try #require(ExpectedFailures.defaultURL)
        let list = try ExpectedFailures(contentsOf: url)
        for entry in list.entries {
            #expect(!entry.reason.isEmpty && SpecFile(path: entry.spec) != nil, "line \(entry.line)")
        }
    }
}
