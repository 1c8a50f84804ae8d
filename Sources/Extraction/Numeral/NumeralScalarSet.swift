import Numerals

/// A bitmap of the BMP code points that may appear in a numeral, built once
/// from ``NumeralCharacter/isNumeralScalar(_:)``: the scanners test every
/// code point of a document, and a bit test beats a table walk.
enum NumeralScalarSet {
    private static let bits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        for value in 0..<0x10000 {
            if let scalar = Unicode.Scalar(UInt32(value)), NumeralCharacter.isNumeralScalar(scalar) {
                bits[value >> 6] |= 1 << UInt64(value & 63)
            }
        }
        return bits
    }()

    @inline(__always) static func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value < 0x10000 else { return NumeralCharacter.isNumeralScalar(scalar) }
        return bits[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0
    }
}
