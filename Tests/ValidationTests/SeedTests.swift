import Foundation
import Testing
@testable import Validation

/// The seed article `../shared/gold/seed/yunqi.txt`: skipped when absent,
/// failed when absent under `CI=true`.
@Suite(.enabled(if: SeedArticle.shouldRun, "seed article ../shared/gold/seed/yunqi.txt not found: skipped"))
struct SeedTests {
    static func checked() throws -> Checked {
        try Checked(try SeedArticle.text(), id: "yunqi")
    }

    @Test func partsWithinWholesAreConfirmed() throws {
        let checked = try Self.checked()
        let pairs = checked.of(RuleCatalog.partWhole, .confirmed).map { ($0.text("part"), $0.text("whole")) }
        #expect(pairs.contains { $0 == (["255家"], ["328家"]) }, "\(checked.dump)")
        #expect(pairs.contains { $0 == (["788家"], ["1061家"]) }, "\(checked.dump)")
        #expect(checked.of(RuleCatalog.partWhole, .inconsistent).isEmpty)
    }

    @Test func thousandPlusThousandIsTwoThousandMu() throws {
        let checked = try Self.checked()
        let sums = checked.of(RuleCatalog.sumTotal, .confirmed)
        let sum = try #require(sums.first { $0.text("total") == ["2000亩"] }, "\(checked.dump)")
        #expect(sum.text("part") == ["1000亩", "1000亩"])
        #expect(sum.facts.map(\.start) == [2708, 2637, 2677])
    }

    @Test func enterpriseCountsAreReportedForReview() throws {
        let checked = try Self.checked()
        let review = try #require(checked.of(RuleCatalog.nestedPeriod).first, "\(checked.dump)")
        #expect(review.text("inner") == ["1551家"])
        #expect(review.text("outer") == ["1916家"])
        #expect(review.facts.map(\.time) == ["2019-11", "2019"])
        #expect(review.outcome == .review)
    }

    @Test func noErrorsAndTheSameFindingsFromTheFactCSV() throws {
        let checked = try Self.checked()
        #expect(checked.findings.filter { $0.severity == .error }.isEmpty, "\(checked.dump)")
        let read = try FactFormatHelper.read(FactFormatHelper.csv(checked.facts))
        let again = try standardValidator().validate(document: read)
        #expect(again == checked.findings)
    }
}
