import Foundation
import Testing
import FactCore
@testable import Evaluation

/// A figure row (money by default).
func figure(_ start: Int, _ end: Int, doc: String = "d", text: String? = nil, kind: FactKind = .money,
            value: String? = "100", valueMax: String? = nil, unit: String? = "CNY",
            approx: Approximation = .exact, time: String? = "2019", metric: String? = "产值",
            modality: Modality = .actual) -> GoldFact {
    GoldFact(doc: doc, start: start, end: end, text: text ?? "f\(start)-\(end)", kind: kind, value: value,
             valueMax: valueMax, unit: unit, approx: approx, time: time, metric: metric, modality: modality)
}

/// A date row.
func date(_ start: Int, _ end: Int, doc: String = "d", time: String? = "2019") -> GoldFact {
    GoldFact(doc: doc, start: start, end: end, text: "d\(start)-\(end)", kind: .date, time: time)
}

@Suite struct MatchingTests {
    let scorer = Scorer()

    @Test func exactMatch() {
        let gold = [figure(104, 111)]
        let report = scorer.score(gold: gold, system: gold)
        #expect(report.figures == DetectionScore(truePositives: 1, falsePositives: 0, falseNegatives: 0))
        #expect(report.figures.precision == 1 && report.figures.recall == 1 && report.figures.f1 == 1)
        #expect(report.matches.map(\.overlap) == [7])
        #expect(report.errors.isEmpty)
    }

    @Test func overlappingSpansMatch() {
        let report = scorer.score(gold: [figure(104, 111)], system: [figure(103, 108)])
        #expect(report.figures.truePositives == 1)
        #expect(report.matches.first?.overlap == 4)
    }

    @Test func touchingSpansDoNotMatch() {
        let report = scorer.score(gold: [figure(10, 20)], system: [figure(20, 25), figure(5, 10)])
        #expect(report.figures == DetectionScore(truePositives: 0, falsePositives: 2, falseNegatives: 1))
    }

    @Test func otherDocumentsDoNotMatch() {
        let report = scorer.score(gold: [figure(10, 20, doc: "a")], system: [figure(10, 20, doc: "b")])
        #expect(report.figures == DetectionScore(truePositives: 0, falsePositives: 1, falseNegatives: 1))
    }

    @Test func largestOverlapWinsAndTheOtherIsAFalsePositive() {
        let small = figure(8, 14), large = figure(12, 20)
        let report = scorer.score(gold: [figure(10, 20)], system: [small, large])
        #expect(report.figures == DetectionScore(truePositives: 1, falsePositives: 1, falseNegatives: 0))
        #expect(report.matches.first?.system == large)
        #expect(report.errors.map(\.category) == [.falsePositive])
        #expect(report.errors.first?.system == small)
        #expect(report.errors.first?.start == 8)
    }

    @Test func equalOverlapGoesToTheNearerStart() {
        let near = figure(10, 13), far = figure(17, 20)
        let report = scorer.score(gold: [figure(10, 20)], system: [far, near])
        #expect(report.matches.first?.system == near)
        #expect(report.errors.first?.system == far)
    }

    @Test func fullTieGoesToTheEarlierSystemFact() {
        let left = figure(5, 15), right = figure(15, 25)
        let report = scorer.score(gold: [figure(10, 20)], system: [right, left])
        #expect(report.matches.first?.system == left)
    }

    @Test func assignmentIsGlobalNotPerGoldFact() {
        // S1 overlaps G1 by 2 and G2 by 5; S2 overlaps G1 by 1. Taking G1
        // first would give it S1 and leave G2 unmatched; the global order
        // gives S1 to G2 and S2 to G1.
        let g1 = figure(0, 4), g2 = figure(3, 10)
        let s1 = figure(2, 8), s2 = figure(0, 1)
        let report = scorer.score(gold: [g1, g2], system: [s1, s2])
        #expect(report.figures == DetectionScore(truePositives: 2, falsePositives: 0, falseNegatives: 0))
        #expect(Set(report.matches.map { [$0.gold, $0.system] }) == [[g1, s2], [g2, s1]])
    }

    @Test func eachSystemFactMatchesAtMostOnce() {
        let g1 = figure(0, 4), g2 = figure(5, 10)
        let report = scorer.score(gold: [g1, g2], system: [figure(0, 10)])
        #expect(report.figures == DetectionScore(truePositives: 1, falsePositives: 0, falseNegatives: 1))
        #expect(report.matches.first?.gold == g2)
        #expect(report.errors.map(\.category) == [.miss])
        #expect(report.errors.first?.gold == g1)
    }

    @Test func datesAndFiguresAreScoredApart() {
        let report = scorer.score(
            gold: [date(0, 5), figure(10, 15)],
            system: [figure(0, 5, kind: .count), date(10, 15)])
        #expect(report.figures == DetectionScore(truePositives: 0, falsePositives: 1, falseNegatives: 1))
        #expect(report.dates == DetectionScore(truePositives: 0, falsePositives: 1, falseNegatives: 1))

        let apart = scorer.score(
            gold: [date(0, 5), figure(5, 12)],
            system: [date(0, 6), figure(4, 12)])
        #expect(apart.dates.truePositives == 1 && apart.figures.truePositives == 1)
        #expect(apart.errors.isEmpty)
    }

