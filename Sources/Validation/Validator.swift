import FactCore

/// Runs the rules of ``RuleCatalog`` over facts: the document rules over
/// each document, the corpus rules over all of them when asked.
///
/// ```swift
/// let validator = try Validator.standard()
/// let findings = validator.validate(document: facts)      // one document
/// let all = validator.validate(documents: batches, corpus: true)
/// ```
public struct Validator: Sendable {
    public let context: ValidationContext
    public let documentRules: [any DocumentRule]
    public let corpusRules: [any CorpusRule]

    public init(cues: ValidationCues, thresholds: Thresholds = RuleCatalog.thresholds,
                reference: ReferenceTable? = nil) {
        context = ValidationContext(cues: cues, thresholds: thresholds, reference: reference)
        var rules: [any DocumentRule] = [
            PartWholeRule(), ShareConsistencyRule(), SumTotalRule(), RateOfChangeRule(), ShareRangeRule(),
            NegativeQuantityRule(), MagnitudeSlipRule(), SamePeriodConflictRule(), NestedPeriodRule(),
            CumulativeShrinkRule(),
        ]
        if reference != nil { rules.append(ReferenceRule()) }
        documentRules = rules
        corpusRules = [CorpusConflictRule()]
    }

    /// A validator with the project's cue lexicon.
    public static func standard(reference: ReferenceTable? = nil) throws(CueLexiconError) -> Validator {
        Validator(cues: try ValidationCues.standard(), reference: reference)
    }

    /// The analysis the rules see for one document's facts.
    public func analyze(document: String, facts: [Fact]) -> DocumentAnalysis {
        DocumentAnalysis(document: document, facts: facts, cues: context.cues, thresholds: context.thresholds)
    }

    /// Findings for the facts of one document (the document of the first fact).
    public func validate(document facts: [Fact]) -> [Finding] {
        let analysis = analyze(document: facts.first?.span.document ?? "", facts: facts)
        return Self.sorted(documentRules.flatMap { $0.check(analysis, context: context) })
    }

    /// Findings for several documents: document rules per document, in the
    /// order given, then (with `corpus`) the corpus rules over all of them.
    public func validate(documents: [[Fact]], corpus: Bool) -> [Finding] {
        let analyses = documents.map { analyze(document: $0.first?.span.document ?? "", facts: $0) }
        var findings: [Finding] = []
        for analysis in analyses {
            findings += Self.sorted(documentRules.flatMap { $0.check(analysis, context: context) })
        }
        if corpus {
            findings += corpusRules.flatMap { $0.check(analyses, context: context) }
        }
        return findings
    }

    /// Findings of the corpus rules alone over several documents.
    public func validateCorpus(_ documents: [[Fact]]) -> [Finding] {
        let analyses = documents.map { analyze(document: $0.first?.span.document ?? "", facts: $0) }
        return corpusRules.flatMap { $0.check(analyses, context: context) }
    }

    /// Facts split by document, in order of each document's first fact.
    public static func byDocument(_ facts: [Fact]) -> [[Fact]] {
        var order: [String] = []
        var groups: [String: [Fact]] = [:]
        for fact in facts {
            if groups[fact.span.document] == nil { order.append(fact.span.document) }
            groups[fact.span.document, default: []].append(fact)
        }
        return order.map { groups[$0]! }
    }

    /// Text order of the first cited fact, then catalog order of the rule.
    static func sorted(_ findings: [Finding]) -> [Finding] {
        let rank = Dictionary(uniqueKeysWithValues: RuleCatalog.all.enumerated().map { ($1.id, $0) })
        return findings.enumerated().sorted { a, b in
            let x = a.element.facts.map(\.start).min() ?? 0, y = b.element.facts.map(\.start).min() ?? 0
            if x != y { return x < y }
            let r = rank[a.element.rule] ?? 0, s = rank[b.element.rule] ?? 0
            if r != s { return r < s }
            return a.offset < b.offset
        }.map(\.element)
    }
}
