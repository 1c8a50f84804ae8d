import Testing
@testable import Validation

@Suite struct RateOfChangeTests {
    @Test(arguments: [
        "2019年,某市地区生产总值达到1200亿元,比上年的1000亿元增长20%。",
        "2019年,全市工业增加值从800亿元增加到1000亿元,增长了25.0%。",
        "2020年,该区财政收入80亿元,同比下降20%,上年为100亿元。",
        "2019年,该市城镇化率从50%提高到53.2%,提高3.2个百分点。",
        "2019年,该市出口额由100亿美元翻一番至200亿美元。",
        "2019年,该市出口额由50亿美元翻两番至200亿美元。",
        "2019年,该市出口额从100亿美元增长2倍,达到300亿美元。",
    ])
    func statedChangeAgrees(_ text: String) throws {
        let checked = try Checked(text)
        #expect(checked.of(RuleCatalog.rateOfChange, .confirmed).count == 1, "\(checked.dump)")
        #expect(checked.of(RuleCatalog.rateOfChange, .inconsistent).isEmpty, "\(checked.dump)")
    }

    @Test(arguments: [
        "2019年,某市地区生产总值达到1200亿元,比上年的1000亿元增长25%。",
        "2019年,全市工业增加值从800亿元增加到1000亿元,增长了20%。",
        "2020年,该区财政收入80亿元,同比增长20%,上年为100亿元。",
        "2019年,该市城镇化率从50%提高到53.2%,提高2.2个百分点。",
        "2019年,该市出口额由50亿美元翻一番至200亿美元。",
    ])
    func statedChangeDisagrees(_ text: String) throws {
        let checked = try Checked(text)
        let errors = checked.of(RuleCatalog.rateOfChange, .inconsistent)
        #expect(errors.count == 1, "\(checked.dump)")
        #expect(errors.first?.severity == .error)
        #expect(errors.first.map { Set($0.facts.map(\.role)) } == ["rate", "old", "new"])
    }

    @Test func oldAndNewAreTold() throws {
        let checked = try Checked("2020年,该区财政收入80亿元,同比下降20%,上年为100亿元。")
        let finding = try #require(checked.of(RuleCatalog.rateOfChange).first, "\(checked.dump)")
        #expect(finding.text("old") == ["100亿元"])
        #expect(finding.text("new") == ["80亿元"])
        #expect(finding.text("rate") == ["20%"])
    }

    @Test func earlierValueFromAnotherSentence() throws {
        let good = try Checked("2018年,该市地区生产总值为1000亿元。2019年,该市地区生产总值为1200亿元,同比增长20%。")
        #expect(good.of(RuleCatalog.rateOfChange, .confirmed).count == 1, "\(good.dump)")
        let bad = try Checked("2018年,该市地区生产总值为1000亿元。2019年,该市地区生产总值为1200亿元,同比增长10%。")
        let flagged = bad.of(RuleCatalog.rateOfChange, .inconsistent)
        #expect(flagged.count == 1, "\(bad.dump)")
        #expect(flagged.first?.severity == .warning)
    }

    @Test func aRateWithoutValuesIsNotChecked() throws {
        let checked = try Checked("2019年,该市地区生产总值增长6.1%。")
        #expect(checked.of(RuleCatalog.rateOfChange).isEmpty, "\(checked.dump)")
    }

    @Test func theWrongBaseIsCaught() throws {
        // 152.7 ÷ 776.25 = 19.67%: the article divided by the new value, not the old one.
        let checked = try Checked("2021年四季度末,该基金规模为776.25亿元,较三季度末的928.95亿元减少152.7亿元,缩减幅度19.67%。")
        let errors = checked.of(RuleCatalog.rateOfChange, .inconsistent)
        #expect(errors.count == 1, "\(checked.dump)")
        #expect(errors.first?.text("old") == ["928.95亿元"])
        #expect(errors.first?.text("new") == ["776.25亿元"])
        #expect(errors.first?.message.contains("-16.44%") == true)
    }

    @Test func unrelatedValuesAreNoPair() throws {
        let checked = try Checked("2021年春运期间全国发送旅客11.8亿人次,日均2950万人次,增长35.6%。")
        #expect(checked.of(RuleCatalog.rateOfChange).isEmpty, "\(checked.dump)")
    }
}
