import Testing
@testable import Validation

@Suite struct PartWholeTests {
    @Test func partWithinWholeIsConfirmed() throws {
        let checked = try Checked("2015年,该镇累计引进企业328家,其中涉云企业达到255家。")
        let confirmed = checked.of(RuleCatalog.partWhole, .confirmed)
        #expect(confirmed.count == 1, "\(checked.dump)")
        #expect(confirmed.first?.text("whole") == ["328家"])
        #expect(confirmed.first?.text("part") == ["255家"])
        #expect(confirmed.first?.severity == .info)
        #expect(checked.of(RuleCatalog.partWhole, .inconsistent).isEmpty)
    }

    @Test func partLargerThanWholeIsAnError() throws {
        let checked = try Checked("2015年,该镇累计引进企业328家,其中涉云企业达到355家。")
        let errors = checked.of(RuleCatalog.partWhole, .inconsistent)
        #expect(errors.count == 1, "\(checked.dump)")
        #expect(errors.first?.severity == .error)
        #expect(errors.first?.texts == ["328家", "355家"])
        #expect(errors.first?.facts.first?.sentence == "2015年,该镇累计引进企业328家,其中涉云企业达到355家。")
        #expect(errors.first?.facts.first?.start == 14)
    }

    @Test func sentenceInitialCueTakesTheWholeFromThePreviousSentence() throws {
        let checked = try Checked("截至2019年底,该园区共有企业500家。其中高新技术企业600家。")
        let errors = checked.of(RuleCatalog.partWhole, .inconsistent)
        #expect(errors.count == 1, "\(checked.dump)")
        #expect(errors.first?.texts == ["500家", "600家"])
    }

    @Test func noWholeNoFinding() throws {
        let checked = try Checked("到了2019年,云栖大会包括3万平米展区,110余场峰会。")
        #expect(checked.of(RuleCatalog.partWhole).isEmpty, "\(checked.dump)")
    }

    @Test func partsStopAtANewDate() throws {
        // 1916家 of 2019 follows 其中 in the same sentence but is not a part of 1061家.
        let checked = try Checked("截至2018年底,落户小镇的企业已达1061家,其中涉云企业788家,涉云产值272亿元,2019年企业数达1916家。")
        let findings = checked.of(RuleCatalog.partWhole)
        #expect(findings.count == 1, "\(checked.dump)")
        #expect(findings.first?.outcome == .confirmed)
        #expect(findings.first?.texts == ["1061家", "788家"])
    }

    @Test func anAmountOfChangeIsNoWhole() throws {
        let checked = try Checked("2021年全国粮食总产量68285万吨,比上年增加1336万吨;其中夏粮产量14596万吨。")
        let findings = checked.of(RuleCatalog.partWhole)
        #expect(findings.count == 1, "\(checked.dump)")
        #expect(findings.first?.outcome == .confirmed)
        #expect(findings.first?.text("whole") == ["68285万吨"])
    }

    @Test func aNetFigureMayHaveLargerParts() throws {
        let checked = try Checked("本周北向资金全天净买入45.2亿元,其中沪股通净买入52.71亿元,深股通净卖出7.5亿元。")
        #expect(checked.of(RuleCatalog.partWhole).isEmpty, "\(checked.dump)")
    }

    @Test func bracketsNestLists() throws {
        let checked = try Checked("本土病例19例(北京9例,其中丰台区6例、房山区2例、海淀区1例;天津5例),含1例由无症状感染者转为确诊病例。")
        #expect(checked.of(RuleCatalog.partWhole, .inconsistent).isEmpty, "\(checked.dump)")
        let sums = checked.of(RuleCatalog.sumTotal, .confirmed)
        #expect(sums.first?.text("whole") == ["9例"], "\(checked.dump)")
        #expect(sums.first?.text("part") == ["6例", "2例", "1例"])
        #expect(checked.of(RuleCatalog.partWhole, .confirmed).contains { $0.text("whole") == ["19例"] && $0.text("part") == ["1例"] })
    }

    @Test func twoWholesInOneClauseAreLeftAlone() throws {
        let checked = try Checked("北京新增2例确诊病例和1例核酸检测阳性者,其中2例确诊病例在海淀区,1例核酸检测阳性者在朝阳区。")
        #expect(checked.of(RuleCatalog.partWhole).isEmpty, "\(checked.dump)")
    }
}
