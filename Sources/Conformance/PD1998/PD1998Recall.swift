import Foundation
import Extraction
import FactCore

/// Recall of the People's Daily 1998 numeral and date tokens by our rows.
///
/// Every article of `corpora/pd1998/text` is extracted with `allNumbers: true` and its
/// own date as publication date (from the article id). Then:
///
/// - **numerals**: every `m` token that contains a digit — ASCII, full-width, or a Chinese
///   numeral digit (〇 ○ 零 一 … 九 十 两 兩, 廿 卅, and the financial 壹 … 拾) — counts as
///   recalled when any of our rows (a figure of any kind, a `number`, an ordinal, or a date)
///   overlaps it. Tokens of magnitudes only (`万`, `千`) and words without digits (`多`, `几`,
///   `许多`) are not counted. They are reported in three classes: `arabic` (an Arabic or
///   full-width digit), `chinese` (Chinese numeral material only: digits, magnitudes, 第, 点,
///   分之, 多, 余, 几, 半), and `word` (a Chinese digit inside a word that PKU tags `m`: `一个`,
///   `一些`, `十分`, `一下`; the guidelines keep most of these out of the facts).
/// - **dates**: every `t` token that names a year, month or day — `…年`, `…月` or `…日` after a
///   numeral that holds a digit (`１９９７年`, `十二月`, `３１日`; not `百日`), or a calendar word for a year, month or day
///   (`今年`, `去年`, `上月`, `次日`, `元月`; the list is ``PD1998Recall/calendarWords``) —
///   counts as recalled when a date row overlaps it. Other `t` words ending in 年月日
///   (`新年`, `虎年`, `近日`, `中年`) name no calendar unit and are not counted.
///
/// Misses are grouped by token shape: digits become `9` (runs collapsed), Chinese digits `七`.
public struct PD1998Recall {
    public let corpus: PKUTaggedCorpus
    let lexicons: Lexicons

    /// `t` words naming a year, month or day without a numeral.
    public static let calendarWords: Set<String> = [
        "今年", "去年", "明年", "前年", "上年", "本年", "当年", "次年", "翌年", "来年", "大前年", "上一年", "那年", "前一年",
        "本月", "上月", "下月", "当月", "上个月", "下个月", "元月", "正月", "腊月",
        "今日", "昨日", "明日", "次日", "翌日", "当日", "即日",
    ]

    static let arabicDigits: Set<Unicode.Scalar> = Set("0123456789０１２３４５６７８９".unicodeScalars)
    static let chineseDigits: Set<Unicode.Scalar> = Set("〇○零一二三四五六七八九十两兩廿卅壹贰貳叁參肆伍陆陸柒捌玖拾".unicodeScalars)
    static let magnitudes: Set<Unicode.Scalar> = Set("百千万萬亿億佰仟".unicodeScalars)

    public init(corpus: URL, lexicons: Lexicons? = nil) throws {
        self.corpus = PKUTaggedCorpus(directory: corpus)
        self.lexicons = try lexicons ?? Lexicons.standard()
    }

    /// Runs over every day, or over every `sampleEvery`-th article (1 = all).
    public func run(sampleEvery: Int = 1) throws -> PD1998Report {
        var report = PD1998Report()
        var extractors: [String: Extractor] = [:]
        var articleIndex = 0
        for day in try corpus.days() {
            let (articles, misaligned) = try corpus.articles(day: day)
            report.misaligned += misaligned
            for article in articles {
                defer { articleIndex += 1 }
                guard articleIndex % max(1, sampleEvery) == 0 else { continue }
                report.articles += 1
                let date = article.date.map { CalendarDate(year: $0.year, month: $0.month, day: $0.day) }
                let key = date?.description ?? "-"
                let extractor: Extractor
                if let cached = extractors[key] { extractor = cached } else {
                    extractor = try Extractor(lexicons: lexicons, options: ExtractionOptions(publicationDate: date, allNumbers: true))
                    extractors[key] = extractor
                }
                let facts = try extractor.extract(Document(id: article.id, text: article.text))
                tally(article, facts: facts, into: &report)
            }
        }
        return report
    }

