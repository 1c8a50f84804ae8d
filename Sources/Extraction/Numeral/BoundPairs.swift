import Foundation
import FactCore

/// A lower and an upper bound of one quantity side by side (大于100 并且小于300, 1000以上， 1500以下,
/// 最多100最少20个, 年龄在18岁以上、60岁以下) are one range figure: value the lower bound,
/// value_max the upper. A unit written on one side only applies to both. Bounds that cannot
/// enclose a range (大于50小于12) or that measure different units stay two figures.
extension FigureRecognizer {
    /// Separators between the bounds that need no lexicon entry.
    private static let boundSeparators: ScalarBitmap = [" ", ",", "、"]

    /// `figures` with every adjacent lower/upper bound pair joined into one range.
    func joiningBoundPairs(_ figures: [FigureMention]) -> [FigureMention] {
        // Most documents hold no pair: they keep their array as it is, uncopied.
        guard figures.count > 1, figures.indices.dropLast().contains(where: { Self.isBound(figures[$0].approx) }) else { return figures }
        var result: [FigureMention] = []
        result.reserveCapacity(figures.count)
        var index = 0
        while index < figures.count {
            if index + 1 < figures.count, let joined = boundPair(figures[index], figures[index + 1]) {
                result.append(joined)
                index += 2
            } else {
                result.append(figures[index])
                index += 1
            }
        }
        return result
    }

    private enum BoundSide { case lower, upper }

    @inline(__always) private static func isBound(_ approx: Approximation) -> Bool {
        approx == .over || approx == .atLeast || approx == .under || approx == .atMost
    }

    /// Which end of a range `figure` bounds, when a qualifier word or a comparative makes it a
    /// bound (大于, 以上, 最多, 比…大; not the 多 of 2万多).
    private func boundSide(_ figure: FigureMention) -> BoundSide? {
        guard figure.valueMax == nil, figure.kind != .ordinal, figure.kind != .date else { return nil }
        let side: BoundSide
        switch figure.approx {
        case .over, .atLeast: side = .lower
        case .under, .atMost: side = .upper
        default: return nil
        }
        let start = figure.range.lowerBound, end = figure.range.upperBound
        let prefixed = lexicons.qualifierPrefixes.longestMatch(in: text.scalars, at: start).map { $0.value.approx == figure.approx } ?? false
        let suffixed = lexicons.qualifierSuffixes.longestMatch(in: text.scalars, endingAt: end, from: max(0, end - lexicons.qualifierSuffixes.maxLength))
            .map { $0.value.approx == figure.approx } ?? false
        // 比四分之一大: a comparative bound (comparativeBound) starts at 比.
        let comparative = text[start] == "比" && (figure.approx == .over || figure.approx == .under)
        return prefixed || suffixed || comparative ? side : nil
    }

    /// True when only separators and at most one joiner (的同时, 并且) stand in `gap`.
    private func joinsBounds(_ gap: Range<Int>) -> Bool {
        var position = gap.lowerBound
        while position < gap.upperBound, Self.boundSeparators.contains(text[position]) { position += 1 }
        if position < gap.upperBound {
            var word = position
            if text[word] == "的" { word += 1 }
            guard let joiner = lexicons.boundJoiners.longestMatch(in: text.scalars, at: word, limit: gap.upperBound) else { return false }
            position = word + joiner.length
        }
        while position < gap.upperBound, Self.boundSeparators.contains(text[position]) { position += 1 }
        return position == gap.upperBound
    }

    /// `first` and `second` as one range figure, or nil.
    private func boundPair(_ first: FigureMention, _ second: FigureMention) -> FigureMention? {
        guard let firstSide = boundSide(first), let secondSide = boundSide(second), firstSide != secondSide,
              second.range.lowerBound - first.range.upperBound <= 4,
              joinsBounds(first.range.upperBound..<second.range.lowerBound) else { return nil }
        let (lower, upper) = firstSide == .lower ? (first, second) : (second, first)
        guard lower.value < upper.value else { return nil }
        // The unit written on either side (最多100最少20个): both, if both have one, must agree.
        if let a = first.unit, let b = second.unit, a != b || first.kind != second.kind { return nil }
        var joined = first.unit != nil || second.unit == nil ? first : second
        joined.range = first.range.lowerBound..<second.range.upperBound
        joined.value = lower.value
        joined.valueMax = upper.value
        joined.approx = .range
        joined.bareMagnitude = first.bareMagnitude || second.bareMagnitude
        joined.rule += "-bounds"
        return joined
    }
}
