import Foundation
import Extraction
import FactCore
import Segmentation

/// Word segmentation that starts from ICU's word break and corrects it with what the
/// project knows: the numerals, units and dates the extractor finds, and the words of
/// `Lexicons/`.
///
/// 1. ICU word break, white space dropped. In a style that ``SegmentationStyle/splitsNumeralClassifierWords``,
///    an ICU word made of a Chinese numeral and a classifier of `Lexicons/classifiers.tsv` or a unit of
///    `units.tsv` (`一次`, `百岁`) is cut in two, unless `non-numerals.txt` lists it (`一直`).
/// 2. Every figure and date the extractor finds (with `allNumbers: true`) becomes one word, or
///    several, as the style says: PKU cuts dates after each 年 月 日 号 and keeps a numeral apart
///    from its unit (`20` `公里`, but `90％`); MSR keeps a date and a numeral with its unit whole
///    (`５月１２日`, `２０万元`). A sign right before a numeral (`－5`) and a following `%` `％` `‰` join
///    it. Qualifiers (`约`, `以上`) are never joined. ICU's boundaries inside such a word are
///    dropped, and the word's edges become boundaries.
/// 3. A time of day, a numeral before 时 (not 小时) with minutes and seconds after it, is one word
///    per part (PKU) or one word with a day part before it (`上午`, MSR).
/// 4. Consecutive tokens whose concatenation is a lexicon word (the first column of every
///    `Lexicons/*.tsv` and `*.txt` file, two characters or more) are merged, longest match first;
///    where the style keeps classifiers apart, entries starting with 个 are not used.
/// 5. Runs of dashes and ellipses are one word where the style says so.
///
/// ```swift
/// let segmenter = try LexiconOverlaySegmenter(style: .msr)
/// let text = "产值达６.９５亿吨。"
/// let scalars = Array(text.unicodeScalars)
/// try segmenter.words(in: text).map { String(String.UnicodeScalarView(scalars[$0])) }
/// // ["产值", "达", "６.９５亿吨", "。"]
/// ```
///
/// Offsets are code points of the input; no word starts or ends with white space.
/// Not thread-safe: it owns ICU iterators and an extractor.
public final class LexiconOverlaySegmenter {
    public let style: SegmentationStyle
    private let segmenter: Segmenter
    private let extractor: Extractor
    private let view: FigureView
    private let words: Set<String>
    private let longestWord: Int
    private let classifiers: Set<String>
    private let nonNumerals: Set<String>

    static let dateEnds: Set<Unicode.Scalar> = ["年", "月", "日", "号"]
    static let rangeJoiners: Set<Unicode.Scalar> = ["至", "到", "-", "－", "—", "–", "~", "～"]
    static let digits: Set<Unicode.Scalar> = Set("0123456789０１２３４５６７８９〇○零一二三四五六七八九十两兩百千万亿".unicodeScalars)
    static let arabic: Set<Unicode.Scalar> = Set("0123456789０１２３４５６７８９".unicodeScalars)
    /// What may precede a classifier in a numeral word that PKU splits (`一次`, `几个`, `多年`);
    /// a bare magnitude does not (`百年`, `千年` stay words).
    static let numeralPrefix: Set<Unicode.Scalar> = Set("一二三四五六七八九十两兩百千万几多".unicodeScalars)
    static let numeralDigits: Set<Unicode.Scalar> = Set("一二三四五六七八九两兩几多".unicodeScalars)
    static let signs: Set<Unicode.Scalar> = ["－", "-", "−", "+", "＋"]
    static let percentSigns: Set<Unicode.Scalar> = ["%", "％", "‰"]
    static let timeNouns = ["世纪", "年代", "年度"].map { Array($0.unicodeScalars) }
    static let dayParts = ["上午", "下午", "中午", "晚上", "凌晨", "早上", "清晨", "傍晚", "深夜", "夜间", "今晨", "今晚"]
        .map { Array($0.unicodeScalars) }
    static let dashes: Set<Unicode.Scalar> = ["—", "…", "─"]