    @Test func ordinalAndNumberRowsAreNeitherCreditedNorCounted() {
        let report = scorer.score(
            gold: [figure(10, 15)],
            system: [figure(10, 15, kind: .ordinal), figure(30, 33, kind: .number), figure(40, 42, kind: .ordinal)])
        #expect(report.figures == DetectionScore(truePositives: 0, falsePositives: 0, falseNegatives: 1))
        #expect(report.ignoredSystemRows == 3)
        #expect(report.errors.map(\.category) == [.miss])
        #expect(report.figures.precision == nil)
        #expect(report.figures.f1 == 0)
    }

    @Test func precisionRecallAndF1() {
        let gold = [figure(0, 2), figure(10, 12), figure(20, 22), figure(30, 32)]
        let system = [figure(0, 2), figure(10, 12), figure(20, 22), figure(40, 42), figure(50, 52)]
        let d = scorer.score(gold: gold, system: system).figures
        #expect(d.gold == 4 && d.system == 5)
        #expect(d.precision == 0.6)
        #expect(d.recall == 0.75)
        #expect(abs(d.f1! - 2 * 0.6 * 0.75 / 1.35) < 1e-12)
    }

    @Test func nothingOnEitherSideHasNoScores() {
        let report = scorer.score(gold: [], system: [])
        #expect(report.dates.precision == nil && report.dates.recall == nil && report.dates.f1 == nil)
        #expect(report.figureFields.value.accuracy == nil)
        #expect(report.figureFields.metric.mean == nil)
    }
}

@Suite struct FieldTests {
    let scorer = Scorer()

    @Test func metricCharacterF1() {
        let recall: Double = 7.0 / 9
        let expected: Double = 2 * 1 * recall / (1 + recall)
        #expect(abs(characterF1("云计算产业规模", "中国云计算产业规模") - expected) < 1e-12)
        #expect(abs(characterF1("中国云计算产业规模", "云计算产业规模") - expected) < 1e-12)
        #expect(characterF1("税收", "税收") == 1)
        #expect(characterF1(nil, nil) == 1)
        #expect(characterF1("税收", nil) == 0)
        #expect(characterF1(nil, "税收") == 0)
        #expect(characterF1("税收", "产值") == 0)
        #expect(characterF1("aab", "ab") == 0.8)  // a bag, not a set
        #expect(characterF1("𠮷野家", "𠮷家") == 0.8)  // code points, outside the BMP too
    }

    @Test func metricF1IsAveragedOverMatchedFigures() {
        let gold = [figure(0, 2, metric: "云计算产业规模"), figure(10, 12, metric: "税收")]
        let system = [figure(0, 2, metric: "中国云计算产业规模"), figure(10, 12, metric: "税收")]
        let report = scorer.score(gold: gold, system: system)
        #expect(report.figureFields.metric.count == 2)
        #expect(abs(report.figureFields.metric.mean! - (0.875 + 1) / 2) < 1e-12)
        let error = report.errors.first
        #expect(report.errors.count == 1)
        #expect(error?.field == .metric && error?.goldValue == "云计算产业规模")
        #expect(error?.systemValue == "中国云计算产业规模" && error?.metricF1 == 0.875)
    }

    @Test(arguments: [
        ("100000000000", "100000000001", true),  // 1e-11 relative
        ("96280000000", "96280000000.00", true),
        ("1.27", "1.27000000000001", true),
        ("1", "1.0", true),
        ("0", "0", true),
        ("0", "0.0", true),
        ("1000", "1000.001", false),  // 1e-6 relative
        ("1000000000", "999999999", false),  // exactly 1e-9 relative is not under it
        ("1", "1.000000001", true),  // 1e-9 / 1.000000001 is just under
        ("1", "1.0000000009", true),
        ("0", "0.0000000001", false),
        ("-5", "5", false),
        ("20000000", "90000000", false),
    ] as [(String, String, Bool)])
    func valueAgreesWithinRelativeTolerance(gold: String, system: String, agree: Bool) {
        #expect(DecimalComparison.agree(gold, system, tolerance: Scorer().tolerance) == agree)
        #expect(DecimalComparison.agree(system, gold, tolerance: Scorer().tolerance) == agree)
        let report = scorer.score(gold: [figure(0, 5, value: gold)], system: [figure(0, 5, value: system)])
        #expect(report.figureFields.value == FieldScore(correct: agree ? 1 : 0, total: 1))
    }

