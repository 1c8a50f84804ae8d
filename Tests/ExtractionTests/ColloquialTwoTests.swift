import Testing
@testable import Extraction
import FactCore

/// 俩/倆 is the digit 2 right before 百 千 万 亿 (俩万, 倆千两百贰拾二), and "the two of" after a
/// person word (他们俩, 哥俩: `two-of.txt`) or before a word of the non-numeral lexicon (千万别).
@Suite struct ColloquialTwoTests {
    private func numerals(_ text: String) throws -> [Fact] {
        try facts(text, allNumbers: true).filter { !$0.isDate }
    }

    @Test func liaBeforeAMagnitudeIsTwo() throws {
        let mixed = try #require(try numerals("倆千两百贰拾二").first)
        #expect(mixed.text == "倆千两百贰拾二" && mixed.valueString == "2222")
        #expect(try numerals("俩万").map(\.valueString) == ["20000"])
        let money = try #require(try figures("花了俩万块").first)
        #expect(money.text == "俩万块" && money.kind == .money && money.valueString == "20000")
    }

    @Test(arguments: ["他们俩", "哥俩好", "他俩百米赛跑", "他们俩千万别去", "夫妻倆萬事不愁"])
    func liaAsTheTwoOfIsNoNumeral(_ text: String) throws {
        let rows = try numerals(text)
        #expect(rows.isEmpty, "\(text): \(rows.map(\.text))")
    }
}
