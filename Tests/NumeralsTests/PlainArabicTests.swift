import Foundation
@testable import Numerals
import Testing
import TestSupport

/// The plain-digit fast path gives the very `Decimal` the token path builds
/// (same significand and exponent, so the same printed text), and leaves
/// everything else to it.
struct PlainArabicTests {

    @Test("Agrees with the token path on random digit strings with and without a point")
    func agreesWithTokens() throws {
        var generator = SeededGenerator(seed: 2026)
        var fastPathTaken = 0
        for _ in 0..<20_000 {
            let alphabet = Array("0123456789.".unicodeScalars) + (generator.below(4) == 0 ? Array(",万亿-".unicodeScalars) : [])
            let length = 1 + generator.below(22)
            let scalars = (0..<length).map { _ in alphabet[generator.below(alphabet.count)] }
            let fast = NumeralParser.plainArabic(scalars)
            let slow = try? NumeralParser.parseTokens(scalars, mode: .smart)
            if let fast {
                fastPathTaken += 1
                let text = String(String.UnicodeScalarView(scalars))
                #expect(slow != nil, "\(text): the token path rejects what the fast path read")
                if let slow {
                    #expect(fast == slow, "\(text)")
                    #expect(fast.exponent == slow.exponent && fast.significand == slow.significand, "\(text)")
                    #expect(fast.description == slow.description, "\(text)")
                }
            }
        }
        #expect(fastPathTaken > 2_000)
    }

    @Test("Plain forms are read; other forms are left to the token path", arguments: [
        ("2018", "2018"), ("962.8", "962.8"), ("0", "0"), ("0.50", "0.5"), ("1.0", "1"),
        ("123456789012345678", "123456789012345678"),
    ])
    func plainForms(_ input: String, _ printed: String) throws {
        let value = try #require(NumeralParser.plainArabic(input.unicodeScalars))
        #expect(value.description == printed)
        #expect(value == (try NumeralParser.parseTokens(input.unicodeScalars, mode: .smart)))
    }

    @Test("Not plain", arguments: ["05", "007", ".5", "5.", "1.2.3", "1,234", "-5", "１２", "1234567890123456789", "5万", ""])
    func notPlain(_ input: String) {
        #expect(NumeralParser.plainArabic(input.unicodeScalars) == nil)
    }

    @Test("valueIfNumeral is value(of:) without the error")
    func valueIfNumeral() throws {
        for input in ["962.8亿", "一千五百五十一", "2018", "两三", "1,234.5", "点一"] {
            let scalars = ArraySlice(Array(input.unicodeScalars))
            #expect(NumeralParser.valueIfNumeral(scalars) == (try? NumeralParser.value(of: scalars)), "\(input)")
        }
    }
}
