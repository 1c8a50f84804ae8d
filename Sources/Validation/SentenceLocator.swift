/// Finds where each fact of one sentence sits in the sentence's text.
///
/// A fact knows its document span and its sentence's text, but not where the
/// sentence starts. Facts of one sentence keep their distances, so the
/// sentence start is the offset at which the most facts' texts are found
/// (`start − offset`); a fact whose text is not found there is looked for
/// after the previous fact. A fact that cannot be found gets nil, and rules
/// that read cue words leave it alone.
enum SentenceLocator {
    /// Ranges in `sentence` (code points) for `facts` (sorted by start).
    static func locate(_ facts: [(start: Int, text: [Unicode.Scalar])], in sentence: [Unicode.Scalar]) -> [Range<Int>?] {
        guard !facts.isEmpty else { return [] }
        func matches(_ text: [Unicode.Scalar], at offset: Int) -> Bool {
            guard offset >= 0, offset + text.count <= sentence.count, !text.isEmpty else { return false }
            for (index, scalar) in text.enumerated() where sentence[offset + index] != scalar { return false }
            return true
        }
        func occurrences(of text: [Unicode.Scalar]) -> [Int] {
            guard !text.isEmpty, text.count <= sentence.count else { return [] }
            return (0...(sentence.count - text.count)).filter { matches(text, at: $0) }
        }
        // Candidate sentence starts: from every fact's occurrences (the first fact's text
        // may be missing from the sentence when the sentence was trimmed differently).
        var bestBase: Int?
        var bestScore = 0
        var tried = Set<Int>()
        for fact in facts.prefix(4) {
            for offset in occurrences(of: fact.text) {
                let base = fact.start - offset
                guard tried.insert(base).inserted else { continue }
                let score = facts.filter { matches($0.text, at: $0.start - base) }.count
                if score > bestScore { bestScore = score; bestBase = base }
            }
        }
        var result: [Range<Int>?] = []
        var cursor = 0
        for fact in facts {
            if let base = bestBase, matches(fact.text, at: fact.start - base) {
                let offset = fact.start - base
                result.append(offset..<(offset + fact.text.count))
                cursor = offset + fact.text.count
                continue
            }
            if let offset = occurrences(of: fact.text).first(where: { $0 >= cursor }) {
                result.append(offset..<(offset + fact.text.count))
                cursor = offset + fact.text.count
            } else {
                result.append(nil)
            }
        }
        return result
    }
}
