/// Why a numeral was rejected; turned into a ``NumeralError`` (with the input) at the API boundary.
struct Rejection: Error {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}

/// An Arabic number as written: `962.8`, `1,234`, `01`.
struct ArabicNumber: Equatable {
    /// Value of the integer digits.
    var integer: UInt64 = 0
    /// Number of integer digits, leading zeros included (`01` → 2).
    var digitCount: Int = 0
    /// Zeros before the first non-zero integer digit (`01` → 1; `0` → 1).
    var leadingZeros: Int = 0
    /// Value of the digits after the decimal point.
    var fraction: UInt64 = 0
    /// Number of digits after the decimal point; 0 when there is no point.
    var fractionDigits: Int = 0
    /// Whether thousands separators were used (`1,234`).
    var hasSeparators = false

    var hasPoint: Bool { fractionDigits > 0 }
}

/// One lexical unit of a numeral.
enum Token: Equatable {
    /// A Chinese digit (零 is 0).
    case digit(UInt8, ChineseDigitForm)
    /// 十 (1), 百 (2), 千 (3).
    case smallUnit(Int)
    /// 万 (4), 亿 (8).
    case largeUnit(Int)
    /// A run of Arabic digits, possibly with separators and a decimal point.
    case arabic(ArabicNumber)
    /// 点.
    case point
    /// 负 or `-`.
    case minus
    case yuan, jiao, fen, zheng
}

/// Most digits an integer or fraction may have: every 19-digit number fits in a UInt64.
let maxDigits = 19

enum Lexer {
    /// Appends the tokens of `scalars` to `buffer` (up to 2 tokens per scalar, because 廿
    /// becomes 二 十) and returns how many were written.
    ///
    /// Mode checks that do not depend on context happen here: Arabic digits and `-` need smart
    /// mode; 〇, 兩 and 幺 need normal mode.
    static func tokenize<C: Collection>(
        _ scalars: C, into buffer: inout [Token], mode: NumeralMode
    ) throws(Rejection) -> Int where C.Element == Unicode.Scalar {
        var count = 0
        func emit(_ token: Token) { buffer.append(token); count += 1 }

        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            switch ScalarClass.of(scalar) {
            case .chineseDigit(let d, let form):
                if mode == .strict {
                    switch form {
                    case .circleZero: throw Rejection("〇 is accepted in normal and smart modes, not in strict mode (write 零)")
                    case .traditionalLiang: throw Rejection("兩 is accepted in normal and smart modes, not in strict mode (write 两)")
                    case .yao: throw Rejection("幺 is read as 1 only in digit-by-digit readings (normal mode)")
                    case .plain, .liang: break
                    }
                }
                emit(.digit(d, form))
            case .smallUnit(let e): emit(.smallUnit(Int(e)))
            case .largeUnit(let e): emit(.largeUnit(Int(e)))
            case .tens(let t):
                emit(.digit(t, .plain))
                emit(.smallUnit(1))
            case .chinesePoint: emit(.point)
            case .minus(let ascii):
                if ascii && mode != .smart { throw Rejection("“\(scalar)” as a minus sign needs smart mode (write 负)") }
                emit(.minus)
            case .yuan: emit(.yuan)
            case .jiao: emit(.jiao)
            case .fen: emit(.fen)
            case .zheng: emit(.zheng)
            case .arabicDigit:
                if mode != .smart { throw Rejection("Arabic digits need smart mode") }
                emit(.arabic(try readArabic(scalars, from: &index)))
                continue  // readArabic advanced the index
            case .arabicPoint:
                throw Rejection("“\(scalar)” is a decimal point only between Arabic digits (1.5); Chinese numerals use 点")
            case .groupSeparator:
                throw Rejection("“\(scalar)” is a thousands separator only between Arabic digits (1,234)")
            case .other:
                throw Rejection("“\(scalar)” is not part of a numeral")
            }
            scalars.formIndex(after: &index)
        }
        return count
    }

    /// Reads `1,234.5`, `962.8`, `01` starting at an Arabic digit; leaves `index` after the run.
    private static func readArabic<C: Collection>(
        _ scalars: C, from index: inout C.Index
    ) throws(Rejection) -> ArabicNumber where C.Element == Unicode.Scalar {
        var number = ArabicNumber()
        var groupLength = 0          // digits since the last separator
        var inFraction = false

        func isDigit(at i: C.Index) -> Bool {
            guard i != scalars.endIndex else { return false }
            if case .arabicDigit = ScalarClass.of(scalars[i]) { return true }
            return false
        }

        while index != scalars.endIndex {
            switch ScalarClass.of(scalars[index]) {
            case .arabicDigit(let d):
                if inFraction {
                    guard number.fractionDigits < maxDigits else { throw Rejection("too many decimal digits to be exact") }
                    number.fraction = number.fraction * 10 + UInt64(d)
                    number.fractionDigits += 1
                } else {
                    if number.integer == 0 && d == 0 { number.leadingZeros += 1 }
                    guard number.digitCount - number.leadingZeros < maxDigits else {
                        throw Rejection("too many digits (more than \(maxDigits))")
                    }
                    number.integer = number.integer * 10 + UInt64(d)
                    number.digitCount += 1
                    groupLength += 1
                }
            case .groupSeparator:
                guard !inFraction else { throw Rejection("a thousands separator cannot follow the decimal point") }
                let groupOK = number.hasSeparators ? groupLength == 3 : (1...3).contains(groupLength)
                guard groupOK, number.leadingZeros == 0 else {
                    throw Rejection("thousands separators must split the digits in groups of three (1,234,567)")
                }
                number.hasSeparators = true
                groupLength = 0
                let next = scalars.index(after: index)
                guard isDigit(at: next) else {
                    throw Rejection("a thousands separator must be followed by three digits (1,234)")
                }
            case .arabicPoint:
                guard !inFraction else { throw Rejection("more than one decimal point") }
                if number.hasSeparators && groupLength != 3 {
                    throw Rejection("thousands separators must split the digits in groups of three (1,234.5)")
                }
                let next = scalars.index(after: index)
                guard isDigit(at: next) else { throw Rejection("a decimal point must be followed by digits (1.5)") }
                inFraction = true
            default:
                if number.hasSeparators && !inFraction && groupLength != 3 {
                    throw Rejection("thousands separators must split the digits in groups of three (1,234)")
                }
                return number
            }
            scalars.formIndex(after: &index)
        }
        if number.hasSeparators && !inFraction && groupLength != 3 {
            throw Rejection("thousands separators must split the digits in groups of three (1,234)")
        }
        return number
    }
}
