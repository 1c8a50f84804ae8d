import Testing
@testable import Extraction
import FactCore

/// 过 before a bare magnitude (销量过万, 票房过亿, 过千万元) is the qualifier `over`; before a
/// numeral with digits (去过3次, 走过20年), after a verb-forming character (经过, 不过) or before
/// a word (过亿级别) it is not.
@Suite struct MagnitudeQualifierTests {
    private func numerals(_ text: String) throws -> [Fact] {
        try facts(text, allNumbers: true).filter { !$0.isDate }
    }

    @Test(arguments: [("销量过万", "过万", "10000"), ("票房过亿。", "过亿", "100000000"), ("粉丝过千万，", "过千万", "10000000"),
                      ("订单都过亿了", "过亿", "100000000"), ("年产值過億元", "過億元", "100000000")])
    func guoBeforeABareMagnitudeIsOver(sentence: String, text: String, value: String) throws {
        let row = try #require(try numerals(sentence).first)
        #expect(row.text == text && row.approx == .over && row.valueString == value)
    }

    @Test func guoBeforeAMagnitudeWithAUnit() throws {
        let people = try #require(try figures("过万人参加").first)
        #expect(people.text == "过万人" && people.kind == .count && people.approx == .over)
        let money = try #require(try figures("产值过亿元").first)
        #expect(money.kind == .money && money.valueString == "100000000" && money.approx == .over)
    }

    @Test func guoBeforeDigitsIsNoQualifier() throws {
        let times = try #require(try figures("去过3次").first)
        #expect(times.text == "3次" && times.approx == .exact)
        let years = try #require(try figures("走过20年").first)
        #expect(years.text == "20年" && years.approx == .exact)
    }

    @Test(arguments: ["经过万人的努力", "上看至过亿级别", "通过万科"])
    func guoInsideAWordOrBeforeAWordIsNoQualifier(_ text: String) throws {
        let rows = try numerals(text)
        #expect(!rows.contains { $0.approx == .over }, "\(text): \(rows.map(\.text))")
    }

    /// After a share or rate noun (rate-nouns.txt) 过 bounds digits too.
    @Test func guoAfterARateNounBoundsAnyNumeral() throws {
        let share = try #require(try numerals("票房占比过20的影片有几部？").first)
        #expect(share.text == "过20" && share.approx == .over && share.valueString == "20")
        let rise = try #require(try figures("涨幅过10%，成交放大。").first)
        #expect(rise.text == "过10%" && rise.kind == .percent && rise.approx == .over)
        // Elsewhere digits after 过 stay exact, and 过快 is no figure.
        #expect(try figures("他去过3次北京。").first?.approx == .exact)
        #expect(try figures("增速过快。").isEmpty)
    }

    @Test func chaoguoIsStillReadWhole() throws {
        let money = try #require(try figures("超过千亿元").first)
        #expect(money.text == "超过千亿元" && money.approx == .over)
    }
}
