import Foundation
import FactCore

/// Every lexicon of `Lexicons/`, loaded and compiled once.
///
/// Lexicons are data, not code: adding a unit or a non-numeral word is a
/// one-line change in a file of `Lexicons/`. ``Lexicons/standard`` loads the
/// project's folder (found next to the sources, or through the
/// `ZHFACTS_LEXICONS` environment variable); ``init(directory:)`` loads another.
///
/// A class, so that the recognisers of every document share one instance
/// instead of copying thirty tables; every property is immutable.
public final class Lexicons: Sendable {
    let units: ScalarTrie<UnitEntry>
    let qualifierPrefixes: ScalarTrie<QualifierEntry>
    let qualifierInfixes: ScalarTrie<QualifierEntry>
    let qualifierSuffixes: ScalarTrie<QualifierEntry>
    let qualifiersAfterUnit: ScalarTrie<QualifierEntry>
    /// Qualifiers only before a bare magnitude (过万, 过亿).
    let magnitudePrefixes: ScalarTrie<QualifierEntry>
    /// Characters before 过 that make a verb with it (通过, 经过): no magnitude qualifier there.
    let guoVerbs: ScalarBitmap
    /// Share and rate nouns after which 过 bounds any numeral (占比过20): rate-nouns.txt.
    let rateNouns: ScalarTrie<Bool>
    let nonNumerals: ScalarTrie<Bool>
    let linkWords: ScalarTrie<Bool>
    let modality: ScalarTrie<ModalityScope>
    let relativeYears: ScalarTrie<RelativeYear>
    let deictic: ScalarTrie<DeicticWord>
    /// Relative months (本月, 上月, 当月); the offset is in months.
    let relativeMonths: ScalarTrie<RelativeYear>
    /// Other month names (元月 → 1).
    let monthNames: ScalarTrie<Int>
    /// Year parts: value is `MM-DD` (a day), `MM` (a month), `MM/MM` (a span) or `year`.
    let yearParts: ScalarTrie<String>
    /// Month parts: `last`, `month`.
    let monthParts: ScalarTrie<String>
    /// Words before N个月 after a year: `first`, `last` or `nth` (前, 最后, 第).
    let monthCounts: ScalarTrie<String>
    /// Named periods (十四五 → 2021/2025).
    let periods: ScalarTrie<String>
    let periodFollowers: ScalarTrie<Bool>
    let rangeJoiners: ScalarTrie<Bool>
    /// Centuries relative to the publication date (上世纪 → -1), before a decade.
    let relativeCenturies: ScalarTrie<RelativeYear>
    /// Weekday names that may follow a full date (星期一, 周五).
    let weekdays: ScalarTrie<Bool>
    /// Words after which a bare `N号` is a day (晚上, 起).
    let dayFollowers: ScalarTrie<Bool>
    /// Words before a bare `N号` at the end of a clause that make it a day (的, 定于).
    let dayLeaders: ScalarTrie<Bool>
    /// Year parts read only after a year (前半年: alone it is mostly 提前半年).
    let yearPartsAfterYear: ScalarTrie<Bool>
    /// Year parts that alone stand for the year the text has fixed, as a time anchor (全年).
    let yearPartAnchors: ScalarTrie<Bool>
    /// Public holidays ([holiday] of date-words.tsv, also in ``yearParts``): word → holiday.
    let holidays: ScalarTrie<String>
    /// Words for the holiday the text named (假期期间): [holiday-reference].
    let holidayReferences: ScalarTrie<Bool>
    /// Parts of a day after a day (凌晨, 夜间): [day-period].
    let dayPeriods: ScalarTrie<Bool>
    /// 和, 与: the joiner of a pair of dates that a ``betweenWords`` word closes into a range.
    let pairJoiners: ScalarTrie<Bool>
    /// 之间, 间: closes a pair of dates into a range.
    let betweenWords: ScalarTrie<Bool>
    /// 之后 (`after`) and 之前 (`before`): the words of an open pair of dates (2010年之后2018年之前).
    let openPairWords: ScalarTrie<String>
    /// Words that contain a date word but are not dates (体现在).
    let notDates: ScalarTrie<Bool>
    /// Report names (报告, 年报, 公报) and the verbs that publish them (发布, 披露): a date
    /// between the two dates the report's title.
    let reportNouns: ScalarTrie<Bool>
    let reportVerbs: ScalarTrie<Bool>
    /// Words for the period of the report the text has named (报告期内).
    let reportPeriods: ScalarTrie<Bool>
    /// Verbs that, between a date and 的, make it the date of an event (出台, 成立).
    let eventVerbs: ScalarTrie<Bool>
    /// First characters of every date-word lexicon the date recogniser starts a match with.
    let dateWordStarts: ScalarBitmap
    /// Where the date recogniser's scan stops to look: ASCII digits, and ideographs that
    /// are numeral characters or first characters of date words (code points above the
    /// BMP pass to the full test).
    let dateScanStarts: ScalarBitmap
    let metricHeads: ScalarTrie<Bool>
    let metricHeadSuffixes: ScalarBitmap
    let metricStripPrefixes: ScalarTrie<Bool>
    /// Words that begin with a strip prefix and keep it (在建, 到访).
    let metricPrefixWords: ScalarTrie<Bool>
    /// Words that begin with 比 or 较 but open no comparison (比例, 比亚迪).
    let notComparisons: ScalarTrie<Bool>
    let placeSuffixes: ScalarBitmap
    let metricStops: ScalarTrie<Bool>
    let changeVerbs: ScalarTrie<Bool>
    /// Verbs that bound metric phrases (科学城建成人才公寓 → 人才公寓).
    let metricVerbs: ScalarTrie<Bool>
    /// Adverbs and particles dropped from the end of a metric.
    let metricTrailing: ScalarTrie<Bool>
    /// Words that open a phrase kept across its 的 (归属于上市公司股东的净利润): [de-opener].
    let metricDeOpeners: ScalarTrie<Bool>
    /// Adverbs inside a phrase after which the measure starts (东站累计发送旅客): [cut-after].
    let metricCutAfter: ScalarTrie<Bool>
    /// Comparative verbs after the measure a rate compares (增速高于全省平均水平): [comparative].
    let metricComparatives: ScalarTrie<Bool>
    /// Currency names that may stand before a numeral (人民币, 新臺幣).
    let currencyPrefixes: ScalarTrie<UnitEntry>
    /// Words that let a `cued` unit of their kind count in their sentence (温度 for 85度).
    let unitCues: ScalarTrie<FactKind>
    let moneyCues: ScalarTrie<Bool>
    let regionCues: ScalarTrie<String>
    /// Characters of Traditional-script text (one-character words: test with `mayStart(with:)`).
    let traditionalCharacters: ScalarTrie<Bool>
    let designations: ScalarTrie<Bool>
    /// Financial digits that are numerals also when they stand alone (叁, 玖; not 伍 or 陆).
    let loneDigits: ScalarBitmap
    /// Characters before 俩 that make it "the two of" (他俩, 哥俩), not the digit 2.
    let twoOf: ScalarBitmap
    /// Words joining a lower and an upper bound into one range (并且, 的同时).
    let boundJoiners: ScalarTrie<Bool>

