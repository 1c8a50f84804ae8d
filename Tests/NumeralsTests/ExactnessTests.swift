import Foundation
import Numerals
import Testing

/// Values are exact decimals: no binary floating point anywhere.
struct ExactnessTests {
    @Test("Decimal spelling survives", arguments: [
        ("零点一", "0.1"),
        ("零点三", "0.3"),
        ("0.1", "0.1"),
        ("962.8亿", "96280000000"),
        ("16.4亿", "1640000000"),
        ("玖仟陆佰陆拾伍圆壹角捌分", "9665.18"),
        ("零点零零零零零零零零零零零零零零一", "0.000000000000001"),
        ("1.2345678901234567万亿", "1234567890123.4567"),
    ])
    func description(_ input: String, _ printed: String) throws {
        #expect(try NumeralParser.value(of: input).description == printed)
    }

    @Test("The largest Chinese numeral and 19-digit Arabic numbers are exact")
    func largeValues() throws {
        #expect(try NumeralParser.value(of: "九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九", mode: .strict)
            == exact("9999999999999999"))
        #expect(try NumeralParser.value(of: "1234567890123456789") == exact("1234567890123456789"))
        #expect(try NumeralParser.value(of: "0.1234567890123456789") == exact("0.1234567890123456789"))
        #expect(throws: NumeralError.self) { try NumeralParser.value(of: "12345678901234567890") }
        #expect(throws: NumeralError.self) { try NumeralParser.value(of: "一点00000000000000000001") }
        // 19 + 19 digits: too many for one UInt64 significand, still exact.
        #expect(try NumeralParser.value(of: "1234567890123456789.1234567890123456789")
            == exact("1234567890123456789.1234567890123456789"))
        #expect(try NumeralParser.value(of: "-1234567890123456789.5万")
            == exact("-12345678901234567895000"))
    }

    @Test("Negative zero is plain zero")
    func negativeZero() throws {
        let value = try NumeralParser.value(of: "负零")
        #expect(value == 0)
        #expect(!value.isNaN)
    }
}
