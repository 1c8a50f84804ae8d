/// What the assembly stages know about one sentence: its range, paragraph,
/// ICU word starts, and the figures and dates inside it.
struct SentenceContext {
    let range: Range<Int>
    let paragraph: Int
    let index: Int
    /// The document's word starts, segmented on demand.
    let words: WordStarts
    /// Indices (into the document's figure list) of the sentence's figures, in order.
    var figures: [Int]
    /// Indices of the sentence's dates, in order.
    var dates: [Int]

    /// True when an ICU word starts at `index` (or `index` is a sentence edge).
    @inline(__always) func isWordStart(_ index: Int) -> Bool {
        words.isWordStart(index, in: range)
    }
}
