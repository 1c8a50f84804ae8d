/// The currency a bare 元 means in a document: HKD in Hong Kong text, TWD in
/// Taiwan text (cues from `Lexicons/regions.tsv`), CNY otherwise.
enum RegionCurrency {
    static let threshold = 2

    static func detect(in text: FoldedText, lexicons: Lexicons) -> String {
        var counts: [String: Int] = [:]
        var index = 0
        while index < text.count {
            if text[index] == "人", text.hasWord("人民币", at: index) { return "CNY" }
            if let cue = lexicons.regionCues.longestMatch(in: text.scalars, at: index) {
                counts[cue.value, default: 0] += 1
                index += cue.length
            } else {
                index += 1
            }
        }
        let best = counts.filter { $0.value >= threshold }.max { ($0.value, $0.key) < ($1.value, $1.key) }
        return best?.key ?? "CNY"
    }
}
