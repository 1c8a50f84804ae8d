import Foundation
import Numerals
import Testing

/// Numerals as they appear in Chinese news, read in smart mode (the default).
struct NewsNumeralTests {
    @Test("News numerals in smart mode", arguments: [
        ("962.8亿", "96280000000"),
        ("一千五百五十一", "1551"),
        ("1.2万亿", "1200000000000"),
        ("3万5千", "35000"),
        ("二〇一二", "2012"),
        ("十三", "13"),
        ("廿五", "25"),
        ("卅六", "36"),
        ("一百二十万", "1200000"),
        ("0.5", "0.5"),
        ("1,551", "1551"),
        ("１０３６", "1036"),
        ("１２３．５", "123.5"),
        ("1,234.5", "1234.5"),
        ("100万三千", "1003000"),
        ("10.1万", "101000"),
        ("1百01", "101"),
        ("1万600", "10600"),
        ("2.5亿", "250000000"),
        ("6500万", "65000000"),
        ("1.5千万", "15000000"),
        ("12345万", "123450000"),
        ("3万5", "35000"),
        ("三点五万", "35000"),
        ("1点5万", "15000"),
        ("一点二万亿", "1200000000000"),
        ("1，234", "1234"),
        ("两千", "2000"),
        ("两万三千", "23000"),
        ("两", "2"),
        ("一万亿", "1000000000000"),
        ("一亿三千万", "130000000"),
        ("三万五", "35000"),
        ("两千三", "2300"),
        ("一亿五", "150000000"),
        ("负三点五", "-3.5"),
        ("-0.25", "-0.25"),
        ("二零零一", "2001"),
    ])
    func smart(_ input: String, _ expected: String) throws {
        #expect(try NumeralParser.value(of: input) == exact(expected))
    }

    @Test("Well-formed Chinese numerals read the same in every mode", arguments: NumeralMode.allCases)
    func everyMode(_ mode: NumeralMode) throws {
        let table: [(String, String)] = [
            ("一千五百五十一", "1551"),
            ("十三", "13"),
            ("廿五", "25"),
            ("一百二十万", "1200000"),
            ("两千", "2000"),
            ("一百零一", "101"),
            ("一千零一十", "1010"),
            ("十万零一", "100001"),
            ("一亿三千万", "130000000"),
            ("一万亿", "1000000000000"),
            ("三千五百亿", "350000000000"),
            ("一万三千亿", "1300000000000"),
            ("一亿零五百万", "105000000"),
            ("三点一四", "3.14"),
            ("负十一", "-11"),
        ]
        for (input, expected) in table {
            #expect(try NumeralParser.value(of: input, mode: mode) == exact(expected), "\(input) in \(mode)")
        }
    }
}