    @Test func nullValuesAndUnparsableStrings() {
        let tolerance = Scorer().tolerance
        #expect(DecimalComparison.agree(nil, nil, tolerance: tolerance))
        #expect(!DecimalComparison.agree(nil, "0", tolerance: tolerance))
        #expect(!DecimalComparison.agree("0", nil, tolerance: tolerance))
        #expect(DecimalComparison.agree("n/a", "n/a", tolerance: tolerance))
        #expect(!DecimalComparison.agree("12abc", "12", tolerance: tolerance))
        #expect(DecimalComparison.parse("12abc") == nil)
        #expect(DecimalComparison.parse("1.") == nil)
        #expect(DecimalComparison.parse("9.628e10") == Decimal(string: "96280000000"))
        #expect(DecimalComparison.parse("-0.005") == Decimal(string: "-0.005"))
    }

    @Test func valueMaxIsReportedApartFromValue() {
        let report = scorer.score(
            gold: [figure(0, 4, value: "20000000", valueMax: "90000000", approx: .vague)],
            system: [figure(0, 4, value: "20000000", valueMax: nil, approx: .vague)])
        #expect(report.figureFields.value == FieldScore(correct: 1, total: 1))
        #expect(report.figureFields.valueMax == FieldScore(correct: 0, total: 1))
        #expect(report.errors.map(\.field) == [.valueMax])
        #expect(report.errors.first?.goldValue == "90000000" && report.errors.first?.systemValue == nil)
    }

    @Test func everyFieldMismatchIsListed() {
        let gold = figure(10, 17, text: "962.8亿元", value: "96280000000", unit: "CNY", approx: .exact,
                          time: "2018", metric: "规模", modality: .actual)
        let system = figure(9, 17, text: "达962.8亿元", kind: .price, value: "9628000000", unit: "USD",
                            approx: .about, time: nil, metric: "规模", modality: .forecast)
        let report = scorer.score(gold: [gold], system: [system])
        let f = report.figureFields
        for score in [f.value, f.unit, f.approx, f.time, f.modality, f.kind] {
            #expect(score == FieldScore(correct: 0, total: 1))
        }
        #expect(f.valueMax == FieldScore(correct: 1, total: 1))
        #expect(f.metric.mean == 1)
        #expect(report.errors.map(\.field) == [.kind, .value, .unit, .approx, .time, .modality])
        #expect(report.errors.allSatisfy { $0.category == .mismatch && $0.doc == "d" && $0.start == 10 })
        #expect(report.errors.allSatisfy { $0.text == "962.8亿元" && $0.system == system })
        let time = report.errors.first { $0.field == .time }
        #expect(time?.goldValue == "2018" && time?.systemValue == nil)
        #expect(time?.description.contains("gold 2018, system null") == true)
        #expect(time?.description.contains("[system 9..<17 达962.8亿元]") == true)
    }

    @Test func datesAreScoredOnTimeOnly() {
        let report = scorer.score(
            gold: [date(0, 5, time: "2019"), date(10, 16, time: "2013-10")],
            system: [date(0, 5, time: "2019"), date(10, 16, time: nil)])
        #expect(report.dateTime == FieldScore(correct: 1, total: 2))
        #expect(report.figureFields.time.total == 0)
        #expect(report.errors.map(\.field) == [.time])
    }
}

@Suite struct ReportTests {
    @Test func descriptionIsAnAlignedTable() {
        let report = Scorer().score(
            gold: [figure(0, 2), figure(10, 12), date(20, 25)],
            system: [figure(0, 2, value: "5"), date(20, 25), figure(30, 32, kind: .ordinal)])
        let text = report.description
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].hasSuffix("gold  system  tp  fp  fn  precision  recall      F1"))
        #expect(lines[1] == "figures     2       1   1   0   1     1.0000  0.5000  0.6667")
        #expect(lines[2] == "dates       1       1   1   0   0     1.0000  1.0000  1.0000")
        #expect(lines[4] == "matched figures (1)  correct  accuracy")
        #expect(lines[5] == "  value                  0/1    0.0000")
        #expect(lines.contains { $0.hasPrefix("  metric (char F1)") && $0.hasSuffix("1.0000") })
        #expect(lines.contains("ignored ordinal/number rows: system 1, gold 0"))
        // Each block's columns line up.
        let block = lines[0...2].map(\.count)
        #expect(Set(block).count == 1)
    }

    @Test func errorListingIsLimited() {
        let report = Scorer().score(
            gold: [figure(0, 2, text: "两人"), figure(10, 12)],
            system: [figure(0, 2, text: "两人", unit: "count"), figure(20, 22, text: "三家")])
        #expect(report.errors.count == 3)
        let all = report.errorListing(limit: 10).split(separator: "\n")
        #expect(all.count == 3)
        #expect(all[0] == "unit      d[0..<2] 两人: gold CNY, system count")
        #expect(all[1] == "miss      d[10..<12] f10-12 (money)")
        #expect(all[2] == "false pos d[20..<22] 三家 (money)")
        let one = report.errorListing(limit: 1).split(separator: "\n")
        #expect(one.count == 2 && one[1] == "… 2 more (3 in all)")
        #expect(report.errorListing(limit: 0) == "… 3 more (3 in all)")
        #expect(Scorer().score(gold: [], system: []).errorListing(limit: 5) == "")
    }
}
