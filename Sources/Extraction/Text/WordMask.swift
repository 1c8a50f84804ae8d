import Numerals

/// Marks the code points covered by lexicon words that contain numeral
/// characters but are not numerals (`一直`, `统一`, `国千`, `一拍即合`).
///
/// A word that starts with a numeral character is ignored when a numeral
/// character stands right before it (`五十分钟` is not `十分`).
struct WordMask {
    private(set) var covered: [Bool]

    init(text: FoldedText, words: ScalarTrie<Bool>) {
        let scalars = text.scalars
        var covered = [Bool](repeating: false, count: scalars.count)
        let starts = words.firstCharacters
        var index = 0
        while index < scalars.count {
            if starts.contains(scalars[index]), let match = words.longestMatch(in: scalars, at: index) {
                let startsWithNumeral = NumeralScalarSet.contains(scalars[index])
                // A separator or point before (，一般来说 folds to ,一般) is no numeral.
                let numeralBefore = index > 0 && NumeralScalarSet.contains(scalars[index - 1])
                    && !",.点點".unicodeScalars.contains(scalars[index - 1])
                if !(startsWithNumeral && numeralBefore) {
                    for position in index..<(index + match.length) { covered[position] = true }
                    index += match.length
                    continue
                }
            }
            index += 1
        }
        self.covered = covered
    }

    @inline(__always) subscript(index: Int) -> Bool { covered[index] }

    /// Covers `range` too (dates claim their characters before figures are read).
    mutating func cover(_ range: Range<Int>) {
        for index in range { covered[index] = true }
    }
}
