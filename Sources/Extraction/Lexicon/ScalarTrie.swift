/// A prefix tree over code points for longest-match lookup of lexicon words.
///
/// ```swift
/// var trie = ScalarTrie<String>()
/// trie.insert("亿元", "CNY"); trie.insert("亿", "magnitude")
/// trie.longestMatch(in: Array("亿元的".unicodeScalars), at: 0)  // (length: 2, value: "CNY")
/// ```
/// - Complexity: lookup is O(length of the longest word).
struct ScalarTrie<Value: Sendable>: Sendable {
    /// nodeValue[n] is the index into `values` of the word ending at node n, or -1.
    private var nodeValue: [Int32] = [-1]
    private var values: [Value] = []
    /// The edges, an open-addressing table keyed by (parent node, code point):
    /// a lookup step is a multiply and a probe or two, not a hashed
    /// dictionary (this table is on every hot path of the extractor).
    private var edgeKeys = [UInt64](repeating: 0, count: 64)
    private var edgeTargets = [Int32](repeating: 0, count: 64)
    private var edgeCount = 0
    /// The code points that start a word: most positions of a text start no
    /// word, and this rejects them without a lookup.
    private(set) var firstCharacters = ScalarBitmap()
    /// Length of the longest word, in code points.
    private(set) var maxLength = 0
    /// Number of words.
    var count: Int { values.count }

    init() {}

    /// Adds `word`; a later insert of the same word replaces the value.
    mutating func insert(_ word: String, _ value: Value) {
        if let first = word.unicodeScalars.first { firstCharacters.insert(first) }
        var node = 0
        var length = 0
        for scalar in word.unicodeScalars {
            length += 1
            if let next = child(of: node, scalar.value) {
                node = Int(next)
            } else {
                nodeValue.append(-1)
                let next = nodeValue.count - 1
                addEdge(from: node, scalar.value, to: Int32(next))
                node = next
            }
        }
        if nodeValue[node] >= 0 {
            values[Int(nodeValue[node])] = value
        } else {
            values.append(value)
            nodeValue[node] = Int32(values.count - 1)
        }
        maxLength = max(maxLength, length)
    }

    // MARK: - Edge table

    @inline(__always) private static func key(_ node: Int, _ scalar: UInt32) -> UInt64 {
        (UInt64(node) << 21 | UInt64(scalar)) &+ 1  // code points fit in 21 bits; 0 marks an empty slot
    }

    @inline(__always) private static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The node reached from `node` by `scalar`, if any.
    @inline(__always) private func child(of node: Int, _ scalar: UInt32) -> Int32? {
        let key = Self.key(node, scalar)
        let mask = edgeKeys.count - 1
        var slot = Self.slot(of: key, mask: mask)
        while true {
            let found = edgeKeys[slot]
            if found == key { return edgeTargets[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    private mutating func addEdge(from node: Int, _ scalar: UInt32, to target: Int32) {
        if (edgeCount + 1) * 2 > edgeKeys.count { growEdges() }
        let key = Self.key(node, scalar)
        let mask = edgeKeys.count - 1
        var slot = Self.slot(of: key, mask: mask)
        while edgeKeys[slot] != 0 { slot = (slot + 1) & mask }
        edgeKeys[slot] = key
        edgeTargets[slot] = target
        edgeCount += 1
    }

    private mutating func growEdges() {
        let oldKeys = edgeKeys, oldTargets = edgeTargets
        edgeKeys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        edgeTargets = [Int32](repeating: 0, count: oldKeys.count * 2)
        let mask = edgeKeys.count - 1
        for (key, target) in zip(oldKeys, oldTargets) where key != 0 {
            var slot = Self.slot(of: key, mask: mask)
            while edgeKeys[slot] != 0 { slot = (slot + 1) & mask }
            edgeKeys[slot] = key
            edgeTargets[slot] = target
        }
    }

    // MARK: - Lookup

    /// The longest word starting at `start` in `text`, if any (end bounded by `limit`).
    /// True when some word may start with `scalar` (a cheap filter).
    @inline(__always) func mayStart(with scalar: Unicode.Scalar) -> Bool {
        firstCharacters.contains(scalar)
    }

    func longestMatch(in text: [Unicode.Scalar], at start: Int, limit: Int? = nil) -> (length: Int, value: Value)? {
        let end = min(limit ?? text.count, text.count)
        guard start < end, mayStart(with: text[start]) else { return nil }
        var node = 0
        var best: (Int, Int32)?
        var index = start
        while index < end, let next = child(of: node, text[index].value) {
            node = Int(next)
            index += 1
            if nodeValue[node] >= 0 { best = (index - start, nodeValue[node]) }
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
            guard next < text.count, let child = child(of: node, text[next].value) else { break }
            if next > index { skipped = true }
            node = Int(child)
            index = next + 1
            if nodeValue[node] >= 0, skipped { best = (index - start, nodeValue[node]) }
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
            guard let next = child(of: node, scalar.value) else { return nil }
            node = Int(next)
        }
        let index = nodeValue[node]
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