    /// The directory the lexicons were read from.
    public let directory: URL

    /// Loads every lexicon file of `directory`.
    public init(directory: URL) throws(LexiconError) {
        self.directory = directory
        let unitFile = try LexiconFile(named: "units.tsv", in: directory)
        let classifierFile = try LexiconFile(named: "classifiers.tsv", in: directory)
        var units = ScalarTrie<UnitEntry>()
        for row in classifierFile.rows() {
            let flags = Set(row.fields.dropFirst().flatMap { $0.split(separator: " ").map(String.init) })
            units.insert(row.fields[0], UnitEntry(surface: row.fields[0], code: "count", kind: .count,
                                                  afterMagnitudeOnly: false, regional: false,
                                                  article: flags.contains("article"),
                                                  nameSuffix: flags.contains("name-suffix")))
        }
        for row in unitFile.rows() {
            let code = try unitFile.field(1, of: row, "unit code")
            let kindName = try unitFile.field(2, of: row, "kind")
            guard let kind = FactKind(rawValue: kindName) else {
                throw unitFile.error(row, "unknown kind '\(kindName)'")
            }
            let flags = Set(row.fields.dropFirst(3).flatMap { $0.split(separator: " ").map(String.init) })
            units.insert(row.fields[0], UnitEntry(surface: row.fields[0], code: code, kind: kind,
                                                  afterMagnitudeOnly: flags.contains("after-magnitude"),
                                                  regional: flags.contains("region"),
                                                  article: false, nameSuffix: false,
                                                  compoundOnly: flags.contains("compound-only"),
                                                  endsWord: flags.contains("word-end"),
                                                  cued: flags.contains("cued")))
        }
        self.units = units
        var currencyPrefixes = ScalarTrie<UnitEntry>()
        for row in unitFile.rows() where row.fields.count > 3 && row.fields[3].contains("prefix") {
            if let entry = units.value(of: row.fields[0].unicodeScalars) { currencyPrefixes.insert(row.fields[0], entry) }
        }
        self.currencyPrefixes = currencyPrefixes
        let cueFile = try LexiconFile(named: "unit-cues.tsv", in: directory)
        var unitCues = ScalarTrie<FactKind>()
        for row in cueFile.rows() {
            let kindName = try cueFile.field(1, of: row, "kind")
            guard let kind = FactKind(rawValue: kindName) else { throw cueFile.error(row, "unknown kind '\(kindName)'") }
            unitCues.insert(row.fields[0], kind)
        }
        self.unitCues = unitCues

        let qualifierFile = try LexiconFile(named: "qualifiers.tsv", in: directory)
        var prefixes = ScalarTrie<QualifierEntry>(), infixes = ScalarTrie<QualifierEntry>(), suffixes = ScalarTrie<QualifierEntry>()
        var afterUnit = ScalarTrie<QualifierEntry>()
        var magnitudePrefixes = ScalarTrie<QualifierEntry>()
        for row in qualifierFile.rows() {
            let className = try qualifierFile.field(1, of: row, "approx class")
            let positionName = try qualifierFile.field(2, of: row, "position")
            guard let approx = Approximation(rawValue: className) else {
                throw qualifierFile.error(row, "unknown approx class '\(className)'")
            }
            guard let position = QualifierEntry.Position(rawValue: positionName) else {
                throw qualifierFile.error(row, "unknown position '\(positionName)'")
            }
            let entry = QualifierEntry(surface: row.fields[0], approx: approx, position: position)
            switch position {
            case .prefix: prefixes.insert(entry.surface, entry)
            case .infix: infixes.insert(entry.surface, entry)
            case .suffix: suffixes.insert(entry.surface, entry)
            case .afterUnit: afterUnit.insert(entry.surface, entry)
            case .magnitudePrefix: magnitudePrefixes.insert(entry.surface, entry)
            }
        }
        qualifiersAfterUnit = afterUnit
        qualifierPrefixes = prefixes
        qualifierInfixes = infixes
        qualifierSuffixes = suffixes
        self.magnitudePrefixes = magnitudePrefixes

        nonNumerals = try Lexicons.wordSet(LexiconFile(named: "non-numerals.txt", in: directory).words())
        linkWords = try Lexicons.wordSet(LexiconFile(named: "link-words.txt", in: directory).words())
        moneyCues = try Lexicons.wordSet(LexiconFile(named: "money-cues.txt", in: directory).words())
        designations = try Lexicons.wordSet(LexiconFile(named: "designations.tsv", in: directory).words())
        loneDigits = try Lexicons.characterSet(named: "lone-digits.txt", in: directory)
        twoOf = try Lexicons.characterSet(named: "two-of.txt", in: directory)
        boundJoiners = try Lexicons.wordSet(LexiconFile(named: "bound-joiners.txt", in: directory).words())
        guoVerbs = try Lexicons.characterSet(named: "guo-verbs.txt", in: directory)
        rateNouns = try Lexicons.wordSet(LexiconFile(named: "rate-nouns.txt", in: directory).words())

        let modalityFile = try LexiconFile(named: "modality.tsv", in: directory)
        var modality = ScalarTrie<ModalityScope>()
        for row in modalityFile.rows() {
            let scopeName = try modalityFile.field(1, of: row, "scope")
            guard let scope = ModalityScope(rawValue: scopeName) else {
                throw modalityFile.error(row, "unknown scope '\(scopeName)'")
            }
            modality.insert(row.fields[0], scope)
        }
        self.modality = modality

        let dateFile = try LexiconFile(named: "date-words.tsv", in: directory)
        relativeYears = try Lexicons.relativeMap(dateFile, "relative-year")
        relativeMonths = try Lexicons.relativeMap(dateFile, "relative-month")
        relativeCenturies = try Lexicons.relativeMap(dateFile, "relative-century")
        var monthNames = ScalarTrie<Int>()
        for row in dateFile.rows(in: "month-name") {
            guard let month = Int(try dateFile.field(1, of: row, "month")), (1...12).contains(month) else {
                throw dateFile.error(row, "bad month number")
            }
            monthNames.insert(row.fields[0], month)
        }
        self.monthNames = monthNames
        var deictic = ScalarTrie<DeicticWord>()
        for row in dateFile.rows(in: "deictic") {
            let anchorName = try dateFile.field(1, of: row, "anchor")
            guard let anchor = RelativeYear.Anchor(rawValue: anchorName) else {
                throw dateFile.error(row, "bad anchor '\(anchorName)'")
            }
            let offset = row.fields.count > 2 ? Int(row.fields[2]) ?? 0 : 0
            deictic.insert(row.fields[0], DeicticWord(anchor: anchor, dayOffset: offset))
        }
        self.deictic = deictic
        var yearParts = try Lexicons.valueMap(dateFile, "year-part")
        var holidays = ScalarTrie<String>()
        for row in dateFile.rows(in: "holiday") {
            yearParts.insert(row.fields[0], try dateFile.field(1, of: row, "part of the year"))
            holidays.insert(row.fields[0], try dateFile.field(2, of: row, "holiday"))
        }
        self.yearParts = yearParts
        self.holidays = holidays
        holidayReferences = Lexicons.wordSet(dateFile.words(in: "holiday-reference"))
        dayPeriods = Lexicons.wordSet(dateFile.words(in: "day-period"))
        monthParts = try Lexicons.valueMap(dateFile, "month-part")
        monthCounts = try Lexicons.valueMap(dateFile, "month-count")
        periods = try Lexicons.valueMap(dateFile, "period")
        periodFollowers = Lexicons.wordSet(dateFile.words(in: "period-follower"))
        rangeJoiners = Lexicons.wordSet(dateFile.words(in: "range-joiner"))
        weekdays = Lexicons.wordSet(dateFile.words(in: "weekday"))
        dayFollowers = Lexicons.wordSet(dateFile.words(in: "day-follower"))
        dayLeaders = Lexicons.wordSet(dateFile.words(in: "day-leader"))
        yearPartsAfterYear = Lexicons.wordSet(dateFile.rows(in: "year-part").filter { $0.fields.dropFirst(2).contains("after-year") }.map { $0.fields[0] })
        yearPartAnchors = Lexicons.wordSet(dateFile.rows(in: "year-part").filter { $0.fields.dropFirst(2).contains("anchor") }.map { $0.fields[0] })
        pairJoiners = Lexicons.wordSet(dateFile.words(in: "pair-joiner"))
        betweenWords = Lexicons.wordSet(dateFile.words(in: "between"))
        openPairWords = try Lexicons.valueMap(dateFile, "open-pair")
        notDates = Lexicons.wordSet(dateFile.words(in: "not-date"))
        reportNouns = Lexicons.wordSet(dateFile.words(in: "report-noun"))
        reportVerbs = Lexicons.wordSet(dateFile.words(in: "report-verb"))
        reportPeriods = Lexicons.wordSet(dateFile.words(in: "report-period"))
        eventVerbs = Lexicons.wordSet(dateFile.words(in: "event-verb"))

        let metricFile = try LexiconFile(named: "metric-words.tsv", in: directory)
        metricHeads = Lexicons.wordSet(metricFile.words(in: "head"))
        metricHeadSuffixes = ScalarBitmap(metricFile.words(in: "head-suffix").compactMap { $0.unicodeScalars.first })
        metricStripPrefixes = Lexicons.wordSet(metricFile.words(in: "strip-prefix"))
        metricPrefixWords = Lexicons.wordSet(metricFile.words(in: "prefix-word"))
        placeSuffixes = ScalarBitmap(metricFile.words(in: "place-suffix").compactMap { $0.unicodeScalars.first })
        metricStops = Lexicons.wordSet(metricFile.words(in: "stop"))
        changeVerbs = Lexicons.wordSet(metricFile.words(in: "change-verb"))
        metricVerbs = Lexicons.wordSet(metricFile.words(in: "verb"))
        metricTrailing = Lexicons.wordSet(metricFile.words(in: "trailing"))
        metricDeOpeners = Lexicons.wordSet(metricFile.words(in: "de-opener"))
        metricCutAfter = Lexicons.wordSet(metricFile.words(in: "cut-after"))
        metricComparatives = Lexicons.wordSet(metricFile.words(in: "comparative"))
        notComparisons = Lexicons.wordSet(metricFile.words(in: "not-comparison"))

        let regionFile = try LexiconFile(named: "regions.tsv", in: directory)
        var regions = ScalarTrie<String>()
        traditionalCharacters = Lexicons.wordSet(regionFile.words(in: "traditional"))
        for row in regionFile.rows() {
            regions.insert(row.fields[0], try regionFile.field(1, of: row, "currency"))
        }
        regionCues = regions
        dateWordStarts = ScalarBitmap(firstCharactersOf: relativeYears, deictic, yearParts, periods, notDates,
                                      relativeMonths, monthNames, relativeCenturies, holidayReferences, monthCounts,
                                      reportPeriods)
        var scanStarts = ScalarBitmap("0123456789".unicodeScalars)
        for value in UInt32(0x3000)..<0x10000 {
            guard let scalar = Unicode.Scalar(value), scalar.isIdeograph,
                  NumeralScalarSet.contains(scalar) || dateWordStarts.contains(scalar) else { continue }
            scanStarts.insert(scalar)
        }
        scanStarts.insert(Unicode.Scalar(0x10000)!)
        dateScanStarts = scanStarts
    }

