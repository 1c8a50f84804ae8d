/// Reads the integer part of a numeral (everything before 点): a single digit, a digit-by-digit
/// reading (一二三), or a numeral with units (一千零一万, 3万5千).
enum IntegerReader {
    static func read(
        _ tokens: [Token], _ range: Range<Int>, mode: NumeralMode, fractionFollows: Bool
    ) throws(Rejection) -> UInt64 {
        let first = tokens[range.lowerBound]
        if range.count == 1, case .digit(let d, let form) = first {
            if form == .yao { throw Rejection("幺 is read as 1 only inside digit-by-digit readings (幺八九)") }
            return UInt64(d)
        }
        if range.count >= 2, case .digit = first, case .digit = tokens[range.lowerBound + 1] {
            return try digitByDigit(tokens, range, mode: mode)
        }
        var reader = UnitNumeralReader(
            tokens: tokens, range: range, strict: mode == .strict, fractionFollows: fractionFollows)
        return try reader.read()
    }

    /// 一二三 → 123, 二〇一二 → 2012, 幺八九 → 189 (normal and smart modes).
    private static func digitByDigit(
        _ tokens: [Token], _ range: Range<Int>, mode: NumeralMode
    ) throws(Rejection) -> UInt64 {
        var value: UInt64 = 0
        for i in range {
            guard case .digit(let d, let form) = tokens[i] else {
                throw Rejection("a digit-by-digit reading (一二三) cannot also contain 十/百/千/万/亿 or Arabic digits")
            }
            if form == .liang || form == .traditionalLiang {
                throw Rejection("两 is never read digit by digit: 两三 is a range (two or three), not one numeral")
            }
            value = value &* 10 &+ UInt64(d)   // checked below: at most maxDigits digits
        }
        if mode == .strict {
            throw Rejection("digit-by-digit readings (一二三) need normal mode")
        }
        guard range.count <= maxDigits else { throw Rejection("too many digits (more than \(maxDigits))") }
        return value
    }
}

private let powersOfTen: [UInt64] = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000]

/// Reads numerals with units, left to right, checking the place of every term.
///
/// A numeral is read in four-digit *sections* closed by 万 or 亿. Inside a section every term
/// (digit + 十/百/千) must sit at a lower place than the one before. Where places are skipped,
/// strict mode wants exactly one 零 (一千零一十, 一百零一); normal mode also accepts the 零 left
/// out (一千一十). Across a section boundary the rule looks at the boundary itself: right after
/// 万 a section starting with 千 takes no 零 (十万一千) and any other takes one (十万零一,
/// 一万零一百一十一); after 亿 the same holds with 千万 as the adjacent place (一千亿一千万,
/// 一千亿零一). Normal mode also accepts a superfluous 零 at a boundary (十万零一千).
struct UnitNumeralReader {
    let tokens: [Token]
    let range: Range<Int>
    let strict: Bool
    let fractionFollows: Bool

    /// Everything before 亿, already multiplied by 10^8.
    private var beforeYi: UInt64 = 0
    private var hasYi = false
    /// Everything before 万 in the current 亿 segment, already multiplied by 10^4.
    private var beforeWan: UInt64 = 0
    private var hasWan = false
    /// The current four-digit section.
    private var section: UInt64 = 0
    /// Place (0...3) of the section's first term; -1 while the section is empty.
    private var sectionTop = -1
    /// Place of the last term of the section (4 before the first one).
    private var lastPlace = 4
    /// A 零 was read and no term has followed yet.
    private var zeroPending = false
    /// The large unit that opened the current section: 0 (none), 4 (万) or 8 (亿).
    private var opener = 0
    /// For a section opened by 亿: whether its first term came after a 零. Checked when the
    /// section closes, because only then is its place known (一亿零五百万 vs 一亿零五百).
    private var openerZero = false
    /// Exponent of the unit token read last (1...3, 4, 8), or -1 when the last token was not a unit.
    private var lastUnit = -1

    init(tokens: [Token], range: Range<Int>, strict: Bool, fractionFollows: Bool) {
        self.tokens = tokens
        self.range = range
        self.strict = strict
        self.fractionFollows = fractionFollows
    }

