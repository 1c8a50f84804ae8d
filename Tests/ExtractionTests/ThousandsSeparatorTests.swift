import Testing
@testable import Extraction
import FactCore

/// `，` is the clause comma of Chinese text: after ASCII digits it separates two numbers
/// ($20，300美圆), unless the group after it starts with 0 and cannot stand alone (1，000亿);
/// between full-width digits (１，０００) and as an ASCII `,` it groups thousands.
@Suite struct ThousandsSeparatorTests {
    @Test func aFullWidthCommaAfterASCIIDigitsSeparatesTwoAmounts() throws {
        let found = try figures("在下面的价格中选一个，$20，300美圆, ￥300, ok?")
        #expect(found.map(\.text) == ["$20", "300美圆", "￥300"])
        #expect(found.map(\.valueString) == ["20", "300", "300"])
        #expect(found.map(\.unit) == ["USD", "USD", "CNY"])
    }

    @Test func aGroupStartingWithZeroStillGroups() throws {
        let yen = try #require(try figures("东芝将投资约1，000亿日元。").first)
        #expect(yen.valueString == "100000000000" && yen.unit == "JPY")
    }

    @Test func fullWidthDigitsAndASCIICommasGroupThousands() throws {
        #expect(try figures("共１，０００人。").first?.valueString == "1000")
        #expect(try figures("价格为20,300元。").first?.valueString == "20300")
    }

    @Test(arguments: [("美圆", "USD"), ("美圓", "USD"), ("日圆", "JPY"), ("日圓", "JPY"), ("港圆", "HKD"), ("港圓", "HKD")])
    func currencyNamesSpelledWithYuan(name: String, code: String) throws {
        let money = try #require(try figures("售价50\(name)。").first)
        #expect(money.kind == .money && money.unit == code && money.valueString == "50")
    }
}
