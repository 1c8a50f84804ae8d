import Foundation
import FactCore
import Segmentation

/// Gives each figure its time, metric and modality, and builds the facts.
struct FactAssembly {
    let document: Document
    let text: FoldedText
    let structure: TextStructure
    let lexicons: Lexicons
    let dates: [DateMention]
    let currency: String
    let options: ExtractionOptions
    /// The metric of the last rate figure seen, for rates that follow it in the paragraph.
    private var previousRateMetric: (paragraph: Int, metric: Range<Int>)?
    /// Code points ICU word-segmented by the last ``facts(figures:segmenter:)``.
    private(set) var segmentedScalars = 0
    /// The text of the sentence facts were last made in (facts come sentence by sentence).
    private var sentenceTextCache: (index: Int, text: String)?

    init(document: Document, text: FoldedText, structure: TextStructure, lexicons: Lexicons,
         dates: [DateMention], currency: String, options: ExtractionOptions) {
        self.document = document
        self.text = text
        self.structure = structure
        self.lexicons = lexicons
        self.dates = dates
        self.currency = currency
        self.options = options
    }

    mutating func facts(figures: inout [FigureMention], segmenter: Segmenter) throws(ICUStatus) -> [Fact] {
        var facts: [Fact] = []
        facts.reserveCapacity(figures.count + dates.count)
        // ICU segments words only in the clauses that metric phrases and forecast words are read from.
        let words = WordStarts(text: text, segmenter: segmenter)
        let sentences = contexts(figures: figures, words: words)
        let metricFinder = MetricFinder(text: text, lexicons: lexicons)
        let modality = ModalityDetector(text: text, lexicons: lexicons)

        // Metric ranges by figure index (coordinated figures share their sentence's entries).
        var metrics = [Range<Int>?](repeating: nil, count: figures.count)
        for sentence in sentences where !sentence.figures.isEmpty {
            var lastStart = sentence.range.lowerBound
            for index in sentence.figures { lastStart = max(lastStart, figures[index].range.lowerBound) }
            let triggers = modality.triggers(in: sentence, before: lastStart)
            let markers = boundaryMarkers(of: sentence, figures: figures)
            for (position, figureIndex) in sentence.figures.enumerated() {
                var figure = figures[figureIndex]
                guard !figure.isNeverOutput, figure.kind != .ordinal || options.allNumbers else { continue }
                let clause = structure.clause(around: figure.range, in: sentence.range)
                if figure.kind == .number && figure.bareMagnitude {
                    resolveMoneyContext(&figure, clause: clause, sentence: sentence, figures: figures, position: position)
                    figures[figureIndex] = figure
                }
                guard figure.kind != .number || options.allNumbers else { continue }
                let left = trimmingBaseDate(leftBound(of: figure, clause: clause, markers: markers)..<figure.range.lowerBound,
                                            sentence: sentence)
                let right = figure.range.upperBound..<rightBound(of: figure, clause: clause, markers: markers)
                if metrics[figureIndex] == nil, figure.kind != .ordinal, figure.kind != .number,
                   position + 1 < sentence.figures.count,
                   changeReached(sentence.figures[position + 1], from: figureIndex, sentence: sentence, figures: figures) != nil,
                   let change = changeStart(of: figure, sentence: sentence), change > left.lowerBound {
                    // 由28.5小时压缩至4.2小时: the start of a change measures what is named before 由.
                    let named = left.lowerBound..<change
                    metrics[figureIndex] = metricFinder.leftPhrase(named, changeRate: metricFinder.isChange(figure, left: named),
                                                                   sentence: sentence)
                }
                if position > 0, let reached = changeReached(figureIndex, from: sentence.figures[position - 1], sentence: sentence,
                                                              figures: figures), let measure = metrics[reached] {
                    // …压缩至4.2小时, …增长到2020年的7,520亿元: the end of a change measures the same.
                    metrics[figureIndex] = measure
                }
                if metrics[figureIndex] == nil, figure.kind != .ordinal, figure.kind != .number {
                    let group = coordinatedGroup(startingAt: position, in: sentence, figures: figures)
                    if group.count > 1, let whole = metricFinder.leftPhrase(metricFinder.beforeRespectively(left), changeRate: false, sentence: sentence),
                       let parts = metricFinder.split(whole, into: group.count, sentence: sentence) {
                        for (member, part) in zip(group, parts) { metrics[member] = part }
                    } else if let range = metricFinder.metric(for: figure, left: left, right: right, sentence: sentence) {
                        metrics[figureIndex] = range
                        // The others of a coordination without split metric share it.
                        for member in group.dropFirst() { metrics[member] = range }
                    }
                }
                // A change in a clause that opens with 比 (…，比全国平均水平高1.2个百分点) compares
                // what was named before the clause: the phrase after 比 is the base, not the measure.
                if let metric = metrics[figureIndex], metric.lowerBound >= clause.lowerBound, opensWithComparison(clause),
                   metricFinder.isChange(figure, left: left) {
                    metrics[figureIndex] = nil
                }
                // A rate or share with nothing before it (同比增长6.1%, 占比54.6%) measures
                // what the figure before it measures.
                if metrics[figureIndex] == nil, metricFinder.isChange(figure, left: left) {
                    metrics[figureIndex] = inheritedMetric(before: position, in: sentence, metrics: metrics, figures: figures)
                }
                // 上涨1046美元，至17740美元; 股价上涨1.2%至304.56美元: nothing but link words between a
                // figure and the previous one (or its clause's start) give the level of what that one measures.
                if metrics[figureIndex] == nil, position > 0, figure.kind != .ordinal, figure.kind != .number,
                   holdsOnlyLinkWords(left, sentence: sentence) {
                    metrics[figureIndex] = metrics[sentence.figures[position - 1]]
                }
                let time = timeAnchor(for: figure, clause: clause, sentence: sentence)
                var fact = makeFact(range: figure.range, kind: figure.kind, sentence: sentence, rule: figure.rule)
                fact.value = figure.value
                fact.valueMax = figure.valueMax
                fact.unit = figure.unit
                fact.unitText = figure.unitText
                fact.approx = figure.approx
                fact.time = time?.time
                fact.timeText = time.map { document.text(in: $0.range) }
                fact.metric = metrics[figureIndex].map { document.text(in: $0) }
                fact.modality = modality.modality(of: figure, clause: clause, triggers: triggers)
                // A rate of a rate (增速比…高0.9个百分点) is not what later rates inherit.
                if figure.isRate, let metric = metrics[figureIndex], lexicons.changeVerbs.value(of: text.scalars[metric]) == nil {
                    previousRateMetric = (sentence.paragraph, metric)
                }
                facts.append(fact)
            }
        }
        for (index, date) in dates.enumerated() where !date.isInTitle && !date.namesReport && !date.anchorOnly {
            guard let sentenceIndex = structure.sentenceIndex(of: date.range.lowerBound) else { continue }
            let sentence = sentences[sentenceIndex]
            var fact = makeFact(range: date.range, kind: .date, sentence: sentence, rule: date.rule)
            fact.time = date.time
            fact.timeText = fact.text
            _ = index
            facts.append(fact)
        }
        if let failure = words.failure { throw failure }
        segmentedScalars = words.segmentedCount
        facts.sort { a, b in
            if a.span.scalarStart != b.span.scalarStart { return a.span.scalarStart < b.span.scalarStart }
            if a.span.scalarEnd != b.span.scalarEnd { return a.span.scalarEnd < b.span.scalarEnd }
            return a.kind.rawValue < b.kind.rawValue
        }
        return facts
    }

