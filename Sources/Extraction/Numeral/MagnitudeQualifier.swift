import Foundation
import FactCore

/// 销量过万, 票房过亿, 过千万元: a qualifier (`magnitude-prefix` in qualifiers.tsv) that bounds
/// only a bare magnitude, one that ends its phrase or takes a unit. Before a numeral with
/// digits (去过3次, 走过20年), after a verb-forming character (经过万人, 不过百来里:
/// guo-verbs.txt) or before a word (过亿级别) it is no qualifier. After a share or rate noun
/// (rate-nouns.txt: 占比过20, 涨幅过10%) it bounds any numeral.
extension FigureRecognizer {
    /// Particles and words that may follow the bare magnitude (过亿的, 过亿了, 过亿大关).
    private static let magnitudeFollowers: ScalarBitmap = ["的", "了", "大"]

    /// The magnitude qualifier right before the numeral at `start`, whose magnitudes end at
    /// `numeralEnd`; `unitEnd` is where its unit ends (nil when it has none).
    func magnitudeQualifier(before start: Int, numeralEnd: Int, unitEnd: Int?) -> (length: Int, value: QualifierEntry)? {
        guard start > 0, numeralEnd > start,
              let match = lexicons.magnitudePrefixes.longestMatch(in: text.scalars, endingAt: start,
                                                                  from: max(0, start - lexicons.magnitudePrefixes.maxLength))
        else { return nil }
        guard (start..<numeralEnd).allSatisfy({ NumberReader.magnitude(text[$0]).map { $0 >= 100 } ?? false }) else { return nil }
        let qualifierStart = start - match.length
        if let before = text.at(qualifierStart - 1), lexicons.guoVerbs.contains(before) { return nil }
        // Another qualifier before it (超过 is read as 超过, not 过).
        if lexicons.qualifierPrefixes.longestMatch(in: text.scalars, endingAt: start, from: max(0, start - lexicons.qualifierPrefixes.maxLength)) != nil { return nil }
        if unitEnd == nil, let next = text.at(numeralEnd), next.isIdeograph, !Self.magnitudeFollowers.contains(next) { return nil }
        return match
    }

    /// The same qualifier right after a share or rate noun (rate-nouns.txt: 占比过20, 涨幅过10%),
    /// where it bounds any numeral before `start`.
    func rateQualifier(before start: Int) -> (length: Int, value: QualifierEntry)? {
        guard start > 0,
              let match = lexicons.magnitudePrefixes.longestMatch(in: text.scalars, endingAt: start,
                                                                  from: max(0, start - lexicons.magnitudePrefixes.maxLength))
        else { return nil }
        let qualifierStart = start - match.length
        guard qualifierStart > 0, lexicons.rateNouns.longestMatch(in: text.scalars, endingAt: qualifierStart,
                                                                 from: max(0, qualifierStart - lexicons.rateNouns.maxLength)) != nil
        else { return nil }
        return match
    }
}
