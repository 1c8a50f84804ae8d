import Testing
@testable import Extraction
import FactCore

/// 几 as the digit of a place inside a Chinese numeral: after a 零 that marks a skipped
/// place (一百零几万), and after spaces (一百 二 十 几亿), one vague figure, not two.
@Suite struct VagueDigitTests {
    private func numerals(_ text: String) throws -> [Fact] {
        try facts(text, allNumbers: true).filter { !$0.isDate }
    }

    @Test(arguments: [
        ("一百零几万", "1010000", "1090000"),
        ("一千五百零几万", "15010000", "15090000"),
        ("壹百零幾萬", "1010000", "1090000"),
        ("一百 二 十 几亿", "12100000000", "12900000000"),
        ("壹百 二 十 幾億", "12100000000", "12900000000"),
    ])
    func jiFillsAPlaceOfTheNumeral(text: String, low: String, high: String) throws {
        let rows = try numerals("投资\(text)元。")
        #expect(rows.count == 1, "got \(rows.map(\.text))")
        let row = try #require(rows.first)
        #expect(row.text == text + "元" && row.approx == .vague)
        #expect(row.valueString == low && row.valueMaxString == high)
    }

    @Test func jiAfterZeroWithAClassifier() throws {
        let row = try #require(try figures("来了一百零几个人。").first)
        #expect(row.text == "一百零几个" && row.valueString == "101" && row.valueMaxString == "109" && row.unit == "count")
    }

    @Test func aZeroWithoutAMagnitudeBeforeItTakesNoJi() throws {
        // 零几年 (the years 2000-2009, spoken) is no vague figure of 1 to 9.
        #expect(try figures("零几年的时候").isEmpty)
    }

    @Test func jiWithoutItsMagnitudeAfterSpacesStaysApart() throws {
        let texts = try numerals("一百 几个人").map(\.text)
        #expect(!texts.contains { $0.contains("几") && $0.contains("百") })
    }
}
