import Testing
@testable import Validation

@Suite struct SumTotalTests {
    @Test func partsThatAddUpAreConfirmed() throws {
        let checked = try Checked("2019年,该区新建住宅面积2.5万平方米,商业面积1.5万平方米,共计4万平方米。")
        let confirmed = checked.of(RuleCatalog.sumTotal, .confirmed)
        #expect(confirmed.count == 1, "\(checked.dump)")
        #expect(confirmed.first?.text("total") == ["4万平方米"])
        #expect(confirmed.first?.text("part") == ["2.5万平方米", "1.5万平方米"])
    }

    @Test func partsThatDoNotAddUpAreFlagged() throws {
        let checked = try Checked("2019年,该区新建住宅面积2.5万平方米,商业面积1.5万平方米,合计4.5万平方米。")
        let flagged = checked.of(RuleCatalog.sumTotal, .inconsistent)
        #expect(flagged.count == 1, "\(checked.dump)")
        #expect(flagged.first?.severity == .warning)
    }

    @Test func partsAfterQiZhongThatAddUpToTheWhole() throws {
        let good = try Checked("截至2019年底,该园区共有企业500家,其中高新技术企业300家、外资企业200家。")
        #expect(good.of(RuleCatalog.sumTotal, .confirmed).count == 1, "\(good.dump)")
        let bad = try Checked("截至2019年底,该园区共有企业500家,其中高新技术企业300家、外资企业300家。")
        // Parts may lie inside one another, so a sum above the whole is only for review.
        #expect(bad.of(RuleCatalog.sumTotal, .review).count == 1, "\(bad.dump)")
        // Each part is within the whole; only their sum is too large.
        #expect(bad.of(RuleCatalog.partWhole, .inconsistent).isEmpty)
    }

    @Test func nestedPartsNameTheSubsetThatAddsUp() throws {
        let checked = try Checked("截至2022年底,科学城累计集聚创新主体1551家,其中企业1326家、高新技术企业418家、研发机构225家。")
        let review = try #require(checked.of(RuleCatalog.sumTotal, .review).first, "\(checked.dump)")
        #expect(review.message.contains("1326家 + 225家 alone add up to it"))
    }

    @Test func aRunningTotalLargerThanItsPartsIsOnlyForReview() throws {
        let checked = try Checked("小镇布局了1000亩科学城,同时布局1000亩产业基地,累计发展空间3000亩。")
        let findings = checked.of(RuleCatalog.sumTotal)
        #expect(findings.count == 1, "\(checked.dump)")
        #expect(findings.first?.outcome == .review)
        #expect(findings.first?.severity == .info)
    }

    @Test func aSingleFigureBeforeATotalIsNotASum() throws {
        let checked = try Checked("2019年,该市新增企业50家,累计引进企业328家。")
        #expect(checked.of(RuleCatalog.sumTotal).isEmpty, "\(checked.dump)")
    }

    @Test func aTotalCueInsideTheClauseIsNoSum() throws {
        let checked = try Checked("2021年,该公司营业收入约266.89万元,营业利润约2319.44万元,资产总计约11.23亿元。")
        #expect(checked.of(RuleCatalog.sumTotal).isEmpty, "\(checked.dump)")
    }
}