    /// - Parameters:
    ///   - lexicons: the extractor's lexicons; their folder also gives the word list.
    ///   - style: how numerals, units and dates form words.
    ///   - extraWords: more words to merge by (never a test corpus's own word list).
    public init(lexicons: Lexicons? = nil, style: SegmentationStyle, extraWords: Set<String> = []) throws {
        let lexicons = try lexicons ?? Lexicons.standard()
        self.style = style
        segmenter = try Segmenter(locale: "zh")
        extractor = try Extractor(lexicons: lexicons, options: ExtractionOptions(allNumbers: true))
        let table = try LexiconTable(directory: lexicons.directory)
        view = FigureView(lexicons: table)
        var all = table.allSurfaces.union(extraWords).filter { $0.unicodeScalars.count >= 2 }
        if !style.joinsUnits { all = all.filter { !$0.hasPrefix("个") && !$0.hasPrefix("個") } }
        words = all
        longestWord = all.map { $0.unicodeScalars.count }.max() ?? 0
        classifiers = Set((table.rows(in: "classifiers.tsv") + table.rows(in: "units.tsv")).map { $0.fields[0] })
            .subtracting(["个", "個"])
        nonNumerals = Set(table.rows(in: "non-numerals.txt").map { $0.fields[0] })
    }

    /// Raw ICU word break, white-space segments dropped: the baseline.
    public func icuWords(in text: String) throws -> [Range<Int>] {
        let scalars = Array(text.unicodeScalars)
        return try segmenter.words(in: scalars[...]).map(\.scalarRange).filter { range in
            !range.allSatisfy { scalars[$0].properties.isWhitespace }
        }
    }

