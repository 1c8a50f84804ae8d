import Foundation
import Numerals
import Testing

/// Strings the extractor may hand over that are not one numeral in any mode.
struct RejectionTests {
    @Test("Not a numeral in any mode", arguments: [
        "",          // nothing
        "亿", "万", "百", "千万", "万亿",   // magnitudes without a number (千万 also means "by all means")
        "点", "点五", "五点", "一点点",     // 点 without digits on both sides, or twice
        "1..2", "1.", ".5", "1.2.3", "10..1万",
        "1,23", "1,2345", ",123", "0,123", "1,234,56",
        "两三",      // a range ("two or three"): the extractor reads ranges, not the parser
        "三两",      // 两 is never read digit by digit (and 三两 is also "three taels")
        "一百两",    // 两 only stands alone or before 百/千/万/亿
        "两十",
        "幺",        // 幺 only inside digit-by-digit readings
        "一百零", "一千零零一", "零一百", "零十",
        "十十", "十一十二", "一百一二", "一亿亿", "一万万",
        "百十一", "一亿万",
        "10.1万零100",   // a decimal Arabic number takes magnitudes only
        "1万点5",
        "大陆", "5%", "一 百", "--5", "5-", "负",
        "元", "元整", "伍角", "壹元伍分角", "壹元零伍角",
        "三点两",
    ])
    func rejected(_ input: String) {
        for mode in NumeralMode.allCases {
            #expect(throws: NumeralError.self, "“\(input)” in \(mode)") {
                try NumeralParser.value(of: input, mode: mode)
            }
        }
    }

    @Test("The error keeps the input and says why")
    func errorContent() throws {
        let error = try #require(throws: NumeralError.self) {
            try NumeralParser.value(of: "两三")
        }
        #expect(error.input == "两三")
        #expect(error.reason.contains("range"))
        #expect(error.description.contains("两三"))
        #expect(error.description.contains(error.reason))
    }
}
