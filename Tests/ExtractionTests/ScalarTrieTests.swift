import Testing
@testable import Extraction

@Suite struct ScalarTrieTests {
    @Test func longestMatchPrefersTheLongestWord() {
        var trie = ScalarTrie<String>()
        trie.insert("亿", "magnitude")
        trie.insert("亿元", "CNY")
        trie.insert("亿元人民币", "CNY-long")
        let text = Array("962.8亿元人民币，".unicodeScalars)
        #expect(trie.longestMatch(in: text, at: 5)?.length == 5)
        #expect(trie.longestMatch(in: text, at: 5, limit: 8)?.value == "CNY")
        #expect(trie.longestMatch(in: text, at: 5, limit: 6)?.value == "magnitude")
        #expect(trie.longestMatch(in: text, at: 4) == nil)
        #expect(trie.longestMatch(in: text, endingAt: 7)?.value == "CNY")
        #expect(trie.value(of: "亿元".unicodeScalars) == "CNY")
        #expect(trie.value(of: "元".unicodeScalars) == nil)
        trie.insert("亿元", "replaced")
        #expect(trie.value(of: "亿元".unicodeScalars) == "replaced")
        #expect(trie.count == 3)
        #expect(trie.maxLength == 5)
    }

    /// Thousands of words (the edge table grows many times) are all found, and nothing else is.
    @Test func manyWordsSurviveTableGrowth() {
        var generator = SystemRandomNumberGenerator()
        var words = Set<String>()
        while words.count < 5000 {
            let length = Int.random(in: 1...6, using: &generator)
            var view = String.UnicodeScalarView()
            for _ in 0..<length { view.append(Unicode.Scalar(UInt32.random(in: 0x4E00...0x4E40, using: &generator))!) }
            words.insert(String(view))
        }
        var trie = ScalarTrie<Int>()
        for (index, word) in words.sorted().enumerated() { trie.insert(word, index) }
        for (index, word) in words.sorted().enumerated() {
            #expect(trie.value(of: word.unicodeScalars) == index)
            #expect(trie.longestMatch(in: Array(word.unicodeScalars), at: 0)?.length == word.unicodeScalars.count)
        }
        #expect(trie.value(of: "𠮷".unicodeScalars) == nil)
        #expect(trie.value(of: "\u{4E41}".unicodeScalars) == nil)
        trie.insert("𠮷野家", -1)
        #expect(trie.longestMatch(in: Array("𠮷野家".unicodeScalars), at: 0)?.value == -1)
    }
}
