/// One cue word with the columns that follow it in the lexicon.
public struct CueWord: Sendable, Hashable {
    public let word: String
    /// Columns after the word (`up`, `rate`, `cumulative`).
    public let columns: [String]
    let scalars: [Unicode.Scalar]

    public init(_ word: String, columns: [String] = []) {
        self.word = word
        self.columns = columns
        self.scalars = Array(word.unicodeScalars)
    }

    /// Column `index` after the word, or nil.
    public func column(_ index: Int) -> String? { index < columns.count ? columns[index] : nil }
}

/// Where a cue word was found, in code points of the text searched.
public struct CueMatch: Sendable, Hashable {
    public let range: Range<Int>
    public let cue: CueWord
}

/// The words of one lexicon section, longest first.
public struct CueSet: Sendable {
    public let words: [CueWord]

    public init(_ words: [CueWord]) {
        self.words = words.sorted { $0.scalars.count > $1.scalars.count }
    }

    public var isEmpty: Bool { words.isEmpty }

    /// The longest word matching `text` at `index` within `limit`, if any.
    func longest(in text: [Unicode.Scalar], at index: Int, limit: Int) -> CueWord? {
        for word in words where index + word.scalars.count <= limit {
            var equal = true
            for (offset, scalar) in word.scalars.enumerated() where text[index + offset] != scalar {
                equal = false
                break
            }
            if equal { return word }
        }
        return nil
    }

    /// Occurrences of this set's words in `text[range]`, scanning left to
    /// right with the longest match at each position; words of `hiding`
    /// (the [not-cue] section) win over shorter cue words and hide them.
    public func matches(in text: [Unicode.Scalar], range: Range<Int>, hiding: CueSet) -> [CueMatch] {
        var result: [CueMatch] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let cue = longest(in: text, at: index, limit: range.upperBound)
            let hidden = hiding.longest(in: text, at: index, limit: range.upperBound)
            if let cue, cue.scalars.count >= (hidden?.scalars.count ?? 0) {
                result.append(CueMatch(range: index..<(index + cue.scalars.count), cue: cue))
                index += cue.scalars.count
            } else if let hidden {
                index += hidden.scalars.count
            } else {
                index += 1
            }
        }
        return result
    }

    /// Whether any word of the set occurs in `text` (no hiding).
    public func occurs(in text: String) -> Bool {
        words.contains { text.contains($0.word) }
    }
}