    mutating func read() throws(Rejection) -> UInt64 {
        var i = range.lowerBound
        while i < range.upperBound {
            let next: Token? = i + 1 < range.upperBound ? tokens[i + 1] : nil
            switch tokens[i] {
            case .digit(let d, let form):
                if form == .yao { throw Rejection("幺 is read as 1 only inside digit-by-digit readings (幺八九)") }
                if d == 0 {
                    try readZero(at: i, next: next)
                    lastUnit = -1
                    i += 1
                } else {
                    i += try readDigit(UInt64(d), isLiang: form == .liang || form == .traditionalLiang, next: next)
                }
            case .smallUnit(let p):
                // A unit without a digit before it: 十 (十一, 一千零十), 百 after 零 (一万零百一十一).
                let allowed = (p == 1 && (i == range.lowerBound || zeroPending || !strict)) || (p == 2 && zeroPending)
                guard allowed else {
                    throw Rejection(p == 1
                        ? "十 without a digit is written only at the start or after 零 in strict mode (一百一十一, not 一百十一)"
                        : "\(unitName(p)) needs a digit before it (一百, not 百)")
                }
                try addTerm(powersOfTen[p], top: p, bottom: p)
                lastUnit = p
                i += 1
            case .largeUnit(let b):
                try closeSection(by: b)
                lastUnit = b
                i += 1
            case .arabic(let number):
                i += try readArabic(number, next: next)
            case .point, .minus, .yuan, .jiao, .fen, .zheng:
                throw Rejection("unexpected sign or currency word inside the number")
            }
        }
        if opener == 8 && sectionTop >= 0 {
            try checkBoundary(zero: openerZero, place: sectionTop, opener: 8)
        }
        return beforeYi + beforeWan + section
    }

    // MARK: - Tokens

    private mutating func readZero(at i: Int, next: Token?) throws(Rejection) {
        if zeroPending { throw Rejection("零 is written once, however many places are skipped (一千零一, not 一千零零一)") }
        if i == range.lowerBound { throw Rejection("a numeral with units cannot start with 零") }
        guard let next else { throw Rejection("a numeral cannot end with 零 (一百零)") }
        switch next {
        case .digit(let d, _) where d != 0: break
        case .smallUnit(let p) where p <= 2: break   // 零十, 零百: cn2an reads them as 零一十, 零一百
        case .arabic: break
        default: throw Rejection("零 must be followed by the next digit (一百零一)")
        }
        zeroPending = true
    }

    /// Reads a non-zero Chinese digit and, when one follows, its unit. Returns the tokens used.
    private mutating func readDigit(_ d: UInt64, isLiang: Bool, next: Token?) throws(Rejection) -> Int {
        switch next {
        case .smallUnit(let p)?:
            if isLiang && p == 1 { throw Rejection("两 is not used before 十 (二十, not 两十)") }
            try addTerm(d * powersOfTen[p], top: p, bottom: p)
            lastUnit = p
            return 2
        case .largeUnit?:
            try addTerm(d, top: 0, bottom: 0)   // 三万, 两亿, 十一万
            lastUnit = -1
            return 1
        case nil:
            if isLiang { throw Rejection("两 stands alone or before 百/千/万/亿 (两千); 一百两 is not a numeral") }
            try addFinalDigit(d)
            lastUnit = -1
            return 1
        case .digit?:
            throw Rejection("two digits in a row inside a numeral with units (一百一二)")
        default:
            throw Rejection("a Chinese digit cannot be followed by Arabic digits")
        }
    }

    /// The last digit of the integer part: units place (一百零二, 十五), or in normal mode the
    /// place below the unit before it (一百二 → 120, 三万五 → 35000, 一亿五 → 150000000).
    private mutating func addFinalDigit(_ d: UInt64) throws(Rejection) {
        guard lastUnit >= 2 && !zeroPending else {
            try addTerm(d, top: 0, bottom: 0)
            return
        }
        if strict {
            throw Rejection("a final digit without its unit (一百二, 三万五) needs normal mode; strict mode wants 一百二十, 三万五千")
        }
        if fractionFollows {
            throw Rejection("a final digit without its unit cannot be followed by 点 (一百二点五)")
        }
        switch lastUnit {
        case 2, 3:
            try addTerm(d * powersOfTen[lastUnit - 1], top: lastUnit - 1, bottom: lastUnit - 1)
        case 4:
            try addTerm(d * 1000, top: 3, bottom: 3)
        default:  // 8: 一亿五 = 一亿五千万
            try addTerm(d * 1000, top: 3, bottom: 3)
            try closeSection(by: 4)
        }
    }