    // MARK: - Sentences

    private func contexts(figures: [FigureMention], words: WordStarts) -> [SentenceContext] {
        var result = structure.sentences.enumerated().map { index, sentence in
            SentenceContext(range: sentence.range, paragraph: sentence.paragraph, index: index,
                            words: words, figures: [], dates: [])
        }
        for (index, figure) in figures.enumerated() {
            if let sentence = structure.sentenceIndex(of: figure.range.lowerBound) { result[sentence].figures.append(index) }
        }
        for (index, date) in dates.enumerated() {
            if let sentence = structure.sentenceIndex(of: date.range.lowerBound) { result[sentence].dates.append(index) }
        }
        return result
    }

    /// Figures and dates that bound metric phrases (comparison dates do not).
    private func boundaryMarkers(of sentence: SentenceContext, figures: [FigureMention]) -> [Range<Int>] {
        // Ordinals (第三产业) are part of names, not boundaries. The bounds are the
        // nearest markers on each side, so the order of the list does not matter.
        var markers: [Range<Int>] = []
        markers.reserveCapacity(sentence.figures.count + sentence.dates.count)
        for index in sentence.figures where figures[index].rule != "figure.ordinal" {
            markers.append(figures[index].range)
        }
        for index in sentence.dates where !dates[index].isComparisonBase { markers.append(dates[index].range) }
        return markers
    }

