import Foundation
import Testing
import FactCore
@testable import Validation

@Suite struct ShareRangeTests {
    @Test func shareAboveHundredIsAnError() throws {
        let checked = try Checked("2019年,该企业市场占有率达到120%。")
        let errors = checked.of(RuleCatalog.shareRange, .inconsistent)
        #expect(errors.count == 1, "\(checked.dump)")
        #expect(errors.first?.severity == .error)
        #expect(errors.first?.texts == ["120%"])
    }

    @Test func shareInRangeOrPercentThatIsNoShare() throws {
        #expect(try Checked("2019年,该企业市场占有率达到12%。").of(RuleCatalog.shareRange).isEmpty)
        #expect(try Checked("2019年,该企业完成年度计划的120%。").of(RuleCatalog.shareRange).isEmpty)
        #expect(try Checked("2019年,该市出口额增长120%。").of(RuleCatalog.shareRange).isEmpty)
    }
}

@Suite struct NegativeQuantityTests {
    /// The extractor drops a minus sign before a count (`减少负5人` gives 5), so
    /// negative counts come from fact CSVs: here the CSV path is simulated by
    /// writing the extracted facts to CSV, editing the value and reading back.
    @Test func negativeCountFromAFactCSVIsAnError() throws {
        let facts = try extract("2019年,该园区企业数达到300家。")
        var csv = FactFormatHelper.csv(facts)
        csv = csv.replacingOccurrences(of: ",count,300,", with: ",count,-300,")
        let read = try FactFormatHelper.read(csv)
        let findings = try standardValidator().validate(document: read)
        let errors = findings.filter { $0.rule == RuleCatalog.negativeQuantity }
        #expect(errors.count == 1, "\(findings)")
        #expect(errors.first?.severity == .error)
        #expect(errors.first?.texts == ["300家"])
    }

    @Test func positiveCountIsFine() throws {
        let checked = try Checked("2019年,该园区企业数达到300家。")
        #expect(checked.of(RuleCatalog.negativeQuantity).isEmpty)
    }
}

@Suite struct MagnitudeSlipTests {
    @Test func moneyOffByTenThousandIsFlagged() throws {
        let checked = try Checked("2018年,该公司营业收入为12亿元。2019年,该公司营业收入为13万元。")
        let warnings = checked.of(RuleCatalog.magnitudeSlip, .inconsistent)
        #expect(warnings.count == 1, "\(checked.dump)")
        #expect(warnings.first?.severity == .warning)
        #expect(warnings.first?.texts == ["12亿元", "13万元"])
    }

    @Test func withThreeFiguresTheOutlierIsNamed() throws {
        let checked = try Checked("""
            2017年,该公司营业收入为11亿元。2018年,该公司营业收入为12亿元。2019年,该公司营业收入为13万元。
            """)
        let warnings = checked.of(RuleCatalog.magnitudeSlip)
        #expect(warnings.count == 1, "\(checked.dump)")
        #expect(warnings.first?.text("suspect") == ["13万元"])
    }

    @Test func ordinaryGrowthIsNotASlip() throws {
        let checked = try Checked("2018年,该公司营业收入为12亿元。2019年,该公司营业收入为13亿元。")
        #expect(checked.of(RuleCatalog.magnitudeSlip).isEmpty, "\(checked.dump)")
        let other = try Checked("2019年,该公司营业收入为12亿元,净利润1.2万元。")
        #expect(other.of(RuleCatalog.magnitudeSlip).isEmpty, "different metrics: \(other.dump)")
    }
}