    func tally(_ article: PKUArticle, facts: [Fact], into report: inout PD1998Report) {
        let scalars = Array(article.text.unicodeScalars)
        // Coverage masks: any row, and date rows only.
        var anyRow = [Bool](repeating: false, count: scalars.count + 1)
        var dateRow = [Bool](repeating: false, count: scalars.count + 1)
        for fact in facts {
            for index in fact.span.range where index < scalars.count {
                anyRow[index] = true
                if fact.isDate { dateRow[index] = true }
            }
        }
        for token in article.tokens {
            switch token.tag {
            case "m":
                guard let kind = Self.numeralClass(token.word) else { continue }
                let hit = token.range.contains { anyRow[$0] }
                report.numerals.count(kind, hit: hit, token: token, article: article, scalars: scalars)
            case "t":
                guard let kind = Self.dateClass(token.word) else { continue }
                let hit = token.range.contains { dateRow[$0] }
                report.dates.count(kind, hit: hit, token: token, article: article, scalars: scalars)
            default:
                continue
            }
        }
    }

    /// Numeral material besides digits and magnitudes (分之 is checked as a pair).
    static let numeralAffixes: Set<Unicode.Scalar> = Set("第点點多余餘几幾半来來负負".unicodeScalars)

    /// `arabic` when the word holds an Arabic or full-width digit; `chinese` when it holds a
    /// Chinese numeral digit and nothing but numeral material; `word` when it holds a Chinese
    /// digit among other characters; nil when it holds no digit.
    static func numeralClass(_ word: String) -> String? {
        let scalars = Array(word.unicodeScalars)
        if scalars.contains(where: arabicDigits.contains) { return "arabic" }
        guard scalars.contains(where: chineseDigits.contains) else { return nil }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if chineseDigits.contains(scalar) || magnitudes.contains(scalar) || numeralAffixes.contains(scalar) { index += 1; continue }
            if scalar == "分", index + 1 < scalars.count, scalars[index + 1] == "之" { index += 2; continue }
            return "word"
        }
        return "chinese"
    }

    /// `numbered` (a numeral before 年/月/日), `calendar` (a calendar word), or nil.
    static func dateClass(_ word: String) -> String? {
        let scalars = Array(word.unicodeScalars)
        guard let last = scalars.last, "年月日".unicodeScalars.contains(last) else { return nil }
        if calendarWords.contains(word) { return "calendar" }
        let body = scalars.dropLast()
        if body.contains(where: { arabicDigits.contains($0) || chineseDigits.contains($0) }),
           body.allSatisfy({ arabicDigits.contains($0) || chineseDigits.contains($0) || magnitudes.contains($0) }) {
            return "numbered"
        }
        return nil
    }

    /// The shape of a word for grouping misses: `１２月` → `9月`, `一九九八年` → `七年`, `３．５亿` → `9.9亿`.
    public static func shape(_ word: String) -> String {
        var result = ""
        var last: Character?
        for scalar in word.unicodeScalars {
            let mapped: Character
            if arabicDigits.contains(scalar) { mapped = "9" }
            else if chineseDigits.contains(scalar) { mapped = "七" }
            else if scalar == "．" { mapped = "." }
            else if scalar == "％" { mapped = "%" }
            else { mapped = Character(scalar) }
            if (mapped == "9" || mapped == "七"), mapped == last { continue }
            result.append(mapped)
            last = mapped
        }
        return result
    }
}

/// Token counts and misses of one measurement (numerals or dates).
public struct RecallTally: Sendable {
    public struct Miss: Sendable {
        public var word: String
        public var context: String
        public var article: String
    }

    /// Tokens and hits per class (`arabic`, `chinese`; `numbered`, `calendar`).
    public var tokens: [String: Int] = [:]
    public var recalled: [String: Int] = [:]
    /// Misses by shape, with up to three examples each.
    public var missesByShape: [String: (count: Int, examples: [Miss])] = [:]

    public var total: Int { tokens.values.reduce(0, +) }
    public var hits: Int { recalled.values.reduce(0, +) }
    public var recall: Double { total == 0 ? 1 : Double(hits) / Double(total) }

