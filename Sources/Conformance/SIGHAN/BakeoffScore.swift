/// Word precision, recall and F1 as the SIGHAN bakeoff's `score` script reports
/// them: pooled over a file, a word correct when its span matches a gold word's span.
///
/// ```swift
/// var score = BakeoffScore()
/// score.add(gold: [0..<2, 2..<3], system: [0..<2, 2..<3])
/// score.f1   // 1.0
/// ```
public struct BakeoffScore: Sendable, Equatable {
    public var goldWords = 0
    public var systemWords = 0
    public var correct = 0
    /// Gold words missing from the training word list, and how many of them were found.
    public var oovWords = 0
    public var oovCorrect = 0

    public init() {}

    public var precision: Double { systemWords == 0 ? 0 : Double(correct) / Double(systemWords) }
    public var recall: Double { goldWords == 0 ? 0 : Double(correct) / Double(goldWords) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    public var oovRate: Double { goldWords == 0 ? 0 : Double(oovWords) / Double(goldWords) }
    public var oovRecall: Double { oovWords == 0 ? 0 : Double(oovCorrect) / Double(oovWords) }
    public var ivRecall: Double {
        let iv = goldWords - oovWords
        return iv == 0 ? 0 : Double(correct - oovCorrect) / Double(iv)
    }

    /// Adds one line: spans in the line's code points with white space removed.
    /// `isOOV(i)` tells whether gold word `i` is out of vocabulary.
    public mutating func add(gold: [Range<Int>], system: [Range<Int>], isOOV: (Int) -> Bool = { _ in false }) {
        goldWords += gold.count
        systemWords += system.count
        let found = Set(system.map { SpanKey($0) })
        for (index, word) in gold.enumerated() {
            let oov = isOOV(index)
            if oov { oovWords += 1 }
            if found.contains(SpanKey(word)) {
                correct += 1
                if oov { oovCorrect += 1 }
            }
        }
    }

    private struct SpanKey: Hashable {
        var lower: Int
        var upper: Int
        init(_ range: Range<Int>) { lower = range.lowerBound; upper = range.upperBound }
    }
}