    private func leftBound(of figure: FigureMention, clause: Range<Int>, markers: [Range<Int>]) -> Int {
        var bound = clause.lowerBound
        for marker in markers where marker.upperBound <= figure.range.lowerBound && marker.upperBound > bound && !isCode(marker) {
            bound = marker.upperBound
        }
        return bound
    }

    private func rightBound(of figure: FigureMention, clause: Range<Int>, markers: [Range<Int>]) -> Int {
        var bound = clause.upperBound
        for marker in markers where marker.lowerBound >= figure.range.upperBound && marker.lowerBound < bound {
            bound = marker.lowerBound
        }
        return bound
    }

    /// Figures joined only by 和/与/及/、 to the one at `position` (1551家和1036家).
    private func coordinatedGroup(startingAt position: Int, in sentence: SentenceContext, figures: [FigureMention]) -> [Int] {
        var group = [sentence.figures[position]]
        var current = position
        while current + 1 < sentence.figures.count {
            let a = figures[sentence.figures[current]], b = figures[sentence.figures[current + 1]]
            guard a.range.upperBound <= b.range.lowerBound, a.kind == b.kind else { break }
            let gap = a.range.upperBound..<b.range.lowerBound
            let joined = (gap.count == 1 && "和与及、".unicodeScalars.contains(text[gap.lowerBound]))
                || (gap.count == 2 && text.hasWord("以及", at: gap.lowerBound))
            guard joined else { break }
            group.append(sentence.figures[current + 1])
            current += 1
        }
        return group
    }

    /// The metric of the figure before `position` in the sentence, else of the
    /// last rate before the sentence in its paragraph.
    private func inheritedMetric(before position: Int, in sentence: SentenceContext, metrics: [Range<Int>?],
                                 figures: [FigureMention]) -> Range<Int>? {
        for index in sentence.figures[..<position].reversed() {
            if let metric = metrics[index] { return metric }
        }
        guard let previous = previousRateMetric, previous.paragraph == sentence.paragraph else { return nil }
        return previous.metric
    }

    // MARK: - Money context

    /// A bare magnitude (超过千亿, 20亿的…基金) is money when written with 个亿,
    /// when a money word stands in its clause, or when the figure before it in
    /// the sentence is money.
    private func resolveMoneyContext(_ figure: inout FigureMention, clause: Range<Int>, sentence: SentenceContext,
                                     figures: [FigureMention], position: Int) {
        var isMoney = figure.usedGe
        if !isMoney {
            var index = clause.lowerBound
            while index < clause.upperBound, !isMoney {
                if lexicons.moneyCues.longestMatch(in: text.scalars, at: index, limit: clause.upperBound) != nil { isMoney = true }
                index += 1
            }
        }
        if !isMoney, position > 0 {
            isMoney = sentence.figures[..<position].reversed().first { figures[$0].kind != .ordinal && figures[$0].kind != .number }
                .map { figures[$0].kind == .money } ?? false
        }
        guard isMoney else { return }
        figure.kind = .money
        figure.unit = currency
        figure.rule = "figure.money-context"
    }

    // MARK: - Time