    public func recall(of kind: String) -> Double {
        let n = tokens[kind] ?? 0
        return n == 0 ? 1 : Double(recalled[kind] ?? 0) / Double(n)
    }

    mutating func count(_ kind: String, hit: Bool, token: PKUToken, article: PKUArticle, scalars: [Unicode.Scalar]) {
        tokens[kind, default: 0] += 1
        if hit { recalled[kind, default: 0] += 1; return }
        let shape = PD1998Recall.shape(token.word)
        var entry = missesByShape[shape] ?? (0, [])
        entry.count += 1
        if entry.examples.count < 3 {
            let from = max(0, token.range.lowerBound - 8), to = min(scalars.count, token.range.upperBound + 8)
            var context = String(String.UnicodeScalarView(scalars[from..<token.range.lowerBound]))
            context += "[" + token.word + "]"
            context += String(String.UnicodeScalarView(scalars[token.range.upperBound..<to]))
            entry.examples.append(Miss(word: token.word, context: context.replacingOccurrences(of: "\n", with: " "), article: article.id))
        }
        missesByShape[shape] = entry
    }
}

/// The outcome of ``PD1998Recall/run(sampleEvery:)``.
public struct PD1998Report: Sendable {
    public var articles = 0
    /// Tokens that could not be placed at the cursor of their article's text.
    public var misaligned = 0
    public var numerals = RecallTally()
    public var dates = RecallTally()

    public var table: String {
        func line(_ name: String, _ tally: RecallTally, _ kinds: [String]) -> [String] {
            var lines = [String(format: "%@ %6d tokens, %6d recalled: %.2f%% (target 97%%)", name.padding(toLength: 22, withPad: " ", startingAt: 0),
                                tally.total, tally.hits, tally.recall * 100)]
            for kind in kinds {
                lines.append(String(format: "  %@ %6d tokens, %6d recalled: %.2f%%", kind.padding(toLength: 20, withPad: " ", startingAt: 0),
                                    tally.tokens[kind] ?? 0, tally.recalled[kind] ?? 0, tally.recall(of: kind) * 100))
            }
            return lines
        }
        var lines = ["People's Daily 1998-01 (\(articles) articles, \(misaligned) tokens misaligned)"]
        lines += line("m tokens with a digit", numerals, ["arabic", "chinese", "word"])
        lines += line("t tokens 年/月/日", dates, ["numbered", "calendar"])
        return lines.joined(separator: "\n")
    }

    /// Misses grouped by shape, largest groups first.
    public func missListing(limit: Int) -> String {
        func listing(_ title: String, _ tally: RecallTally) -> [String] {
            var lines = ["== \(title) misses by shape (\(tally.total - tally.hits))"]
            for (shape, entry) in tally.missesByShape.sorted(by: { ($0.value.count, $1.key) > ($1.value.count, $0.key) }).prefix(limit) {
                lines.append("\(entry.count)\t\(shape)\t" + entry.examples.map(\.context).joined(separator: " | "))
            }
            return lines
        }
        return (listing("numerals", numerals) + listing("dates", dates)).joined(separator: "\n")
    }

    public var json: String {
        func object(_ tally: RecallTally) -> String {
            let kinds = tally.tokens.keys.sorted().map { "\"\($0)\": {\"tokens\": \(tally.tokens[$0] ?? 0), \"recalled\": \(tally.recalled[$0] ?? 0)}" }
            return "{\"tokens\": \(tally.total), \"recalled\": \(tally.hits), " + kinds.joined(separator: ", ") + "}"
        }
        return "{\"articles\": \(articles), \"misaligned\": \(misaligned), \"numerals\": \(object(numerals)), \"dates\": \(object(dates))}"
    }
}

extension PD1998Recall {
    /// The class a `t` word is counted in (`numbered`, `calendar`), or nil.
    public static func dateClassForTesting(_ word: String) -> String? { dateClass(word) }
    /// The class an `m` word is counted in (`arabic`, `chinese`), or nil.
    public static func numeralClassForTesting(_ word: String) -> String? { numeralClass(word) }
}
