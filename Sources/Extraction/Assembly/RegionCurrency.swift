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
        var ideographs = 0, traditional = 0
        // The lexicons' tables held locally: the scan tests every code point.
        let traditionalCharacters = lexicons.traditionalCharacters.firstCharacters
        let cues = lexicons.regionCues
        let scalars = text.scalars
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.isIdeograph {
                ideographs += 1
                if traditionalCharacters.contains(scalar) { traditional += 1 }
            }
            if cues.mayStart(with: scalar), let cue = cues.longestMatch(in: scalars, at: index) {
                counts[cue.value, default: 0] += 1
                index += cue.length
            } else {
                index += 1
            }
        }
        let isTraditional = ideographs > 0 && Double(traditional) / Double(ideographs) >= traditionalShare
        let hk = counts["HKD", default: 0], tw = counts["TWD", default: 0]
        if isTraditional && tw >= 1 && tw >= hk { return "TWD" }
        if hk >= threshold && hk > tw { return "HKD" }
        if isTraditional && hk >= 1 { return "HKD" }
        return "CNY"
    }
}
