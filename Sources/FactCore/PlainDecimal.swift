/// A number in plain decimal notation as its parts: a sign, the digits of an
/// unsigned integer and how many of them follow the decimal point.
///
/// It is what `Decimal.plainString` prints for nearly every figure
/// (`Decimal.plainDecimal`) and what writers print integers with,
/// written as ASCII bytes into an `OutputSpan` through one small fixed buffer,
/// without building a `String`:
///
/// ```swift
/// PlainDecimal(isNegative: true, digits: 5, places: 2).text   // "-0.05"
/// PlainDecimal(96_280_000_000).text                            // "96280000000"
/// PlainDecimal(Int.min).text                                   // "-9223372036854775808"
/// ```
public struct PlainDecimal: Sendable, Hashable {
    /// Whether a `-` comes first (also for zero digits: `-0`).
    public var isNegative: Bool
    /// All the digits, as an integer.
    public var digits: UInt64
    /// How many of the digits follow the point (0 for a whole number, no
    /// point); when there are no more digits than places, the text starts
    /// `0.` and zeros fill up to the first digit.
    public var places: Int

    /// The longest text: a sign, 20 digits (`UInt64.max`), a point, and at
    /// most 19 places (which the 20 digits or the leading `0` cover).
    public static let maximumUTF8Count = 22

    /// - Precondition: `places` is in 0…19.
    public init(isNegative: Bool, digits: UInt64, places: Int = 0) {
        precondition((0...19).contains(places), "places out of range")
        self.isNegative = isNegative
        self.digits = digits
        self.places = places
    }

    /// A whole number, printed as `String(integer)` prints it.
    public init(_ integer: Int64) {
        self.init(isNegative: integer < 0, digits: integer.magnitude)
    }

    /// A whole number, printed as `String(integer)` prints it.
    public init(_ integer: Int) {
        self.init(isNegative: integer < 0, digits: UInt64(integer.magnitude))
    }

    /// Appends the text: at most ``maximumUTF8Count`` bytes.
    ///
    /// A whole number below 10^8 (offsets, lines, most values) has its
    /// digits formed all at once in one `UInt64` (``eightDigits(_:)``);
    /// anything else digit by digit, right to left, in a 20-byte
    /// `InlineArray`. No allocation either way.
    @inlinable @inline(__always) public func write(to out: inout OutputSpan<UInt8>) {
        if isNegative { out.append(UInt8(ascii: "-")) }
        if places == 0, digits < 100_000_000 {
            var packed = Self.eightDigits(digits)
            // Leading zero digits are the low zero bytes; "0" keeps one.
            let skipped = digits == 0 ? 7 : packed.trailingZeroBitCount >> 3
            packed >>= UInt64(truncatingIfNeeded: skipped << 3)
            for _ in skipped..<8 {
                out.append(UInt8(ascii: "0") | UInt8(truncatingIfNeeded: packed))
                packed >>= 8
            }
        } else {
            writeDigitByDigit(to: &out)
        }
    }

    /// The digits (not the sign) of any value, formed right to left in a
    /// 20-byte `InlineArray`, with the point and the zeros before it.
    @usableFromInline func writeDigitByDigit(to out: inout OutputSpan<UInt8>) {
        var buffer = InlineArray<20, UInt8>(repeating: UInt8(ascii: "0"))
        var first = 20
        var rest = digits
        repeat {
            first -= 1
            buffer[first] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        } while rest > 0
        let count = 20 - first
        if places == 0 {
            for index in first..<20 { out.append(buffer[index]) }
        } else if count <= places {
            out.append(UInt8(ascii: "0"))
            out.append(UInt8(ascii: "."))
            out.append(repeating: UInt8(ascii: "0"), count: places - count)
            for index in first..<20 { out.append(buffer[index]) }
        } else {
            let point = 20 - places
            for index in first..<point { out.append(buffer[index]) }
            out.append(UInt8(ascii: "."))
            for index in point..<20 { out.append(buffer[index]) }
        }
    }

    /// The 8 decimal digits of `value` (below 10^8, leading zeros included)
    /// as the values 0–9 in the 8 bytes of a `UInt64`, the first digit in the
    /// lowest byte: the number is split in halves, quarters and eighths with
    /// multiplications, all lanes at once (SWAR). `12345678` →
    /// `0x0807060504030201`.
    @inlinable static func eightDigits(_ value: UInt64) -> UInt64 {
        // Two 32-bit lanes: the first four digits, the last four.
        var lanes = value / 10_000 | (value % 10_000) << 32
        // Each lane n < 10^4 → n / 100 in its low 16 bits, n % 100 in its high
        // 16 (n * 5243 >> 19 is n / 100 for n < 10^4; no lane overflows).
        var high = (lanes &* 5243) >> 19 & 0x0000_007F_0000_007F
        lanes = high | (lanes &- high &* 100) << 16
        // Each 16-bit lane m < 100 → m / 10 in its low byte, m % 10 in its high
        // byte (m * 103 >> 10 is m / 10 for m < 100).
        high = (lanes &* 103) >> 10 & 0x000F_000F_000F_000F
        return high | (lanes &- high &* 10) << 8
    }

    /// The text as a `String`.
    public var text: String {
        let bytes = [UInt8](capacity: Self.maximumUTF8Count) { write(to: &$0) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
