import Foundation

/// One token of the PKU-tagged People's Daily corpus, placed in its article's plain text.
public struct PKUToken: Sendable, Hashable {
    /// The word as tagged (`１２月`, `一九九八年`).
    public var word: String
    /// The PKU part-of-speech tag (`m`, `q`, `t`, `nr`, …); the compound label of `[…]nt` is dropped.
    public var tag: String
    /// Half-open code-point range in the article's `text/` file.
    public var range: Range<Int>
}

/// One article of `corpora/pd1998`: its plain text and its tagged tokens, re-aligned.
public struct PKUArticle: Sendable {
    /// `DATE-PAGE-ARTICLE`, the stem of its `text/` file.
    public var id: String
    public var text: String
    public var tokens: [PKUToken]

    /// The article's date, from its id (`19980103-…` → 1998-01-03).
    public var date: (year: Int, month: Int, day: Int)? {
        let digits = id.prefix(8)
        guard digits.count == 8, let value = Int(digits) else { return nil }
        return (value / 10000, (value / 100) % 100, value % 100)
    }
}

/// Reads `tagged/DATE.txt` (one paragraph per line: `YYYYMMDD-PP-AAA-NNN/m  word/tag  …`,
/// compounds as `[word/tag  word/tag]label`) and aligns each token to `text/DATE-PAGE-ARTICLE.txt`.
///
/// The plain text was made by joining a paragraph's words with nothing between them and the
/// paragraphs of an article with a blank line, so alignment walks the text with a cursor:
/// white space is skipped, and each word must then appear at the cursor. A word that does
/// not is searched for a little further on and counted in ``misaligned``.
///
/// ```swift
/// let corpus = PKUTaggedCorpus(directory: shared.pd1998)
/// for article in try corpus.articles(day: "19980101") { print(article.id, article.tokens.count) }
/// ```
public struct PKUTaggedCorpus: Sendable {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// The days of `tagged/` (`19980101` …), sorted.
    public func days() throws(ConformanceError) -> [String] {
        let tagged = directory.appendingPathComponent("tagged")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: tagged.path) else {
            throw .missing(path: tagged.path)
        }
        return names.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// The articles of one day, in file order, with the number of tokens that did not align.
    public func articles(day: String) throws(ConformanceError) -> (articles: [PKUArticle], misaligned: Int) {
        let url = directory.appendingPathComponent("tagged/\(day).txt")
        var grouped: [(id: String, paragraphs: [[(String, String)]], line: Int)] = []
        for (offset, line) in TextFile.lines(try TextFile.read(url)).enumerated() {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard let first = fields.first else { continue }
            let parts = first.split(separator: "/").first?.split(separator: "-") ?? []
            guard parts.count == 4 else {
                throw .malformed(path: url.path, line: offset + 1, reason: "line does not start with a paragraph id")
            }
            let article = parts[0...2].joined(separator: "-")
            let tokens = fields.dropFirst().compactMap(Self.parseToken)
            if grouped.last?.id != article { grouped.append((article, [], offset + 1)) }
            grouped[grouped.count - 1].paragraphs.append(tokens)
        }
        var articles: [PKUArticle] = []
        var misaligned = 0
        for group in grouped {
            let textURL = directory.appendingPathComponent("text/\(group.id).txt")
            let text = try TextFile.read(textURL)
            let (tokens, missed) = Self.align(group.paragraphs.flatMap { $0 }, to: Array(text.unicodeScalars))
            misaligned += missed
            articles.append(PKUArticle(id: group.id, text: text, tokens: tokens))
        }
        return (articles, misaligned)
    }

    /// `word/tag`, `[word/tag`, `word/tag]nt` → (word, tag); nil for a token without a tag.
    static func parseToken(_ raw: Substring) -> (String, String)? {
        var token = raw
        if token.hasPrefix("["), token.count > 1, token.dropFirst().contains("/") { token = token.dropFirst() }
        guard let slash = token.lastIndex(of: "/"), slash != token.startIndex else { return nil }
        let word = token[..<slash]
        var tag = token[token.index(after: slash)...]
        if let bracket = tag.firstIndex(of: "]") { tag = tag[..<bracket] }
        return (String(word), String(tag))
    }

    /// Places each word at the cursor (white space skipped); a word not found within 200
    /// code points is dropped and counted.
    static func align(_ words: [(String, String)], to scalars: [Unicode.Scalar]) -> ([PKUToken], Int) {
        var tokens: [PKUToken] = []
        tokens.reserveCapacity(words.count)
        var cursor = 0
        var missed = 0
        for (word, tag) in words {
            let target = Array(word.unicodeScalars)
            guard !target.isEmpty else { continue }
            while cursor < scalars.count, scalars[cursor].properties.isWhitespace { cursor += 1 }
            var found: Int?
            var probe = cursor
            while probe + target.count <= scalars.count, probe - cursor <= 200 {
                if scalars[probe] == target[0], Array(scalars[probe..<(probe + target.count)]) == target { found = probe; break }
                probe += 1
            }
            guard let start = found else { missed += 1; continue }
            if start != cursor { missed += 1 }
            tokens.append(PKUToken(word: word, tag: tag, range: start..<(start + target.count)))
            cursor = start + target.count
        }
        return (tokens, missed)
    }
}
