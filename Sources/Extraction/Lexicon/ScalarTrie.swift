/// A prefix tree over code points for longest-match lookup of lexicon words.
///
/// ```swift
/// var trie = ScalarTrie<String>()
/// trie.insert("亿元", "CNY"); trie.insert("亿", "magnitude")
/// trie.longestMatch(in: Array("亿元的".unicodeScalars), at: 0)  // (length: 2, value: "CNY")
/// ```
/// - Complexity: lookup is O(length of the longest word).
struct ScalarTrie<Value: Sendable>: Sendable {
    private struct Node: Sendable {
        var children: [UInt32: Int32] = [:]
        var value: Int32 = -1
    }

    private var nodes: [Node] = [Node()]
    private var values: [Value] = []
    /// One bit per BMP code point that starts a word: most positions of a text
    /// start no word, and this rejects them without hashing.
    private var firstBits = [UInt64](repeating: 0, count: 1024)
    /// A word starts with a code point outside the BMP.
    private var hasAstralFirst = false
    /// Length of the longest word, in code points.
    private(set) var maxLength = 0
    /// Number of words.
    var count: Int { values.count }

    init() {}

    /// Adds `word`; a later insert of the same word replaces the value.
    mutating func insert(_ word: String, _ value: Value) {
        if let first = word.unicodeScalars.first {
            if first.value < 0x10000 { firstBits[Int(first.value >> 6)] |= 1 << UInt64(first.value & 63) }
            else { hasAstralFirst = true }
        }
        var node = 0
        var length = 0
        for scalar in word.unicodeScalars {
            length += 1
            if let next = nodes[node].children[scalar.value] {
                node = Int(next)
            } else {
                nodes.append(Node())
                let next = nodes.count - 1
                nodes[node].children[scalar.value] = Int32(next)
                node = next
            }
        }
        if nodes[node].value >= 0 {
            values[Int(nodes[node].value)] = value
        } else {
            values.append(value)
            nodes[node].value = Int32(values.count - 1)
        }
        maxLength = max(maxLength, length)
    }

    /// The longest word starting at `start` in `text`, if any (end bounded by `limit`).
    /// True when some word may start with `scalar` (a cheap filter).
    @inline(__always) func mayStart(with scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value >= 0x10000 { return hasAstralFirst }
        return firstBits[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0
    }

    func longestMatch(in text: [Unicode.Scalar], at start: Int, limit: Int? = nil) -> (length: Int, value: Value)? {
        let end = min(limit ?? text.count, text.count)
        guard start < end, mayStart(with: text[start]) else { return nil }
        var node = 0
        var best: (Int, Int32)?
        var index = start
        while index < end, let next = nodes[node].children[text[index].value] {
            node = Int(next)
            index += 1
            if nodes[node].value >= 0 { best = (index - start, nodes[node].value) }
        }
        guard let best else { return nil }
        return (best.0, values[Int(best.1)])
    }

    /// The longest word starting at `start` when up to `maxSpaces` spaces may stand before it
    /// and between its characters (`六   个 百 分点`); the length counts the spaces. Only
    /// matches that skipped a space are returned (the others are ``longestMatch(in:at:limit:)``'s).
    func longestSpacedMatch(in text: [Unicode.Scalar], at start: Int, maxSpaces: Int = 4) -> (length: Int, value: Value)? {
        var node = 0
        var best: (Int, Int32)?
        var index = start
        var skipped = false
        while index < text.count {
            var next = index
            while next < text.count, text[next] == " ", next - index < maxSpaces { next += 1 }
            guard next < text.count, let child = nodes[node].children[text[next].value] else { break }
            if next > index { skipped = true }
            node = Int(child)
            index = next + 1
            if nodes[node].value >= 0, skipped { best = (index - start, nodes[node].value) }
        }
        guard let best else { return nil }
        return (best.0, values[Int(best.1)])
    }

    /// Value of exactly `word`, if present.
    func value(of word: some Sequence<Unicode.Scalar>) -> Value? {
        var node = 0
        var first = true
        for scalar in word {
            if first { guard mayStart(with: scalar) else { return nil }; first = false }
            guard let next = nodes[node].children[scalar.value] else { return nil }
            node = Int(next)
        }
        let index = nodes[node].value
        return index >= 0 ? values[Int(index)] : nil
    }

    func contains(_ word: String) -> Bool { value(of: word.unicodeScalars) != nil }

    /// Longest word that ends exactly at `end` (looking back at most `maxLength`).
    func longestMatch(in text: [Unicode.Scalar], endingAt end: Int, from lowerBound: Int = 0) -> (length: Int, value: Value)? {
        var length = min(maxLength, end - lowerBound)
        while length > 0 {
            if let value = value(of: text[(end - length)..<end]) { return (length, value) }
            length -= 1
        }
        return nil
    }
}
