/// How permissive ``NumeralParser`` is, following the modes of the cn2an library.
///
/// Each mode accepts everything the previous one accepts:
///
/// ```swift
/// try NumeralParser.value(of: "一百二十", mode: .strict)  // 120
/// try NumeralParser.value(of: "一百二", mode: .normal)    // 120 (final unit left out)
/// try NumeralParser.value(of: "1.2万亿", mode: .smart)    // 1200000000000
/// ```
public enum NumeralMode: Sendable, Hashable, CaseIterable {
    /// Well-formed Chinese numerals only: 一百零一, 一千零十一, 十一, 两千, financial capitals
    /// (壹拾壹), 廿/卅, decimals with 点 that end in a non-zero digit, 负, RMB amounts that end in
    /// 整/正 or 角/分 (玖仟陆佰陆拾伍圆壹角捌分). Every skipped place is marked by exactly one 零.
    case strict
    /// Strict plus everyday forms: digit-by-digit readings (一二三, 二〇一二), an omitted final unit
    /// (三万五, 一百二), relaxed 零 rules (一千一十, 十万零一千), 〇, 兩, 幺 in digit-by-digit
    /// readings, decimals ending in 零, and bare 元/圆 amounts (壹拾壹元).
    case normal
    /// Normal plus Arabic digits (ASCII or full-width), alone or mixed with Chinese
    /// (962.8亿, 3万5千, 100万三千, 1百01, 1,234.5, １０３６), a leading `-`, and magnitudes after
    /// a Chinese decimal (三点五万).
    case smart
}