    /// A file of one character a line (lone-digits.txt, two-of.txt, guo-verbs.txt) as a bitmap.
    private static func characterSet(named name: String, in directory: URL) throws(LexiconError) -> ScalarBitmap {
        ScalarBitmap(try LexiconFile(named: name, in: directory).words().compactMap { $0.unicodeScalars.first })
    }

    private static func wordSet(_ words: [String]) -> ScalarTrie<Bool> {
        var trie = ScalarTrie<Bool>()
        for word in words { trie.insert(word, true) }
        return trie
    }

    /// A section of `word <TAB> anchor <TAB> offset` rows (relative years, months, centuries).
    private static func relativeMap(_ file: LexiconFile, _ section: String) throws(LexiconError) -> ScalarTrie<RelativeYear> {
        var trie = ScalarTrie<RelativeYear>()
        for row in file.rows(in: section) {
            let anchorName = try file.field(1, of: row, "anchor")
            guard let anchor = RelativeYear.Anchor(rawValue: anchorName),
                  let offset = Int(try file.field(2, of: row, "offset").replacingOccurrences(of: "+", with: ""))
            else { throw file.error(row, "bad \(section) entry") }
            trie.insert(row.fields[0], RelativeYear(anchor: anchor, offset: offset))
        }
        return trie
    }

