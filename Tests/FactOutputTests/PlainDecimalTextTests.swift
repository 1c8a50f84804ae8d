import Foundation
import Testing
import TestSupport
@testable import FactCore

// PlainDecimal (digits written into an OutputSpan) and Decimal.plainString
// checked against String(Int) and the plainString of before.


/// `Decimal.plainString` as it was before `plainDecimal` (the reference).
func referencePlainString(_ value: Decimal) -> String {
    if let integer = value.exactInteger { return String(integer) }
    if !value.isNaN, value.exponent < 0, value.exponent >= -12, let digits = value.significand.exactInteger,
       digits > 0, digits % 10 != 0 {
        let places = -value.exponent
        var text = String(digits)
        if text.count <= places { text = String(repeating: "0", count: places - text.count + 1) + text }
        text.insert(".", at: text.index(text.endIndex, offsetBy: -places))
        return value.sign == .minus ? "-" + text : text
    }
    let text = value.description
    if let point = text.firstIndex(of: "."), text.distance(from: point, to: text.endIndex) > 13 {
        var value = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 12, .plain)
        return rounded.description
    }
    return text
}

func randomDecimal(_ generator: inout SeededGenerator) -> Decimal {
    switch Int.random(in: 0..<6, using: &generator) {
    case 0: return Decimal(Int.random(in: -1_000_000...1_000_000_000, using: &generator))
    case 1:
        let mantissa = UInt64.random(in: 0...UInt64(Int64.max), using: &generator)
        let sign: FloatingPointSign = Bool.random(using: &generator) ? .minus : .plus
        return Decimal(sign: sign, exponent: Int.random(in: -20...20, using: &generator), significand: Decimal(mantissa))
    case 2:
        let numerator = Decimal(Int.random(in: -100_000...100_000, using: &generator))
        return numerator / Decimal(Int.random(in: 1...999, using: &generator))
    case 3: return Decimal(string: ["0", "100.00", "0.000", "1e30", "9007199254740993", "-0.05", "123456789012345678901234567890",
                                    "0.1234567890123", "3.14159265358979323846", "-7e-13"].randomElement(using: &generator)!)!
    case 4: return Decimal(Int.random(in: 1...99, using: &generator)) / 3
    default:
        let mantissa = Int64.random(in: -99_999_999...99_999_999, using: &generator)
        return Decimal(sign: mantissa < 0 ? .minus : .plus, exponent: -Int.random(in: 1...12, using: &generator),
                       significand: Decimal(mantissa.magnitude))
    }
}

@Suite struct PlainDecimalTextTests {
    @Test func eightDigitsSplitsAllLanesAtOnce() {
        #expect(PlainDecimal.eightDigits(12_345_678) == 0x0807_0605_0403_0201)
        #expect(PlainDecimal.eightDigits(0) == 0)
        #expect(PlainDecimal.eightDigits(99_999_999) == 0x0909_0909_0909_0909)
        #expect(PlainDecimal.eightDigits(10_000_001) == 0x0100_0000_0000_0001)
    }

    @Test func integersPrintAsStringPrintsThem() {
        func text(_ value: Int) -> String { PlainDecimal(value).text }
        for value in 0...120_000 { #expect(text(value) == String(value)) }
        var generator = SeededGenerator(seed: 1)
        var samples = [Int.min, Int.min + 1, Int.max, -1, -9, -10, -99_999_999, -100_000_000]
        for power in 0...18 {
            let ten = Int(pow(10, Double(power)))
            samples += [ten - 1, ten, ten + 1, -ten, -(ten - 1)]
        }
        samples += (0..<20_000).map { _ in Int.random(in: Int.min...Int.max, using: &generator) }
        samples += (0..<20_000).map { _ in Int.random(in: -200_000_000...200_000_000, using: &generator) }
        for value in samples { #expect(text(value) == String(value), "\(value)") }
        #expect(PlainDecimal(Int64.min).text == String(Int64.min))
        #expect(PlainDecimal(isNegative: false, digits: UInt64.max).text == String(UInt64.max))
    }

    @Test func fractionsPutThePointAndLeadingZerosRight() {
        #expect(PlainDecimal(isNegative: true, digits: 5, places: 2).text == "-0.05")
        #expect(PlainDecimal(isNegative: false, digits: 9628, places: 1).text == "962.8")
        #expect(PlainDecimal(isNegative: false, digits: 1, places: 19).text == "0.0000000000000000001")
        #expect(PlainDecimal(isNegative: true, digits: UInt64.max, places: 19).text == "-1.8446744073709551615")
        #expect(PlainDecimal(isNegative: false, digits: 0, places: 3).text == "0.000")
        #expect(PlainDecimal(isNegative: true, digits: 0).text == "-0")
        var generator = SeededGenerator(seed: 2)
        for _ in 0..<5000 {
            let digits = UInt64.random(in: 0...UInt64.max >> UInt64.random(in: 0...60, using: &generator), using: &generator)
            let places = Int.random(in: 0...19, using: &generator)
            let negative = Bool.random(using: &generator)
            var text = String(digits)
            if places > 0 {
                if text.count <= places { text = String(repeating: "0", count: places - text.count + 1) + text }
                text.insert(".", at: text.index(text.endIndex, offsetBy: -places))
            }
            let plain = PlainDecimal(isNegative: negative, digits: digits, places: places)
            #expect(plain.text == (negative ? "-" : "") + text)
            #expect(plain.text.utf8.count <= PlainDecimal.maximumUTF8Count)
        }
    }

    /// `plainString` (now through `plainDecimal`, and rounding without
    /// formatting first) prints what it printed before, on many values.
    @Test func plainStringAgreesWithTheReferenceOnManyValues() {
        var generator = SeededGenerator(seed: 3)
        var values = (0..<6000).map { _ in randomDecimal(&generator) }
        values += [.nan, 0, Decimal(string: "-0")!, Decimal(100) / 3, Decimal(-2) / 3, Decimal(1) / 7, Decimal(string: "1e-30")!,
                   Decimal(string: "0.0000000000001")!, Decimal(string: "0.000000000001")!, Decimal(string: "99.9999999999995")!,
                   Decimal(string: "12345678901234567890.123456789")!]
        for value in values {
            let reference = referencePlainString(value)
            #expect(value.plainString == reference, "\(value)")
            if let plain = value.plainDecimal { #expect(plain.text == reference, "\(value)") }
        }
    }
}
