import Foundation

/// Converts one numeral string to its exact value.
///
/// ```swift
/// try NumeralParser.value(of: "一千五百五十一")          // 1551
/// try NumeralParser.value(of: "962.8亿")                // 96280000000
/// try NumeralParser.value(of: "三万五", mode: .normal)   // 35000
/// try NumeralParser.value(of: "两三")                    // throws: a range, not one numeral
/// ```
///
/// Values are built from the digits with `Decimal` arithmetic only (never `Double`), so
/// `0.1`, `9665.18` and `1.2万亿` are exact. The rules follow the cn2an library's modes and
/// test vectors; see ``NumeralMode`` for what each mode accepts.
public enum NumeralParser {
    /// No numeral is longer than this; longer input is rejected before any work is done.
    static let maxScalars = 128

    /// Parses the whole of `text` as one numeral; throws ``NumeralError`` when it is not one.
    ///
    /// ```swift
    /// try NumeralParser.value(of: "一百零一", mode: .strict)   // 101
    /// try NumeralParser.value(of: "1,234.5")                  // 1234.5
    /// ```
    public static func value(of text: String, mode: NumeralMode = .smart) throws(NumeralError) -> Decimal {
        do {
            return try parse(text.unicodeScalars, mode: mode)
        } catch {
            throw NumeralError(input: text, reason: error.reason)
        }
    }

    /// Same as `value(of:mode:)` for a `String`, over code points (the extractor works on
    /// `[Unicode.Scalar]` slices); the slice need not start at index 0.
    ///
    /// ```swift
    /// let scalars = Array("营收962.8亿元".unicodeScalars)
    /// try NumeralParser.value(of: scalars[2..<8])   // 96280000000
    /// ```
    public static func value(of scalars: ArraySlice<Unicode.Scalar>, mode: NumeralMode = .smart) throws(NumeralError) -> Decimal {
        do {
            return try parse(scalars, mode: mode)
        } catch {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars)
            throw NumeralError(input: String(text), reason: error.reason)
        }
    }

    /// The value of `scalars` when they are one numeral, else nil: ``value(of:mode:)-(ArraySlice<Unicode.Scalar>,_)``
    /// without building an error (callers that try several readings of a span).
    public static func valueIfNumeral(_ scalars: ArraySlice<Unicode.Scalar>, mode: NumeralMode = .smart) -> Decimal? {
        try? parse(scalars, mode: mode)
    }

    static func parse<C: Collection>(_ scalars: C, mode: NumeralMode) throws(Rejection) -> Decimal
    where C.Element == Unicode.Scalar {
        let count = scalars.count
        guard count > 0 else { throw Rejection("empty string") }
        guard count <= maxScalars else { throw Rejection("too long to be one numeral") }
        if mode == .smart, let value = plainArabic(scalars) { return value }
        return try parseTokens(scalars, mode: mode)
    }

    /// ``parse(_:mode:)`` through the lexer's tokens, whatever the numeral.
    static func parseTokens<C: Collection>(_ scalars: C, mode: NumeralMode) throws(Rejection) -> Decimal
    where C.Element == Unicode.Scalar {
        let count = scalars.count
        var tokens: [Token] = []
        tokens.reserveCapacity(2 * count)
        _ = try Lexer.tokenize(scalars, into: &tokens, mode: mode)
        return try NumeralReader(tokens: tokens, mode: mode).read()
    }
}

extension NumeralParser {
    /// Most numerals in news are plain ASCII digits with at most one decimal point
    /// (`2018`, `962.8`): their value without tokens, exactly as the token path
    /// assembles it (``NumeralReader/assemble(integer:fraction:exponent:sign:)``).
    /// Nil for anything else (a leading zero, a separator, a sign, more than 18
    /// digits on a side), which the token path reads or rejects.
    static func plainArabic<C: Collection>(_ scalars: C) -> Decimal? where C.Element == Unicode.Scalar {
        var integer: UInt64 = 0
        var integerDigits = 0
        var fraction = Fraction()
        var inFraction = false
        var first: UInt32?
        for scalar in scalars {
            let value = scalar.value
            if value == 0x2E {  // .
                guard !inFraction, integerDigits > 0 else { return nil }
                inFraction = true
                continue
            }
            guard value >= 0x30, value <= 0x39 else { return nil }
            let digit = UInt64(value - 0x30)
            if inFraction {
                guard fraction.digits < 18 else { return nil }
                fraction.value = fraction.value * 10 + digit
                fraction.digits += 1
            } else {
                if first == nil { first = value }
                guard integerDigits < 18 else { return nil }
                integer = integer * 10 + digit
                integerDigits += 1
            }
        }
        // 05, 007: left to the token path; 0.5 and 0 are plain.
        guard integerDigits > 0, !(first == 0x30 && integerDigits > 1), !inFraction || fraction.digits > 0 else { return nil }
        return NumeralReader.assemble(integer: integer, fraction: fraction, exponent: 0, sign: .plus)
    }
}

