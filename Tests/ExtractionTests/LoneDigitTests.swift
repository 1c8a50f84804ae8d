import Testing
@testable import Extraction
import FactCore

/// A financial digit standing alone: 贰 叁 柒 捌 玖 (and 貳 叄) have no common other use and
/// are numerals (`lone-digits.txt`); 壹 伍 陆 拾 肆 alone are parts of words (队伍, 陆地,
/// 收拾, 放肆) and stay out, as does 參 (Traditional 参: 參加). A listed digit counts where it
/// ends the phrase or takes a unit; before another ideograph it is mostly a given name.
@Suite struct LoneDigitTests {
    private func numerals(_ text: String) throws -> [Fact] {
        try facts(text, allNumbers: true).filter { !$0.isDate }
    }

    @Test func aLoneFinancialDigitWithoutOtherUseIsANumeral() throws {
        let three = try #require(try numerals("三的另一种写法是叁").first { $0.text == "叁" })
        #expect(three.kind == .number && three.valueString == "3")
        #expect(try numerals("玖").map(\.valueString) == ["9"])
        #expect(try numerals("貳").map(\.valueString) == ["2"])
        let people = try #require(try figures("叁人").first)
        #expect(people.valueString == "3" && people.unit == "count")
    }

    @Test(arguments: ["队伍里的人", "陆地上", "收拾东西", "放肆", "壹周刊", "參加會議", "零售"])
    func aLoneFinancialDigitInsideAWordStaysAWord(_ text: String) throws {
        let rows = try numerals(text)
        #expect(rows.isEmpty, "\(text): \(rows.map(\.text))")
    }

    @Test func aLoneDigitBeforeAnotherIdeographIsPartOfAName() throws {
        #expect(try numerals("陈峰玖今年５６岁").allSatisfy { $0.text != "玖" })
        #expect(try numerals("董玖丰中国船级社社长").isEmpty)
    }

    @Test func financialDigitsInsideANumeralAreReadAsBefore() throws {
        #expect(try figures("贰拾元").first?.valueString == "20")
        #expect(try figures("伍佰元").first?.valueString == "500")
    }
}
