import Foundation
import Numerals
import Testing

/// The character classes of the extractor's scanner.
struct NumeralCharacterTests {
    @Test("Digits", arguments: [
        ("0", 0), ("9", 9), ("０", 0), ("９", 9),
        ("零", 0), ("〇", 0), ("一", 1), ("壹", 1), ("幺", 1),
        ("二", 2), ("贰", 2), ("貳", 2), ("两", 2), ("兩", 2),
        ("三", 3), ("叁", 3), ("參", 3), ("四", 4), ("肆", 4), ("五", 5), ("伍", 5),
        ("六", 6), ("陆", 6), ("陸", 6), ("七", 7), ("柒", 7), ("八", 8), ("捌", 8), ("九", 9), ("玖", 9),
    ] as [(Unicode.Scalar, Int)])
    func digit(_ scalar: Unicode.Scalar, _ value: Int) {
        #expect(NumeralCharacter.digit(scalar) == value)
        #expect(NumeralCharacter.isNumeralScalar(scalar))
    }

    @Test("Magnitudes", arguments: [
        ("十", "10"), ("拾", "10"), ("百", "100"), ("佰", "100"), ("千", "1000"), ("仟", "1000"),
        ("万", "10000"), ("萬", "10000"), ("亿", "100000000"), ("億", "100000000"),
    ] as [(Unicode.Scalar, String)])
    func magnitude(_ scalar: Unicode.Scalar, _ value: String) {
        #expect(NumeralCharacter.magnitude(scalar) == exact(value))
        #expect(NumeralCharacter.digit(scalar) == nil)
        #expect(NumeralCharacter.isNumeralScalar(scalar))
    }

    @Test("Tens, points and separators")
    func others() {
        #expect(NumeralCharacter.tens("廿") == 20)
        #expect(NumeralCharacter.tens("卅") == 30)
        #expect(NumeralCharacter.tens("十") == nil)
        for scalar: Unicode.Scalar in ["廿", "卅", "点", ".", "．", ",", "，"] {
            #expect(NumeralCharacter.isNumeralScalar(scalar), "\(scalar)")
        }
    }

    @Test("Not numeral scalars", arguments: ["兆", "元", "角", "分", "整", "负", "-", "%", "个", "a", " "] as [Unicode.Scalar])
    func notNumeral(_ scalar: Unicode.Scalar) {
        #expect(!NumeralCharacter.isNumeralScalar(scalar))
        #expect(NumeralCharacter.digit(scalar) == nil)
        #expect(NumeralCharacter.magnitude(scalar) == nil)
    }

    @Test("Signs")
    func signs() {
        for scalar: Unicode.Scalar in ["负", "負", "-", "－", "−"] {
            #expect(NumeralCharacter.isSign(scalar), "\(scalar)")
        }
        #expect(!NumeralCharacter.isSign("一"))
    }
}
