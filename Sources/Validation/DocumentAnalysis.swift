import FactCore

/// The facts of one document, grouped by sentence and annotated with the
/// cue words around them; built once and shared by every rule.
///
/// Everything is read from the facts alone (span, text, metric, time and the
/// sentence text), so facts read back from a CSV give the same analysis as
/// facts fresh from the extractor.
public struct DocumentAnalysis: Sendable {
    public let document: String
    /// Facts in text order (dates included; ordinals and bare numerals left out).
    public let facts: [AnalyzedFact]
    public let sentences: [SentenceFacts]
    /// Wholes and their parts (其中, 包括…), in text order.
    public let relations: [PartWholeRelation]

    public init(document: String, facts input: [Fact], cues: ValidationCues, thresholds: Thresholds) {
        self.document = document
        let normalizer = MetricNormalizer(cues: cues, thresholds: thresholds)
        let sorted = input
            .filter { $0.kind != .number && $0.kind != .ordinal }
            .sorted { ($0.span.scalarStart, $0.span.scalarEnd) < ($1.span.scalarStart, $1.span.scalarEnd) }

        // Sentences: by sentence index when known, else by runs of equal sentence text.
        var sentences: [SentenceFacts] = []
        var sentenceOf: [Int] = []
        var previousKey: (Int, String)?
        for (index, fact) in sorted.enumerated() {
            let key = (fact.provenance.sentenceIndex, fact.provenance.sentence)
            let same: Bool
            if let previousKey {
                same = key.0 >= 0 && previousKey.0 >= 0 ? key.0 == previousKey.0 : key.1 == previousKey.1
            } else {
                same = false
            }
            if !same {
                let text = fact.provenance.sentence
                sentences.append(SentenceFacts(text: text, scalars: Array(text.unicodeScalars), members: []))
            }
            sentences[sentences.count - 1].members.append(index)
            sentenceOf.append(sentences.count - 1)
            previousKey = key
        }

        var positions = [Range<Int>?](repeating: nil, count: sorted.count)
        for sentence in sentences {
            let located = SentenceLocator.locate(
                sentence.members.map { (sorted[$0].span.scalarStart, Array(sorted[$0].text.unicodeScalars)) },
                in: sentence.scalars)
            for (member, range) in zip(sentence.members, located) { positions[member] = range }
        }

        var analyzed: [AnalyzedFact] = []
        analyzed.reserveCapacity(sorted.count)
        for (index, fact) in sorted.enumerated() {
            let sentence = sentences[sentenceOf[index]]
            let text = sentence.scalars
            let bounds = ValueBounds.of(fact, thresholds: thresholds)
            let isFigure = fact.value != nil && bounds != nil
            let metricKey = normalizer.key(fact.metric)
            let period = fact.time.flatMap(TimePeriod.init(iso:))
            guard let position = positions[index] else {
                analyzed.append(AnalyzedFact(
                    fact: fact, sentence: sentenceOf[index], position: nil, lead: nil, clause: nil,
                    bounds: bounds, unitKey: cues.unitKey(of: fact), metricKey: metricKey, period: period,
                    change: isFigure && fact.kind == .multiple && fact.text.contains("翻") ? .up : nil, totalKind: nil,
                    isCumulative: fact.metric.map { cues.cumulative.occurs(in: $0) } ?? false,
                    shareCue: nil, isShare: fact.kind == .percent && (fact.metric.map { cues.shareMetric.occurs(in: $0) } ?? false),
                    hasBaseCue: false, isStock: period.map { $0.start == $0.end } ?? false, isDifference: false,
                    isNet: fact.metric.map { cues.net.occurs(in: $0) } ?? false, isChangeEndpoint: false))
                continue
            }
            var clauseStart = position.lowerBound
            while clauseStart > 0, !cues.clauseBreaks.contains(text[clauseStart - 1]) { clauseStart -= 1 }
            // The previous located figure of the sentence, and the previous percent.
            var previousFigureEnd = 0, previousPercentEnd = 0
            for member in sentence.members where member < index {
                guard let other = positions[member], other.upperBound <= position.lowerBound else { continue }
                let otherFact = sorted[member]
                guard otherFact.value != nil, !otherFact.isDate else { continue }
                previousFigureEnd = max(previousFigureEnd, other.upperBound)
                if otherFact.kind == .percent || otherFact.kind == .percentagePoint {
                    previousPercentEnd = max(previousPercentEnd, other.upperBound)
                }
            }
            let lead = max(clauseStart, previousFigureEnd)..<position.lowerBound
            let clause = clauseStart..<position.lowerBound

            // A percent, point or multiple after a [change] cue is a rate; any other
            // figure there is an amount of change (比上年增加1336万吨).
            let isRateKind = Self.rateKinds.contains(fact.kind)
            let changeCue = isFigure ? Self.changeDirection(of: fact, lead: lead, text: text, cues: cues) : nil
            let change = isRateKind ? changeCue : nil
            var isDifference = !isRateKind && changeCue != nil
            // A total cue opens its clause or list item (，合计5000平方米, 、累计发展空间2000亩);
            // 资产总计11.23亿元 or 承担债务合计3.368亿元 only say "in all" of one figure.
            var total: String?
            if let match = cues.matches(cues.total, in: text, range: lead).last {
                var start = match.range.lowerBound
                while start > clause.lowerBound, text[start - 1].properties.isWhitespace { start -= 1 }
                if start == clause.lowerBound || text[start - 1] == "、" { total = match.cue.column(0) }
            }
            let cumulativeInLead = !cues.matches(cues.cumulative, in: text, range: lead).isEmpty
            let cumulativeInMetric = fact.metric.map { cues.cumulative.occurs(in: $0) } ?? false
            var shareCue: Int?
            if fact.kind == .percent, change == nil {
                let range = max(clauseStart, previousPercentEnd)..<position.lowerBound
                shareCue = cues.matches(cues.share, in: text, range: range).last?.range.lowerBound
            }
            let shareMetric = fact.kind == .percent && change == nil
                && ((fact.metric.map { cues.shareMetric.occurs(in: $0) } ?? false)
                    || !cues.matches(cues.shareMetric, in: text, range: lead).isEmpty)
            // A [base] cue marks an earlier value unless a change word follows it
            // (比上年同期增加42.55亿元 is the difference, not the earlier value).
            var hasBase = false
            if let base = cues.matches(cues.base, in: text, range: lead).last {
                let after = base.range.upperBound..<lead.upperBound
                let differs = !cues.matches(cues.change, in: text, range: after).isEmpty
                    || !cues.baseDifference.matches(in: text, range: after, hiding: CueSet([])).isEmpty
                hasBase = !differs
                if differs, !isRateKind { isDifference = true }
            }

            analyzed.append(AnalyzedFact(
                fact: fact, sentence: sentenceOf[index], position: position, lead: lead, clause: clause,
                bounds: bounds, unitKey: cues.unitKey(of: fact), metricKey: metricKey, period: period, change: change,
                totalKind: isFigure ? total : nil,
                isCumulative: isFigure && (cumulativeInLead || cumulativeInMetric),
                shareCue: shareCue, isShare: shareCue != nil || shareMetric, hasBaseCue: hasBase,
                isStock: (period.map { $0.start == $0.end } ?? false) || cumulativeInLead || cumulativeInMetric
                    || !cues.matches(cues.asOf, in: text, range: 0..<position.lowerBound).isEmpty,
                isDifference: isDifference,
                isNet: (fact.metric.map { cues.net.occurs(in: $0) } ?? false)
                    || !cues.matches(cues.net, in: text, range: lead).isEmpty,
                isChangeEndpoint: hasBase || !cues.matches(cues.change, in: text, range: lead).isEmpty))
        }
        self.facts = analyzed
        self.sentences = sentences
        self.relations = Self.relations(facts: analyzed, sentences: sentences, cues: cues, thresholds: thresholds)
    }