/// Digits after the decimal point: `value` × 10^-`digits`.
struct Fraction {
    var value: UInt64 = 0
    var digits = 0
}

/// Splits a numeral into sign, integer part, fraction, magnitude suffix and RMB tail, and
/// assembles the exact value.
struct NumeralReader {
    let tokens: [Token]
    let mode: NumeralMode

    func read() throws(Rejection) -> Decimal {
        var lower = 0
        var upper = tokens.count
        let negative = tokens[0] == .minus
        if negative { lower = 1 }

        var yuanAt = -1
        var pointAt = -1
        for i in lower..<upper {
            switch tokens[i] {
            case .minus:
                throw Rejection("the sign (负, -) may only come first")
            case .yuan:
                if yuanAt >= 0 { throw Rejection("元 appears twice") }
                yuanAt = i
            case .point:
                if yuanAt >= 0 { throw Rejection("点 after 元: amounts below 元 are written with 角 and 分") }
                if pointAt >= 0 { throw Rejection("more than one 点") }
                pointAt = i
            case .jiao, .fen, .zheng:
                if yuanAt < 0 { throw Rejection("角, 分 and 整 belong after 元 (壹元伍角)") }
            default:
                break
            }
        }

        // RMB amount: 壹拾壹元整, 玖仟陆佰陆拾伍圆壹角捌分, 壹拾壹元 (normal).
        var cents: UInt64? = nil
        if yuanAt >= 0 {
            switch try readYuanTail(yuanAt + 1..<upper) {
            case .bare:
                if mode == .strict { throw Rejection("strict mode wants 元整 or 角/分 after an amount in 元 (壹拾壹元整)") }
            case .whole:
                break
            case .cents(let c):
                cents = c
            }
            upper = yuanAt
        }
        guard lower < upper else {
            throw Rejection(negative ? "负 needs a number after it" : "no number before 元")
        }

        let integerEnd = pointAt >= 0 ? pointAt : upper
        guard lower < integerEnd else { throw Rejection("点 needs a number before it (零点一, not 点一)") }

        var fraction = Fraction()
        var exponent = 0
        if pointAt >= 0 {
            guard pointAt + 1 < upper else { throw Rejection("点 needs digits after it") }
            (fraction, exponent) = try readFraction(pointAt + 1..<upper)
        }

        let integer: UInt64
        if mode == .smart, case .arabic(let number) = tokens[lower],
           let suffix = magnitudeSuffix(lower + 1..<integerEnd) {
            // 1,234.5 / 10.1万 / 962.8亿 / 1.2万亿 / 100万: an Arabic number times magnitudes.
            if number.hasPoint {
                if pointAt >= 0 { throw Rejection("both a decimal point and 点") }
                fraction = Fraction(value: number.fraction, digits: number.fractionDigits)
            }
            if suffix > 0 && pointAt >= 0 {
                throw Rejection("点 cannot follow a magnitude (1万点5); write 1.5万")
            }
            integer = number.integer
            exponent += suffix   // 0 when 点 follows (checked above); 点's own suffix stays
        } else {
            integer = try IntegerReader.read(tokens, lower..<integerEnd, mode: mode, fractionFollows: pointAt >= 0)
        }

        if let cents {
            if fraction.digits > 0 { throw Rejection("a decimal amount cannot also have 角 and 分") }
            fraction = Fraction(value: cents, digits: 2)
        }

        return Self.assemble(
            integer: integer, fraction: fraction, exponent: exponent,
            sign: negative ? .minus : .plus)
    }

    /// (integer + fraction) × 10^exponent, exactly. Decimal addition and multiplication are
    /// slow (about half a microsecond each), so the common case builds one significand
    /// `integer · 10^digits + fraction` in a UInt64 and only shifts the decimal exponent.
    static func assemble(integer: UInt64, fraction: Fraction, exponent: Int, sign: FloatingPointSign) -> Decimal {
        var significand = integer
        var scale = 0
        if fraction.digits > 0 {
            let (shifted, overflowShift) = integer.multipliedReportingOverflow(by: powerOfTen(fraction.digits))
            let (sum, overflowSum) = shifted.addingReportingOverflow(fraction.value)
            if overflowShift || overflowSum {
                // Too many digits for one UInt64: fall back to (exact) Decimal addition.
                var value = Decimal(integer)
                value += Decimal(sign: .plus, exponent: -fraction.digits, significand: Decimal(fraction.value))
                value = Decimal(sign: .plus, exponent: exponent, significand: value)
                if sign == .minus && !value.isZero { value.negate() }
                return value
            }
            significand = sum
            scale = fraction.digits
        }
        if significand == 0 { return Decimal(0) }   // no negative zero
        return Decimal(sign: sign, exponent: exponent - scale, significand: Decimal(significand))
    }

