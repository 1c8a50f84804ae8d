/// The one table that says what every numeral scalar means.
///
/// ``NumeralCharacter`` (used by the extractor's scanner) and the parser's lexer both read
/// from ``ScalarClass/of(_:)``, so the scanner and the parser can never disagree.
enum ScalarClass: Equatable {
    /// A Chinese digit: 零一二…九, financial capitals, and the special forms in `ChineseDigitForm`.
    case chineseDigit(UInt8, ChineseDigitForm)
    /// 0-9, ASCII or full-width.
    case arabicDigit(UInt8)
    /// 十拾 (1), 百佰 (2), 千仟 (3): the decimal exponent of a place inside a four-digit section.
    case smallUnit(UInt8)
    /// 万萬 (4), 亿億 (8): the decimal exponent of a section.
    case largeUnit(UInt8)
    /// 廿 (2), 卅 (3): a ready-made "digit + 十".
    case tens(UInt8)
    /// 点 (點): the decimal point of a Chinese numeral.
    case chinesePoint
    /// `.` or `．`: the decimal point of an Arabic number.
    case arabicPoint
    /// `,` or `，`: a thousands separator inside an Arabic number.
    case groupSeparator
    /// 负 / 負 (any mode) or `-`, `－`, `−` (smart mode).
    case minus(ascii: Bool)
    /// 元 / 圆 / 圓, 角, 分, 整 / 正: the words of an RMB amount (玖仟陆佰陆拾伍圆壹角捌分).
    case yuan, jiao, fen, zheng
    /// Anything else.
    case other

    static func of(_ scalar: Unicode.Scalar) -> ScalarClass {
        switch scalar.value {
        case 0x30...0x39: return .arabicDigit(UInt8(scalar.value - 0x30))
        case 0xFF10...0xFF19: return .arabicDigit(UInt8(scalar.value - 0xFF10))
        case 0x96F6: return .chineseDigit(0, .plain)            // 零
        case 0x3007: return .chineseDigit(0, .circleZero)       // 〇
        case 0x4E00: return .chineseDigit(1, .plain)            // 一
        case 0x58F9: return .chineseDigit(1, .plain)            // 壹
        case 0x5E7A: return .chineseDigit(1, .yao)              // 幺
        case 0x4E8C, 0x8D30, 0x8CB3: return .chineseDigit(2, .plain)   // 二 贰 貳
        case 0x4E24: return .chineseDigit(2, .liang)            // 两
        case 0x5169: return .chineseDigit(2, .traditionalLiang) // 兩
        case 0x4E09, 0x53C1, 0x53C3, 0x53C4: return .chineseDigit(3, .plain)  // 三 叁 參 叄
        case 0x56DB, 0x8086: return .chineseDigit(4, .plain)    // 四 肆
        case 0x4E94, 0x4F0D: return .chineseDigit(5, .plain)    // 五 伍
        case 0x516D, 0x9646, 0x9678: return .chineseDigit(6, .plain)   // 六 陆 陸
        case 0x4E03, 0x67D2: return .chineseDigit(7, .plain)    // 七 柒
        case 0x516B, 0x634C: return .chineseDigit(8, .plain)    // 八 捌
        case 0x4E5D, 0x7396: return .chineseDigit(9, .plain)    // 九 玖
        case 0x5341, 0x62FE: return .smallUnit(1)               // 十 拾
        case 0x767E, 0x4F70: return .smallUnit(2)               // 百 佰
        case 0x5343, 0x4EDF: return .smallUnit(3)               // 千 仟
        case 0x4E07, 0x842C: return .largeUnit(4)               // 万 萬
        case 0x4EBF, 0x5104: return .largeUnit(8)               // 亿 億
        case 0x5EFF: return .tens(2)                            // 廿
        case 0x5345: return .tens(3)                            // 卅
        case 0x70B9, 0x9EDE: return .chinesePoint               // 点 點
        case 0x2E, 0xFF0E: return .arabicPoint                  // . ．
        case 0x2C, 0xFF0C: return .groupSeparator               // , ，
        case 0x8D1F, 0x8CA0: return .minus(ascii: false)        // 负 負
        case 0x2D, 0xFF0D, 0x2212: return .minus(ascii: true)   // - － −
        case 0x5143, 0x5706, 0x5713: return .yuan               // 元 圆 圓
        case 0x89D2: return .jiao                               // 角
        case 0x5206: return .fen                                // 分
        case 0x6574, 0x6B63: return .zheng                      // 整 正
        default: return .other
        }
    }
}

/// Which spelling of a Chinese digit was used; some are only valid in some modes or positions.
enum ChineseDigitForm: UInt8, Equatable {
    /// 零, 一…九 and the financial capitals (壹贰貳叁參…玖): valid in every mode.
    case plain
    /// 〇: normal and smart modes only (cn2an's strict mode rejects it).
    case circleZero
    /// 两: 2, but only alone or directly before 百/千/万/亿 (两千, 两万; never 两十 or 一百两).
    case liang
    /// 兩: like 两, normal and smart modes only.
    case traditionalLiang
    /// 幺: 1, only inside digit-by-digit readings (幺八九), normal and smart modes only.
    case yao
}