    /// The overlay's words of `text`, in order.
    public func words(in text: String) throws -> [Range<Int>] {
        let scalars = Array(text.unicodeScalars)
        // Token id per code point; -1 for white space outside words.
        var owner = [Int](repeating: -1, count: scalars.count)
        var next = 0
        func assign(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            for index in range { owner[index] = next }
            next += 1
        }
        for range in try icuWords(in: text) {
            if style.splitsNumeralClassifierWords, let cut = numeralClassifierCut(range, scalars) {
                assign(range.lowerBound..<cut)
                assign(cut..<range.upperBound)
            } else {
                assign(range)
            }
        }
        let facts = try extractor.extract(Document(id: "line", text: text))
        for piece in forcedWords(facts, scalars) { assign(piece) }
        for piece in timesOfDay(scalars) { assign(piece) }
        if style.joinsUnits { for piece in numeralTimeNouns(scalars) { assign(piece) } }

        var tokens: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            guard owner[index] >= 0 else { index += 1; continue }
            var end = index + 1
            while end < scalars.count, owner[end] == owner[index] { end += 1 }
            tokens.append(index..<end)
            index = end
        }
        tokens = mergeLexiconWords(tokens, scalars)
        if style.joinsDashRuns { tokens = mergeDashRuns(tokens, scalars) }
        return tokens
    }

    // MARK: - ICU words

    /// Where to cut an ICU word like `一次` (numeral, then classifier), or nil.
    private func numeralClassifierCut(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Int? {
        guard range.count >= 2 else { return nil }
        let word = String(String.UnicodeScalarView(scalars[range]))
        guard !nonNumerals.contains(word), !words.contains(word) else { return nil }
        var cut = range.lowerBound
        while cut < range.upperBound, Self.numeralPrefix.contains(scalars[cut]) { cut += 1 }
        guard cut > range.lowerBound, cut < range.upperBound,
              scalars[range.lowerBound..<cut].contains(where: Self.numeralDigits.contains) else { return nil }
        let rest = String(String.UnicodeScalarView(scalars[cut..<range.upperBound]))
        return classifiers.contains(rest) ? cut : nil
    }

    // MARK: - Words from facts

    func forcedWords(_ facts: [Fact], _ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        // A range joined from two bounds is cut as its two bounds were.
        for fact in facts.flatMap({ view.boundParts(of: $0, in: scalars) }) {
            if fact.isDate {
                // Decades (９０年代, 本世纪７０年代) are left to the 世纪/年代 style rules.
                if fact.rule.hasPrefix("date.decade") { continue }
                if fact.rule.hasPrefix("date.ago") {
                    pieces += agoPieces(fact, scalars)
                } else {
                    pieces += datePieces(fact.span.range, scalars)
                }
            } else if fact.kind == .ordinal {
                var range = fact.span.range
                guard scalars[range.lowerBound] == "第" else { continue }
                if style.joinsUnits, let classifier = classifier(at: range.upperBound, scalars) {
                    range = range.lowerBound..<(range.upperBound + classifier)
                }
                pieces.append(range)
            } else if fact.rule.contains("fraction") || fact.rule.contains("percent-spelled") {
                pieces.append(view.unitSpan(of: fact, in: scalars))
            } else if style.joinsUnits {
                var range = view.unitSpan(of: fact, in: scalars)
                range = withSign(withSuffix(range, scalars), scalars)
                pieces += splitAtJoiners(range, scalars)
            } else {
                var core = withSign(withSuffix(view.numeralSpan(of: fact, in: scalars), scalars), scalars)
                // PKU keeps 一个, 两个 as words: a one-character Chinese numeral with 个 is left to ICU.
                if core.count == 1, fact.unitText == "个" || fact.unitText == "個",
                   Self.numeralDigits.contains(scalars[core.lowerBound]) { continue }
                // PKU keeps 多/余 after an Arabic numeral apart: 1000 多 万.
                if let infix = core.first(where: { $0 > core.lowerBound && (scalars[$0] == "多" || scalars[$0] == "余")
                                                    && Self.arabic.contains(scalars[$0 - 1]) }) {
                    pieces.append(core.lowerBound..<infix)
                    pieces.append(infix..<(infix + 1))
                    core = (infix + 1)..<core.upperBound
                }
                pieces += splitAtJoiners(core, scalars)
            }
        }
        return pieces.filter { !$0.isEmpty }
    }

    /// A following `%`, `％` or `‰` (both styles) and, where units join, 世纪/年代/年度.
    private func withSuffix(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Range<Int> {
        var upper = range.upperBound
        if upper < scalars.count, Self.percentSigns.contains(scalars[upper]) { upper += 1 }
        if style.joinsUnits {
            for noun in Self.timeNouns where upper + noun.count <= scalars.count
                && Array(scalars[upper..<(upper + noun.count)]) == noun {
                upper += noun.count
                break
            }
        }
        return range.lowerBound..<upper
    }

    /// A sign right before the numeral, when no digit or letter precedes the sign.
    private func withSign(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Range<Int> {
        let sign = range.lowerBound - 1
        guard sign >= 0, Self.signs.contains(scalars[sign]), Self.digits.contains(scalars[range.lowerBound]) else { return range }
        if sign > 0, Self.digits.contains(scalars[sign - 1]) || scalars[sign - 1].properties.isAlphabetic && scalars[sign - 1].isASCII {
            return range
        }
        return sign..<range.upperBound
    }

    /// The length of a classifier of the lexicons at `index`, longest first.
    private func classifier(at index: Int, _ scalars: [Unicode.Scalar]) -> Int? {
        for length in stride(from: min(3, scalars.count - index), through: 1, by: -1) {
            let word = String(String.UnicodeScalarView(scalars[index..<(index + length)]))
            if classifiers.contains(word) || word == "个" || word == "個" { return length }
        }
        return nil
    }

    /// Date rows holding a numeral: PKU, one word per part ending in 年 月 日 号; MSR, one word
    /// per end of a range (`去年６月` whole; `１９９７年度` with its 度).
    private func datePieces(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        guard range.contains(where: { Self.digits.contains(scalars[$0]) }) else { return [] }
        let ends = splitAtJoiners(range, scalars)
        guard style.splitsDateParts else {
            return ends.filter { $0.contains { Self.digits.contains(scalars[$0]) } }.map { piece in
                if piece.upperBound < scalars.count, scalars[piece.upperBound - 1] == "年", scalars[piece.upperBound] == "度" {
                    return piece.lowerBound..<(piece.upperBound + 1)
                }
                return piece
            }
        }
        var pieces: [Range<Int>] = []
        for part in ends {
            var start = part.lowerBound
            for index in part where Self.dateEnds.contains(scalars[index]) {
                let piece = start..<(index + 1)
                if Self.digits.contains(scalars[piece.lowerBound]) { pieces.append(piece) }
                start = index + 1
            }
        }
        return pieces
    }

    /// `5年前`: the amount as a figure would be (PKU `5` `年`, MSR `５年`), then 前 or 后 alone.
    private func agoPieces(_ fact: Fact, _ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        let range = fact.span.range
        guard range.count >= 3 else { return [range] }
        let amount = range.lowerBound..<(range.upperBound - 1)
        var pieces: [Range<Int>] = [(range.upperBound - 1)..<range.upperBound]
        if style.joinsUnits {
            pieces.append(amount)
        } else {
            var end = amount.lowerBound
            while end < amount.upperBound, Self.digits.contains(scalars[end]) { end += 1 }
            pieces.append(amount.lowerBound..<end)
        }
        return pieces
    }

    private func splitAtJoiners(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        for index in range where Self.rangeJoiners.contains(scalars[index]) && index > range.lowerBound {
            if start < index { pieces.append(start..<index) }
            start = index + 1
        }
        if start < range.upperBound { pieces.append(start..<range.upperBound) }
        return pieces
    }

    // MARK: - Times of day

    /// `8时`, `30分` (PKU) or `上午９时３０分` (MSR): a numeral right before 时 (not 小时, not 时间/时期).
    func timesOfDay(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var index = 0
        func numeral(at start: Int) -> Int {
            var end = start
            while end < scalars.count, Self.digits.contains(scalars[end]) { end += 1 }
            return end
        }
        while index < scalars.count {
            guard Self.digits.contains(scalars[index]), index == 0 || !Self.digits.contains(scalars[index - 1]) else { index += 1; continue }
            let hourEnd = numeral(at: index)
            guard hourEnd < scalars.count, scalars[hourEnd] == "时", hourEnd - index <= 3,
                  hourEnd + 1 >= scalars.count || !["间", "期", "代", "候", "刻", "节"].contains(scalars[hourEnd + 1])
            else { index = hourEnd; continue }
            var parts = [index..<(hourEnd + 1)]
            var cursor = hourEnd + 1
            for unit in ["分", "秒"] as [Unicode.Scalar] {
                let end = numeral(at: cursor)
                guard end > cursor, end < scalars.count, scalars[end] == unit else { break }
                parts.append(cursor..<(end + 1))
                cursor = end + 1
            }
            if style.joinsTimeOfDay {
                var start = index
                for part in Self.dayParts where start >= part.count && Array(scalars[(start - part.count)..<start]) == part {
                    start -= part.count
                    break
                }
                pieces.append(start..<cursor)
            } else {
                pieces += parts
            }
            index = cursor
        }
        return pieces
    }

    /// `２１世纪`, `９０年代`, `１９９７年度`: a numeral of digits before 世纪, 年代 or 年度 (where units join).
    func numeralTimeNouns(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            guard Self.digits.contains(scalars[index]), index == 0 || !Self.digits.contains(scalars[index - 1]) else { index += 1; continue }
            var end = index
            while end < scalars.count, Self.digits.contains(scalars[end]) { end += 1 }
            for noun in Self.timeNouns where end + noun.count <= scalars.count && Array(scalars[end..<(end + noun.count)]) == noun {
                pieces.append(index..<(end + noun.count))
                end += noun.count
                break
            }
            index = end
        }
        return pieces
    }

    // MARK: - Merges

    private func mergeLexiconWords(_ tokens: [Range<Int>], _ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        guard longestWord >= 2 else { return tokens }
        var result: [Range<Int>] = []
        result.reserveCapacity(tokens.count)
        var i = 0
        while i < tokens.count {
            var best = i
            var j = i + 1
            while j < tokens.count, tokens[j].lowerBound == tokens[j - 1].upperBound,
                  tokens[j].upperBound - tokens[i].lowerBound <= longestWord {
                let candidate = String(String.UnicodeScalarView(scalars[tokens[i].lowerBound..<tokens[j].upperBound]))
                if words.contains(candidate) { best = j }
                j += 1
            }
            result.append(tokens[i].lowerBound..<tokens[best].upperBound)
            i = best + 1
        }
        return result
    }

    private func mergeDashRuns(_ tokens: [Range<Int>], _ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for token in tokens {
            if let last = result.last, last.upperBound == token.lowerBound,
               token.allSatisfy({ Self.dashes.contains(scalars[$0]) }), last.allSatisfy({ Self.dashes.contains(scalars[$0]) }),
               scalars[last.lowerBound] == scalars[token.lowerBound] {
                result[result.count - 1] = last.lowerBound..<token.upperBound
            } else {
                result.append(token)
            }
        }
        return result
    }
}
