/// What the assembly stages know about one sentence: its range, paragraph,
/// ICU word starts, and the figures and dates inside it.
struct SentenceContext {
    let range: Range<Int>
    let paragraph: Int
    let index: Int
    /// wordStart[i - range.lowerBound] is true when an ICU word starts at code point i.
    let wordStart: [Bool]
    /// Indices (into the document's figure list) of the sentence's figures, in order.
    var figures: [Int]
    /// Indices of the sentence's dates, in order.
    var dates: [Int]

    /// True when an ICU word starts at `index` (or `index` is a sentence edge).
    func isWordStart(_ index: Int) -> Bool {
        // Sentences without figures to assemble are not segmented: no inner word starts.
        index <= range.lowerBound || index >= range.upperBound || (!wordStart.isEmpty && wordStart[index - range.lowerBound])
    }
}