    /// Kinds that state a rate when a [change] cue stands before them.
    static let rateKinds: Set<FactKind> = [.percent, .percentagePoint, .multiple]

    /// The direction of a rate of change, or nil when the figure is a level.
    static func changeDirection(of fact: Fact, lead: Range<Int>, text: [Unicode.Scalar],
                                cues: ValidationCues) -> ChangeDirection? {
        if fact.kind == .multiple, fact.text.contains("翻") { return .up }
        guard let match = cues.matches(cues.change, in: text, range: lead).last else { return nil }
        let direction = ChangeDirection(rawValue: match.cue.column(0) ?? "")
        if match.cue.column(1) == "rate" { return direction }
        // 增长到 / 降至 / 提高原木的出口关税至: the figure is the new level.
        let after = match.range.upperBound..<lead.upperBound
        if !cues.matches(cues.changeTarget, in: text, range: after).isEmpty { return nil }
        return direction
    }

    /// Wholes and parts. After a [part-of] cue, the parts are the figures of
    /// an additive kind up to the next cue, date, ； or end of sentence (a ；
    /// does not end the list of a cue that opens its sentence: 。其中A…；B…),
    /// of the unit of the first of them.
    /// The whole is the last figure before the cue, which must have that
    /// unit; for a cue that opens its sentence, the last figure of the
    /// sentence before. Brackets nest lists: a cue inside （…） looks for its
    /// whole and parts inside the same brackets (or, opening them, just
    /// before), and figures inside brackets are not parts of a list outside.
    /// No relation when the whole is a net figure (净, 顺差) or shares its
    /// clause with another figure of its unit (新增2例…和1例…,其中…: two wholes).
    static func relations(facts: [AnalyzedFact], sentences: [SentenceFacts], cues: ValidationCues,
                          thresholds: Thresholds) -> [PartWholeRelation] {
        let hardStops: Set<Unicode.Scalar> = ["。", "！", "!", "？", "?"]
        let groups = sentences.map { BracketGroups($0.scalars) }
        var relations: [PartWholeRelation] = []
        func isLevelFigure(_ member: Int) -> Bool {
            let fact = facts[member]
            return fact.isLevel && !fact.isShare && fact.position != nil
        }
        func isPart(_ member: Int) -> Bool {
            isLevelFigure(member) && thresholds.additiveKinds.contains(facts[member].fact.kind)
                && !facts[member].isChangeEndpoint
        }
        func group(of member: Int) -> Int {
            groups[facts[member].sentence].group(at: facts[member].position!.lowerBound)
        }
        for (sentenceIndex, sentence) in sentences.enumerated() {
            let text = sentence.scalars
            let brackets = groups[sentenceIndex]
            let matches = cues.matches(cues.partOf, in: text, range: 0..<text.count)
            for (matchIndex, match) in matches.enumerated() {
                let cueGroup = brackets.group(at: match.range.lowerBound)
                var stop = brackets.end(of: cueGroup, after: match.range.upperBound)
                if let next = matches[(matchIndex + 1)...].first(where: { brackets.group(at: $0.range.lowerBound) == cueGroup }) {
                    stop = min(stop, next.range.lowerBound)
                }
                let groupStart = cueGroup < 0 ? 0 : cueGroup + 1
                let opensGroup = text[groupStart..<match.range.lowerBound].allSatisfy {
                    $0.properties.isWhitespace || cues.clauseBreaks.contains($0)
                }
                // A ； ends the list unless the cue opens the sentence (。其中A…；B…；C…).
                let stops = opensGroup ? hardStops : hardStops.union(["；", ";"])
                if let hard = (match.range.upperBound..<stop).first(where: {
                    stops.contains(text[$0]) && brackets.group(at: $0) == cueGroup
                }) {
                    stop = hard
                }
                for member in sentence.members {
                    let fact = facts[member]
                    if fact.fact.isDate, let position = fact.position, position.lowerBound >= match.range.upperBound,
                       position.lowerBound < stop, brackets.group(at: position.lowerBound) == cueGroup {
                        stop = position.lowerBound
                        break
                    }
                }
                let candidates = sentence.members.filter { member in
                    guard isPart(member), let position = facts[member].position else { return false }
                    return position.lowerBound >= match.range.upperBound && position.lowerBound < stop
                        && group(of: member) == cueGroup
                }
                guard let first = candidates.first else { continue }
                // The whole: the last figure before the cue in its brackets ...
                var whole = sentence.members.last { member in
                    guard isLevelFigure(member), let position = facts[member].position else { return false }
                    return position.upperBound <= match.range.lowerBound && group(of: member) == cueGroup
                }
                if whole == nil, opensGroup {
                    if cueGroup >= 0 {
                        // ... or just before the brackets it opens (19例（其中北京9例…）) ...
                        let parent = brackets.group(at: cueGroup)
                        whole = sentence.members.last { member in
                            guard isLevelFigure(member), let position = facts[member].position else { return false }
                            return position.upperBound <= cueGroup && group(of: member) == parent
                        }
                    } else {
                        // ... or, for a sentence-initial cue, in the sentences before.
                        var back = sentenceIndex - 1
                        while whole == nil, back >= 0, sentenceIndex - back <= thresholds.wholeSentencesBack {
                            whole = sentences[back].members.last { isLevelFigure($0) && group(of: $0) < 0 }
                            back -= 1
                        }
                    }
                }
                guard let whole, isPart(whole), !facts[whole].isNet, facts[whole].sameUnit(as: facts[first])
                else { continue }
                // Two wholes in one clause (新增2例确诊病例和1例阳性者,其中…): whose parts follow is unclear.
                if let wholeClause = facts[whole].clause, sentences[facts[whole].sentence].members.contains(where: { member in
                    guard member != whole, isLevelFigure(member), facts[member].sentence == facts[whole].sentence,
                          let position = facts[member].position else { return false }
                    return facts[member].sameUnit(as: facts[whole]) && position.lowerBound >= wholeClause.lowerBound
                        && position.upperBound <= wholeClause.upperBound && group(of: member) == group(of: whole)
                }) {
                    continue
                }
                let parts = candidates.filter { member in
                    facts[member].sameUnit(as: facts[whole]) && facts[member].compatibleTime(with: facts[whole])
                }
                guard !parts.isEmpty else { continue }
                relations.append(PartWholeRelation(whole: whole, parts: parts, cue: match.cue.word))
            }
        }
        return relations
    }

    /// The relation in which `index` is a part, if any.
    public func relation(withPart index: Int) -> PartWholeRelation? {
        relations.first { $0.parts.contains(index) }
    }

    /// Whether `a` and `b` are a whole and one of its parts.
    public func arePartAndWhole(_ a: Int, _ b: Int) -> Bool {
        relations.contains { ($0.whole == a && $0.parts.contains(b)) || ($0.whole == b && $0.parts.contains(a)) }
    }

    /// The text of `range` of sentence `index`.
    public func text(of sentence: Int, _ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: sentences[sentence].scalars[range])
        return String(view)
    }
}