    /// 10^n for 0 ≤ n ≤ 19.
    private static func powerOfTen(_ n: Int) -> UInt64 {
        var value: UInt64 = 1
        for _ in 0..<n { value &*= 10 }
        return value
    }

    /// `[十百千]? 万? 亿?` to the end of `range`: the total exponent, or `nil` if the tokens are
    /// anything else. An empty range gives 0.
    private func magnitudeSuffix(_ range: Range<Int>) -> Int? {
        var exponent = 0
        var ceiling = Int.max   // each magnitude must be larger than the one before (千万, 万亿)
        for i in range {
            let e: Int
            switch tokens[i] {
            case .smallUnit(let p): e = p
            case .largeUnit(let b): e = b
            default: return nil
            }
            guard exponent == 0 || e > ceiling else { return nil }
            ceiling = e
            exponent += e
        }
        return exponent
    }

    /// The digits after 点, optionally followed (smart mode) by magnitudes: 三点五万.
    private func readFraction(_ range: Range<Int>) throws(Rejection) -> (Fraction, Int) {
        var fraction = Fraction()
        var i = range.lowerBound
        var lastDigit: UInt8 = 0
        if case .arabic(let number) = tokens[i] {
            // 一百点123 (smart mode).
            guard !number.hasPoint, !number.hasSeparators else {
                throw Rejection("after 点 only plain digits may follow")
            }
            guard number.digitCount <= maxDigits else { throw Rejection("too many decimal digits to be exact") }
            fraction = Fraction(value: number.integer, digits: number.digitCount)
            lastDigit = UInt8(number.integer % 10)
            i += 1
        } else {
            while i < range.upperBound, case .digit(let d, let form) = tokens[i] {
                if form == .liang || form == .traditionalLiang || form == .yao {
                    throw Rejection("after 点 the digits are 零一二…九 (三点二, not 三点两)")
                }
                guard fraction.digits < maxDigits else { throw Rejection("too many decimal digits to be exact") }
                fraction.value = fraction.value * 10 + UInt64(d)
                fraction.digits += 1
                lastDigit = d
                i += 1
            }
            guard fraction.digits > 0 else { throw Rejection("点 must be followed by digits (三点一四)") }
        }
        var exponent = 0
        if i < range.upperBound {
            guard mode == .smart, let suffix = magnitudeSuffix(i..<range.upperBound), suffix > 0 else {
                throw Rejection(mode == .smart
                    ? "after the decimal digits only magnitudes may follow (三点五万)"
                    : "only digits may follow 点 (magnitudes after decimals, 三点五万, need smart mode)")
            }
            exponent = suffix
        }
        if mode == .strict {
            guard fraction.digits <= 16 else { throw Rejection("strict mode reads at most 16 decimal digits") }
            guard lastDigit != 0 else {
                throw Rejection("in strict mode decimals end with a non-zero digit (三点一, not 三点一零)")
            }
        }
        return (fraction, exponent)
    }

    private enum YuanTail {
        case bare          // 壹拾壹元
        case whole         // 壹拾壹元整
        case cents(UInt64) // 壹元伍角, 壹元零伍分, 玖仟陆佰陆拾伍圆壹角捌分
    }

    /// What follows 元: nothing, 整/正, or `(d角)? (零? d分)?` with an optional 整 after 角.
    private func readYuanTail(_ range: Range<Int>) throws(Rejection) -> YuanTail {
        var i = range.lowerBound
        let end = range.upperBound
        if i == end { return .bare }
        if tokens[i] == .zheng {
            guard i + 1 == end else { throw Rejection("nothing may follow 元整") }
            return .whole
        }
        func digit(at index: Int) -> UInt64? {
            guard index < end, case .digit(let d, let form) = tokens[index], form != .yao else { return nil }
            return UInt64(d)
        }
        var cents: UInt64 = 0
        var hasJiao = false
        var hasFen = false
        if let d = digit(at: i), d > 0, i + 1 < end, tokens[i + 1] == .jiao {
            cents += d * 10
            hasJiao = true
            i += 2
        }
        var zeroBeforeFen = false
        if !hasJiao, digit(at: i) == 0 {
            zeroBeforeFen = true   // 壹元零伍分
            i += 1
        }
        if let d = digit(at: i), d > 0, i + 1 < end, tokens[i + 1] == .fen {
            cents += d
            hasFen = true
            i += 2
        }
        if zeroBeforeFen && !hasFen { throw Rejection("零 after 元 must be followed by an amount in 分 (壹元零伍分)") }
        if hasJiao && !hasFen && i < end && tokens[i] == .zheng { i += 1 }   // 壹元伍角整
        guard i == end, hasJiao || hasFen else {
            throw Rejection("after 元 only 整, or amounts in 角 and 分, may follow (壹元伍角捌分)")
        }
        return .cents(cents)
    }
}
