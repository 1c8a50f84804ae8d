import FactCore

/// Decides whether a figure is a forecast: a word of `Lexicons/modality.tsv`
/// before it in its sentence (预计, 计划, 目标 …), or, for clause-scoped words
/// (将), before it in its clause and followed by a verb or qualifier
/// (`将破200亿`, not the object marker of `将产值20亿元的企业拒之门外`).
struct ModalityDetector {
    let text: FoldedText
    let lexicons: Lexicons

    /// Trigger positions of a sentence that start before `limit` (the start of its
    /// last figure: a trigger after every figure qualifies none): (start, end, scope).
    func triggers(in sentence: SentenceContext, before limit: Int) -> [(start: Int, end: Int, scope: ModalityScope)] {
        var result: [(Int, Int, ModalityScope)] = []
        var index = sentence.range.lowerBound
        while index < min(limit, sentence.range.upperBound) {
            guard lexicons.modality.mayStart(with: text[index]),
                  let match = lexicons.modality.longestMatch(in: text.scalars, at: index, limit: sentence.range.upperBound),
                  match.value == .clause || sentence.isWordStart(index)
            else { index += 1; continue }
            let end = index + match.length
            // 预期寿命: a word that holds a trigger but is none.
            if match.value == .none { index = end; continue }
            // “万人计划”: a name in quotes or a title, not a plan.
            if isQuoted(index, in: sentence.range) { index = end; continue }
            if match.value == .clause {
                // 将近 is a qualifier; 将 + noun is the object marker.
                if text.hasWord("将近", at: index) || !followedByPredicate(end) { index = end; continue }
            }
            result.append((index, end, match.value))
            index = end
        }
        return result
    }

    func modality(of figure: FigureMention, clause: Range<Int>, triggers: [(start: Int, end: Int, scope: ModalityScope)]) -> Modality {
        for trigger in triggers where trigger.end <= figure.range.lowerBound {
            switch trigger.scope {
            case .sentence: return .forecast
            case .clause: if trigger.start >= clause.lowerBound { return .forecast }
            case .none: continue
            }
        }
        return .actual
    }

    private func isQuoted(_ index: Int, in sentence: Range<Int>) -> Bool {
        var position = index - 1
        while position >= sentence.lowerBound {
            switch text[position] {
            case "“", "《", "「": return true
            case "”", "》", "」": return false
            default: position -= 1
            }
        }
        return false
    }

    private func followedByPredicate(_ index: Int) -> Bool {
        let scalars = text.scalars
        return lexicons.linkWords.longestMatch(in: scalars, at: index) != nil
            || lexicons.qualifierPrefixes.longestMatch(in: scalars, at: index) != nil
            || lexicons.changeVerbs.longestMatch(in: scalars, at: index) != nil
            || lexicons.metricStops.longestMatch(in: scalars, at: index) != nil
            || lexicons.metricVerbs.longestMatch(in: scalars, at: index) != nil
    }
}