    /// The date a figure refers to: in its clause before it, else in its
    /// sentence before it, else in its clause after it, else the last date of
    /// its paragraph before it.
    private func timeAnchor(for figure: FigureMention, clause: Range<Int>, sentence: SentenceContext) -> DateMention? {
        // 比上年的1000亿元, 从2018年的50亿元: a date right before the figure is its period.
        var own: Int?
        for index in sentence.dates {
            let date = dates[index]
            if !date.isInTitle && (date.range.upperBound == figure.range.lowerBound
                || date.range.upperBound + 1 == figure.range.lowerBound && text[date.range.upperBound] == "的") { own = index }
        }
        if let own { return dates[own] }
        // The sentence's anchors: the last before the figure in its clause, else in its
        // sentence, else the first after it in its clause.
        var lastBefore: Int?, lastInClause: Int?, firstAfter: Int?
        for index in sentence.dates {
            let date = dates[index]
            guard !date.isComparisonBase, !date.isInTitle, !date.datesAnEvent,
                  !date.anchorOnly || widensAPart(date, paragraph: sentence.paragraph) else { continue }
            if date.range.upperBound <= figure.range.lowerBound {
                lastBefore = index
                if date.range.lowerBound >= clause.lowerBound { lastInClause = index }
            } else if firstAfter == nil, date.range.lowerBound >= figure.range.upperBound,
                      date.range.upperBound <= clause.upperBound {
                firstAfter = index
            }
        }
        if let anchor = lastInClause ?? lastBefore ?? firstAfter { return dates[anchor] }
        // The paragraph's period so far; a paragraph that opens with 其中, or with a
        // breakdown (从贸易主体看，分业务看，), goes on speaking of the previous paragraph's period.
        var paragraphIndex = sentence.paragraph
        var lowerBound = structure.paragraphs[paragraphIndex].lowerBound
        while paragraphIndex > 0, continuesPreviousParagraph(at: structure.paragraphs[paragraphIndex].lowerBound) {
            paragraphIndex -= 1
            lowerBound = structure.paragraphs[paragraphIndex].lowerBound
        }
        guard var last = dates.last(where: { $0.range.lowerBound >= lowerBound && $0.range.upperBound <= sentence.range.lowerBound
            && !$0.isComparisonBase && !$0.isInTitle && !$0.anchorOnly && !$0.datesAnEvent && !opensSince($0) }) else { return nil }
        // After a run of parts of the year (一季度…前三季度), a sentence without a date of its own
        // speaks of the whole year; after a single part (一季度), of that part. A part named as a
        // comparison base (增速比一季度加快) makes no run.
        if last.rule == "date.year-part", let time = last.time, time.count >= 4 {
            let year = time.prefix(4) + "-"
            if dates.contains(where: { !$0.isComparisonBase && !$0.isInTitle && !$0.datesAnEvent
                && $0.range.lowerBound >= lowerBound && $0.range.upperBound <= sentence.range.lowerBound
                && $0.time != last.time && ($0.time.map { $0.hasPrefix(year) && $0.contains("/") } ?? false) }) {
                last.time = String(time.prefix(4))
            }
        }
        return last
    }

    /// Whether `date` opens a 以来 phrase in its clause (今年入汛以来最强的一次降雨, 今年以来): the start of
    /// an open stretch, the period of the figures of its own sentence only, not of the paragraph.
    private func opensSince(_ date: DateMention) -> Bool {
        var index = date.range.upperBound
        while index < min(text.count, date.range.upperBound + 6), !structure.isClauseBreak(index) {
            if text.hasWord("以来", at: index) || text.hasWord("以來", at: index) { return true }
            index += 1
        }
        return false
    }

    /// Whether a 全年 anchor (`anchorOnly`) widens a part of its year that its paragraph has
    /// named before it (下半年…力争全年, 四季度…预计全年, 2025年3月…全年): the last date before it in
    /// the paragraph is of that year, with a month. After 目前 or a whole year it says nothing new.
    private func widensAPart(_ anchor: DateMention, paragraph: Int) -> Bool {
        let lowerBound = structure.paragraphs[paragraph].lowerBound
        guard let year = anchor.time,
              let previous = dates.last(where: { !$0.isComparisonBase && !$0.isInTitle && !$0.anchorOnly && !$0.datesAnEvent
                  && $0.range.lowerBound >= lowerBound && $0.range.upperBound <= anchor.range.lowerBound }),
              let time = previous.time else { return false }
        return time.hasPrefix(year + "-")
    }

    /// 其中 at `start`, a word pointing back at what was just reported (另一宗地块,
    /// 本届旅游节), or a breakdown opener 从…看， / 分…看， of at most eight code
    /// points between (从贸易主体看，分业务看，). A topic opener (在能源方面，) starts a new
    /// subject, and does not carry the previous paragraph's period.
    private func continuesPreviousParagraph(at start: Int) -> Bool {
        if text.hasWord("其中", at: start) || text.hasWord("另一", at: start) || text.hasWord("本届", at: start) { return true }
        guard let first = text.at(start), first == "从" || first == "分" else { return false }
        var index = start + 2
        while index <= start + 9, let scalar = text.at(index + 1) {
            if text[index] == "看", scalar == "，" || scalar == "," { return true }
            if !text[index].isIdeograph { return false }
            index += 1
        }
        return false
    }

    // MARK: - Facts

    private mutating func makeFact(range: Range<Int>, kind: FactKind, sentence: SentenceContext, rule: String) -> Fact {
        if sentenceTextCache?.index != sentence.index {
            sentenceTextCache = (sentence.index, document.text(in: sentence.range))
        }
        let provenance = Provenance(byteStart: document.utf8Offset(ofScalar: range.lowerBound),
                                    byteEnd: document.utf8Offset(ofScalar: range.upperBound),
                                    line: document.line(ofScalar: range.lowerBound),
                                    sentenceIndex: sentence.index,
                                    sentence: sentenceTextCache!.text)
        return Fact(span: document.span(range), text: document.text(in: range), kind: kind, provenance: provenance, rule: rule)
    }
}
