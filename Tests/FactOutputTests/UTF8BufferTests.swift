import Foundation
import Testing
import FactCore
@testable import FactOutput

@Suite struct UTF8BufferTests {
    @Test func integersMatchSwiftsFormatting() {
        for value in [0, 7, 9, 10, 42, 100, -1, -10, -305, 96_280_000_000, Int.max, Int.min + 1] {
            var buffer = UTF8Buffer()
            buffer.append(value)
            #expect(buffer.string == String(value))
        }
    }

    @Test func jsonStringsEscapeLikeJSONString() {
        let samples = ["", "plain", "中文 𠮷 é", "say \"hi\"", "back\\slash", "a\nb\rc\td", "\u{01}\u{1F}\u{08}\u{0C}",
                       "\"", "end\\", "混合\"文字\"\n与\\符号"]
        for sample in samples {
            var buffer = UTF8Buffer()
            buffer.appendJSONString(sample)
            #expect(buffer.string == JSONString.literal(sample), "\(sample.debugDescription)")
            // And it is JSON that decodes back to the sample.
            let decoded = try? JSONSerialization.jsonObject(with: Data(buffer.bytes), options: [.fragmentsAllowed]) as? String
            #expect(decoded == sample)
        }
        var buffer = UTF8Buffer()
        buffer.appendJSONString(nil)
        #expect(buffer.string == "null")
    }

    @Test func csvFieldsAreQuotedOnlyWhenNeeded() {
        func field(_ s: String?) -> String {
            var buffer = UTF8Buffer()
            buffer.appendCSVField(s)
            return buffer.string
        }
        #expect(field(nil) == "")
        #expect(field("") == "\"\"")
        #expect(field("中文") == "中文")
        #expect(field("a,b") == "\"a,b\"")
        #expect(field("\"e\u{301}\"") == "\"\"\"e\u{301}\"\"\"")
    }
}

@Suite struct PlainDecimalTests {
    /// Whole numbers, however they were built, print in full, never in exponent form.
    @Test func wholeNumbersPrintLikeDescription() {
        let samples = ["0", "1", "-1", "96280000000", "2000", "1e3", "12.5e2", "-4500000", "9223372036854775807",
                       "9223372036854775808", "123456789012345678901234567890", "1e30"]
        for text in samples {
            let value = Decimal(string: text)!
            #expect(value.plainString == value.description, "\(text)")
        }
    }

    @Test func fractionsKeepTheirDigitsAndLongOnesAreRounded() {
        #expect(Decimal(string: "962.8")!.plainString == "962.8")
        #expect(Decimal(string: "0.005")!.plainString == "0.005")
        #expect(Decimal(string: "-6.1")!.plainString == "-6.1")
        #expect((Decimal(100) / Decimal(3)).plainString == "33.333333333333")
    }

    /// Short fractions printed from their digits read exactly as `description` prints them.
    @Test func randomShortFractionsAgreeWithDescription() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let mantissa = Int64.random(in: -99_999_999...99_999_999, using: &generator)
            let places = Int.random(in: 1...12, using: &generator)
            let value = Decimal(sign: mantissa < 0 ? .minus : .plus, exponent: -places, significand: Decimal(mantissa.magnitude))
            let built = Decimal(mantissa) / pow(Decimal(10), places)
            #expect(value.plainString == value.description, "\(mantissa)e-\(places)")
            #expect(built.plainString == value.description, "\(mantissa)/10^\(places)")
        }
        #expect(Decimal(string: "0.000001")!.plainString == "0.000001")
        #expect(Decimal(string: "-12345678.123")!.plainString == "-12345678.123")
    }
}

@Suite struct DecimalIntegerPathTests {
    /// Whole numbers printed through `Int64` read exactly as `description` prints them.
    @Test func randomWholeNumbersAgreeWithDescription() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let mantissa = Int64.random(in: -999_999_999...999_999_999, using: &generator)
            let exponent = Int.random(in: 0...12, using: &generator)
            let value = Decimal(sign: mantissa < 0 ? .minus : .plus, exponent: exponent, significand: Decimal(mantissa.magnitude))
            #expect(value.plainString == value.description, "\(mantissa)e\(exponent)")
        }
    }

    @Test func onlyExactWholeNumbersTakeTheIntegerPath() {
        #expect(Decimal(string: "96280000000")!.exactInteger == 96_280_000_000)
        #expect(Decimal(string: "-45")!.exactInteger == -45)
        #expect(Decimal(0).exactInteger == 0)
        #expect(Decimal(string: "962.8")!.exactInteger == nil)
        #expect(Decimal(string: "9007199254740993")!.exactInteger == nil)   // beyond 2^53
        #expect(Decimal(string: "1e30")!.exactInteger == nil)
        #expect(Decimal.nan.exactInteger == nil)
    }
}
