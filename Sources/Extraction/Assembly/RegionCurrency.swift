/// The currency a bare 元 means in a document: HKD in Hong Kong text, TWD in
/// Taiwan text, CNY otherwise.
///
/// Hong Kong text names Hong Kong (cues from `Lexicons/regions.tsv`) at least
/// ``threshold`` times, more often than Taiwan; Taiwan text is written in
/// Traditional characters (share of `[traditional]` characters) and names
/// Taiwan at least once. A mainland article that quotes a 新台币 price stays CNY.
enum RegionCurrency {
    static let threshold = 3
    /// Share of ideographs that must be Traditional-only characters.
    static let traditionalShare = 0.03

    static func detect(in text: FoldedText, lexicons: Lexicons) -> String {
        var counts: [String: Int] = [:]
        // The lexicons' tables held locally: the scan tests every code point.
        let cues = lexicons.regionCues
        let scalars = text.scalars
        var index = 0
        while index < scalars.count {
            if cues.mayStart(with: scalars[index]), let cue = cues.longestMatch(in: scalars, at: index) {
                counts[cue.value, default: 0] += 1
                index += cue.length
            } else {
                index += 1
            }
        }
        let hk = counts["HKD", default: 0], tw = counts["TWD", default: 0]
        // Text that names neither region is CNY whatever its script (most text: no second pass).
        guard hk > 0 || tw > 0 else { return "CNY" }
        let isTraditional = isTraditionalScript(scalars, characters: lexicons.traditionalCharacters.firstCharacters)
        if isTraditional && tw >= 1 && tw >= hk { return "TWD" }
        if hk >= threshold && hk > tw { return "HKD" }
        if isTraditional && hk >= 1 { return "HKD" }
        return "CNY"
    }

    /// Whether at least ``traditionalShare`` of the ideographs are Traditional-only characters.
    private static func isTraditionalScript(_ scalars: [Unicode.Scalar], characters: ScalarBitmap) -> Bool {
        var ideographs = 0, traditional = 0
        for scalar in scalars where scalar.isIdeograph {
            ideographs += 1
            if characters.contains(scalar) { traditional += 1 }
        }
        return ideographs > 0 && Double(traditional) / Double(ideographs) >= traditionalShare
    }
}
