import Foundation
import FactCore

/// The cue words of `Lexicons/validation-cues.tsv`: which words mark a part,
/// a share, a total, a running total, a change and its earlier value, and
/// how metrics are normalised before they are compared.
///
/// Cues are data: the file documents every section. ``standard()`` loads the
/// project's file (the folder of ``defaultDirectory``); ``init(contentsOf:)``
/// another.
public struct ValidationCues: Sendable {
    /// The lexicon's file name inside a lexicon folder.
    public static let fileName = "validation-cues.tsv"

    /// The sections the file must have.
    public static let sectionNames = [
        "part-of", "share", "total", "cumulative", "change", "net", "change-target", "base", "base-difference", "not-cue",
        "as-of", "share-link", "share-metric", "metric-prefix", "metric-suffix", "classifier-class", "clause-break",
    ]

    /// The file read (a path, or the name given to ``init(text:file:)``).
    public let file: String
    public let partOf: CueSet
    public let share: CueSet
    /// Column 1: `sum` or `cumulative`.
    public let total: CueSet
    public let cumulative: CueSet
    /// Column 1: `up`, `down` or `any`; column 2: `rate` for words naming a rate (增速).
    public let change: CueSet
    /// Before a stock at a point in time (截至).
    public let asOf: CueSet
    /// Net figures and balances (净, 顺差), whose parts may exceed them.
    public let net: CueSet
    public let changeTarget: CueSet
    public let base: CueSet
    /// After a [base] cue: an amount of change (比年初新增).
    public let baseDifference: CueSet
    /// May stand between a share cue and the share (占比为).
    public let shareLink: CueSet
    public let notCue: CueSet
    public let shareMetric: CueSet
    /// Longest first.
    public let metricPrefixes: [String]
    /// Longest first.
    public let metricSuffixes: [String]
    public let clauseBreaks: Set<Unicode.Scalar>
    /// Count classifier → the first classifier of its [classifier-class] line.
    public let classifierClasses: [String: String]

    /// Reads the lexicon file at `url`.
    public init(contentsOf url: URL) throws(CueLexiconError) {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw CueLexiconError(file: url.path, line: nil,
                                  reason: "cannot read cue lexicon (\(error.localizedDescription))")
        }
        try self.init(text: text, file: url.path)
    }

    /// Parses lexicon text; `file` names it in errors.
    public init(text: String, file: String) throws(CueLexiconError) {
        self.file = file
        var sections: [String: [CueWord]] = [:]
        let lexicon = try LexiconText(text, file: file)
        for header in lexicon.headers {
            guard Self.sectionNames.contains(header.name) else {
                throw CueLexiconError(file: file, line: header.line, reason: "unknown section [\(header.name)]")
            }
            sections[header.name, default: []] = sections[header.name] ?? []
        }
        for row in lexicon.rows {
            guard let section = row.section else {
                throw CueLexiconError(file: file, line: row.line, reason: "word before any [section]")
            }
            let word = row.fields[0]
            let columns = Array(row.fields.dropFirst())
            switch section {
            case "total":
                guard columns.first == "sum" || columns.first == "cumulative" else {
                    throw CueLexiconError(file: file, line: row.line, reason: "total cue needs column sum or cumulative")
                }
            case "change":
                guard ["up", "down", "any"].contains(columns.first ?? "") else {
                    throw CueLexiconError(file: file, line: row.line, reason: "change cue needs column up, down or any")
                }
                if columns.count > 1, columns[1] != "rate", !columns[1].isEmpty {
                    throw CueLexiconError(file: file, line: row.line, reason: "third column of a change cue must be rate")
                }
            case "clause-break":
                guard word.unicodeScalars.count == 1 else {
                    throw CueLexiconError(file: file, line: row.line, reason: "a clause break is one character")
                }
            default:
                break
            }
            sections[section, default: []].append(CueWord(word, columns: columns))
        }
        for name in Self.sectionNames where sections[name] == nil {
            throw CueLexiconError(file: file, line: nil, reason: "missing section [\(name)]")
        }
        func set(_ name: String) -> CueSet { CueSet(sections[name] ?? []) }
        partOf = set("part-of")
        share = set("share")
        total = set("total")
        cumulative = set("cumulative")
        change = set("change")
        changeTarget = set("change-target")
        base = set("base")
        baseDifference = set("base-difference")
        shareLink = set("share-link")
        asOf = set("as-of")
        net = set("net")
        notCue = set("not-cue")
        shareMetric = set("share-metric")
        metricPrefixes = set("metric-prefix").words.map(\.word)
        metricSuffixes = set("metric-suffix").words.map(\.word)
        clauseBreaks = Set((sections["clause-break"] ?? []).compactMap { $0.word.unicodeScalars.first })
        var classes: [String: String] = [:]
        for row in sections["classifier-class"] ?? [] {
            for classifier in [row.word] + row.columns where !classifier.isEmpty { classes[classifier] = row.word }
        }
        classifierClasses = classes
    }

    /// The folder holding the project's lexicons: `$ZHFACTS_LEXICONS` when
    /// set (as for the extractor), else `Lexicons/` of the package checkout
    /// this module was built from.
    public static var defaultDirectory: URL {
        if let override = ProcessInfo.processInfo.environment["ZHFACTS_LEXICONS"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Validation
            .deletingLastPathComponent()  // Sources
            .deletingLastPathComponent()  // package root
            .appendingPathComponent("Lexicons")
    }

    /// The cue lexicon of ``defaultDirectory``, loaded once per process.
    public static func standard() throws(CueLexiconError) -> ValidationCues {
        switch cachedStandard {
        case .success(let cues): return cues
        case .failure(let error): throw error
        }
    }

    private static let cachedStandard: Result<ValidationCues, CueLexiconError> = {
        do throws(CueLexiconError) {
            return .success(try ValidationCues(contentsOf: defaultDirectory.appendingPathComponent(fileName)))
        } catch {
            return .failure(error)
        }
    }()

    /// What a fact counts in: its unit code and kind, and for counts the
    /// class of its classifier (`家`, `人次`; `名` and `人` are one class).
    public func unitKey(of fact: Fact) -> String {
        var key = (fact.unit ?? "") + "/" + fact.kind.rawValue
        if fact.kind == .count, let classifier = fact.unitText, !classifier.isEmpty {
            key += "/" + (classifierClasses[classifier] ?? classifier)
        }
        return key
    }

    /// Matches of `set` in `text[range]`, with [not-cue] words hiding cues.
    public func matches(_ set: CueSet, in text: [Unicode.Scalar], range: Range<Int>) -> [CueMatch] {
        set.matches(in: text, range: range, hiding: notCue)
    }
}
