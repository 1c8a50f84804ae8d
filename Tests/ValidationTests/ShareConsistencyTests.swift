import Testing
@testable import Validation

@Suite struct ShareConsistencyTests {
    @Test func shareAfterPartAgreesWithItsWhole() throws {
        let checked = try Checked("截至2019年底,该园区共有企业500家,其中高新技术企业200家,占比40%。")
        let confirmed = checked.of(RuleCatalog.shareConsistency, .confirmed)
        #expect(confirmed.count == 1, "\(checked.dump)")
        #expect(confirmed.first?.text("share") == ["40%"])
        #expect(confirmed.first?.text("part") == ["200家"])
        #expect(confirmed.first?.text("whole") == ["500家"])
    }

    @Test func wrongShareIsAnError() throws {
        let checked = try Checked("截至2019年底,该园区共有企业500家,其中高新技术企业200家,占比45%。")
        let errors = checked.of(RuleCatalog.shareConsistency, .inconsistent)
        #expect(errors.count == 1, "\(checked.dump)")
        #expect(errors.first?.severity == .error)
        #expect(errors.first?.message.contains("40%") == true)
    }

    @Test func wholeBetweenCueAndShare() throws {
        let good = try Checked("高新技术企业200家,占园区企业总数500家的40%。")
        #expect(good.of(RuleCatalog.shareConsistency, .confirmed).count == 1, "\(good.dump)")
        let bad = try Checked("高新技术企业200家,占园区企业总数500家的50%。")
        #expect(bad.of(RuleCatalog.shareConsistency, .inconsistent).count == 1, "\(bad.dump)")
    }

    @Test func roundingOfThePrintedShareIsAllowed() throws {
        // 255 / 328 = 77.74%: 77.7% and 78% agree, 77.9% does not.
        let base = "2015年,该镇累计引进企业328家,其中涉云企业255家,占比"
        #expect(try Checked(base + "77.7%。").of(RuleCatalog.shareConsistency, .confirmed).count == 1)
        #expect(try Checked(base + "78%。").of(RuleCatalog.shareConsistency, .confirmed).count == 1)
        #expect(try Checked(base + "77.9%。").of(RuleCatalog.shareConsistency, .inconsistent).count == 1)
    }

    @Test func shareWithoutAWholeIsNotChecked() throws {
        let checked = try Checked("2019年,该市完成投资3.5万亿元,占全省的45%。")
        #expect(checked.of(RuleCatalog.shareConsistency).isEmpty, "\(checked.dump)")
    }

    @Test func aShareOfANamedBaseIsNotCheckedAgainstTheWhole() throws {
        let checked = try Checked("2021年末全国60岁及以上人口26736万人,其中65岁及以上人口20056万人,占全国人口的14.2%。")
        #expect(checked.of(RuleCatalog.shareConsistency).isEmpty, "\(checked.dump)")
    }
}
