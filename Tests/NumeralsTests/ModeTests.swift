import Foundation
import Numerals
import Testing

/// What each mode adds to the one before it.
struct ModeTests {
    @Test("Normal mode adds everyday forms that strict mode rejects", arguments: [
        ("一二三", "123"),
        ("二〇一二", "2012"),
        ("幺八九", "189"),
        ("三万五", "35000"),
        ("一百二", "120"),
        ("两千三", "2300"),
        ("一百十一", "111"),
        ("一千一十", "1010"),
        ("十万零一千", "101000"),
        ("〇", "0"),
        ("兩千", "2000"),
        ("零点零", "0"),
        ("三点一零", "3.1"),
        ("壹拾壹元", "11"),
    ])
    func normalOnly(_ input: String, _ expected: String) throws {
        #expect(throws: NumeralError.self) { try NumeralParser.value(of: input, mode: .strict) }
        #expect(try NumeralParser.value(of: input, mode: .normal) == exact(expected))
        #expect(try NumeralParser.value(of: input, mode: .smart) == exact(expected))
    }

    @Test("Smart mode adds Arabic digits and magnitudes after decimals", arguments: [
        ("100万", "1000000"),
        ("1.5", "1.5"),
        ("-3", "-3"),
        ("3万5千", "35000"),
        ("一百点123", "100.123"),
        ("１２", "12"),
        ("三点五万", "35000"),
    ])
    func smartOnly(_ input: String, _ expected: String) throws {
        #expect(throws: NumeralError.self) { try NumeralParser.value(of: input, mode: .strict) }
        #expect(throws: NumeralError.self) { try NumeralParser.value(of: input, mode: .normal) }
        #expect(try NumeralParser.value(of: input, mode: .smart) == exact(expected))
    }

    @Test("Strict mode wants 零 exactly where a place is skipped", arguments: [
        ("一千零一", true), ("一千零十", true), ("一万零百一十一", true), ("一千亿一千万", true),
        ("一千亿零一", true), ("一亿零五百万", true), ("十万一千", true),
        ("一千一", false),      // the final digit needs its unit (or 零 for 1001)
        ("一千一十", false),    // 百 skipped without 零
        ("十万零一千", false),  // nothing skipped after 万
        ("一亿五百万", false),  // 千万 skipped without 零
        ("一百零一十", false),  // nothing skipped after 百 (in any mode)
    ])
    func strictZeros(_ input: String, _ accepted: Bool) {
        let value = try? NumeralParser.value(of: input, mode: .strict)
        #expect((value != nil) == accepted, "\(input): \(value.map { "\($0)" } ?? "rejected")")
    }

    @Test("Smart is the default mode")
    func defaultMode() throws {
        #expect(try NumeralParser.value(of: "962.8亿") == exact("96280000000"))
    }
}
