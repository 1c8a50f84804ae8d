import FactCore
import Numerals

extension FigureView {
    /// A range joined from two bounds (`五千元以上一万元以下`, `大于100 并且小于300`, rule
    /// `…-bounds`) as its two bound rows, each with its own span (`五千元以上`, `一万元以下`);
    /// any other row as itself. The cut is after the first suffix qualifier past the row's
    /// first numeral, else before the first prefix qualifier there; what stands between the two
    /// bounds (并且, 的同时, 、) belongs to neither.
    func boundParts(of fact: Fact, in scalars: [Unicode.Scalar]) -> [Fact] {
        guard fact.rule.hasSuffix("-bounds") else { return [fact] }
        let range = fact.span.range
        func word(_ words: [[Unicode.Scalar]], at start: Int) -> [Unicode.Scalar]? {
            words.first { start >= range.lowerBound && start + $0.count <= range.upperBound
                && scalars[start..<(start + $0.count)].elementsEqual($0) }
        }
        // Past the opening qualifier (不低于, 最多) and the first numeral character.
        var index = range.lowerBound + (word(prefixes, at: range.lowerBound)?.count ?? 0)
        while index < range.upperBound, !NumeralCharacter.isNumeralScalar(scalars[index]) { index += 1 }
        index += 1
        var firstEnd: Int?, secondStart: Int?
        while index < range.upperBound, firstEnd == nil {
            if let suffix = suffixes.first(where: { index + $0.count <= range.upperBound && scalars[index..<(index + $0.count)].elementsEqual($0) }) {
                firstEnd = index + suffix.count
            } else if word(prefixes, at: index) != nil {
                firstEnd = index
                secondStart = index
            }
            index += 1
        }
        guard var end = firstEnd else { return [fact] }
        var start = secondStart ?? end
        // After a suffix: separators and a joiner up to the second bound's qualifier or numeral.
        while start < range.upperBound, word(prefixes, at: start) == nil, !NumeralCharacter.isNumeralScalar(scalars[start]) { start += 1 }
        // Before a prefix: the joiner (的同时, 并且, 、) belongs to neither bound.
        while end > range.lowerBound, Self.boundJoinerCharacters.contains(scalars[end - 1]) { end -= 1 }
        guard range.lowerBound < end, start < range.upperBound else { return [fact] }
        return [part(of: fact, range.lowerBound..<end, scalars), part(of: fact, start..<range.upperBound, scalars)]
    }

    /// Characters of what may join two bounds (并且, 的同时, 而, commas, 、, spaces).
    private static let boundJoinerCharacters: Set<Unicode.Scalar> = Set(" ,，、并並且而的同时時".unicodeScalars)

    private func part(of fact: Fact, _ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Fact {
        var part = fact
        part.span = Span(document: fact.span.document, scalarStart: range.lowerBound, scalarEnd: range.upperBound)
        part.text = String(String.UnicodeScalarView(scalars[range]))
        part.rule = String(fact.rule.dropLast("-bounds".count))
        return part
    }
}