    /// An Arabic run inside a mixed numeral (smart mode): 3万5千, 100万三千, 1百01, 1万600.
    private mutating func readArabic(_ number: ArabicNumber, next: Token?) throws(Rejection) -> Int {
        if number.hasPoint {
            throw Rejection("a decimal Arabic number may only be followed by magnitudes (10.1万), not by more digits")
        }
        if case .smallUnit(let p)? = next {
            guard number.digitCount == 1, number.integer > 0 else {
                throw Rejection("only one digit 1-9 goes before \(unitName(p)) (3千, 1百01)")
            }
            try addTerm(number.integer * powersOfTen[p], top: p, bottom: p)
            lastUnit = p
            return 2
        }
        switch next {
        case nil, .largeUnit?:
            break
        default:
            throw Rejection("an Arabic number inside a Chinese numeral must be followed by a unit or end it")
        }
        guard number.integer > 0 else { throw Rejection("0 cannot stand inside a numeral with units") }
        if next == nil && number.digitCount == 1 {
            try addFinalDigit(number.integer)   // 3万5 → 35000, like 三万五
            lastUnit = -1
            return 1
        }
        // The run fills places digitCount-1 ... 0 of the section; leading zeros act as 零.
        let highest = number.digitCount - 1
        guard highest <= 3, sectionTop < 0 || highest < lastPlace else {
            throw Rejection("the Arabic digits do not fit below the unit before them (1万600, not 1万60000)")
        }
        if number.leadingZeros > 0 {
            if zeroPending { throw Rejection("零 followed by an Arabic number with leading zeros") }
            zeroPending = true
        }
        try addTerm(number.integer, top: highest - number.leadingZeros, bottom: 0)
        lastUnit = -1
        return 1
    }

    // MARK: - Places

    /// Adds a term whose non-zero digits span places `top...bottom` of the current section.
    private mutating func addTerm(_ value: UInt64, top: Int, bottom: Int) throws(Rejection) {
        if sectionTop < 0 {
            switch opener {
            case 4: try checkBoundary(zero: zeroPending, place: top, opener: 4)
            case 8: openerZero = zeroPending
            default: break
            }
            sectionTop = top
        } else {
            guard top < lastPlace else {
                throw Rejection("places out of order: each digit must be at a lower place than the one before (十一十二)")
            }
            if zeroPending {
                guard top < lastPlace - 1 else {
                    throw Rejection("零 marks a skipped place, and none is skipped here")
                }
            } else if strict && top < lastPlace - 1 {
                throw Rejection("a skipped place needs 零 in strict mode (一千零一十, not 一千一十)")
            }
        }
        section += value
        lastPlace = bottom
        zeroPending = false
    }

    /// The 零 rule at a section boundary: `place` is the first term's place relative to the
    /// opener (万: places 0...3; 亿: places 0...7).
    private func checkBoundary(zero: Bool, place: Int, opener: Int) throws(Rejection) {
        guard strict else { return }
        let name = opener == 4 ? "万" : "亿"
        let adjacent = opener == 4 ? "千" : "千万"
        if place == opener - 1 {
            if zero { throw Rejection("no 零 after \(name) when \(adjacent) follows in strict mode (十万一千, not 十万零一千)") }
        } else if !zero {
            throw Rejection("a skipped place after \(name) needs 零 in strict mode (十万零一, 一亿零五百万)")
        }
    }

    private mutating func closeSection(by unit: Int) throws(Rejection) {
        if unit == 4 {
            if hasWan { throw Rejection("万 appears twice in the same 亿 group") }
            guard sectionTop >= 0 else { throw Rejection("万 needs a number before it") }
            if opener == 8 { try checkBoundary(zero: openerZero, place: sectionTop + 4, opener: 8) }
            beforeWan = section * 10_000
            hasWan = true
        } else {
            if hasYi { throw Rejection("亿 appears twice (亿亿 is not supported)") }
            // 万亿: 亿 right after 万 multiplies the whole 万 group (一万亿 = 10^12).
            guard sectionTop >= 0 || (hasWan && lastUnit == 4) else {
                throw Rejection("亿 needs a number before it")
            }
            beforeYi = (beforeWan + section) * 100_000_000
            hasYi = true
            beforeWan = 0
            hasWan = false
        }
        section = 0
        sectionTop = -1
        lastPlace = 4
        opener = unit
        openerZero = false
    }

    private func unitName(_ p: Int) -> String {
        switch p {
        case 1: return "十"
        case 2: return "百"
        default: return "千"
        }
    }
}