    private static func valueMap(_ file: LexiconFile, _ section: String) throws(LexiconError) -> ScalarTrie<String> {
        var trie = ScalarTrie<String>()
        for row in file.rows(in: section) {
            trie.insert(row.fields[0], try file.field(1, of: row, "value"))
        }
        return trie
    }
}

extension Lexicons {
    /// The project's `Lexicons/` folder: `$ZHFACTS_LEXICONS` when set, else the
    /// folder beside the executable's `share/zhfacts/Lexicons`, else the
    /// package checkout this module was built from.
    public static var defaultDirectory: URL {
        if let override = ProcessInfo.processInfo.environment["ZHFACTS_LEXICONS"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        let checkout = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Lexicon
            .deletingLastPathComponent()  // Extraction
            .deletingLastPathComponent()  // Sources
            .deletingLastPathComponent()  // package root
            .appendingPathComponent("Lexicons")
        return checkout
    }

    /// The lexicons of ``defaultDirectory``, loaded once per process.
    public static func standard() throws(LexiconError) -> Lexicons {
        switch cachedStandard {
        case .success(let lexicons): return lexicons
        case .failure(let error): throw error
        }
    }

    private static let cachedStandard: Result<Lexicons, LexiconError> = {
        do throws(LexiconError) {
            return .success(try Lexicons(directory: defaultDirectory))
        } catch {
            return .failure(error)
        }
    }()
}
