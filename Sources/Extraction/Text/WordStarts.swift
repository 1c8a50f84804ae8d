import Segmentation

/// ICU word starts of a document, segmented clause by clause on first use.
///
/// Word boundaries are asked for only near figures (metric phrases) and at
/// forecast words, so most of a document is never segmented. A segmentation
/// unit is the stretch of a sentence between two *hard* clause breaks:
/// `。`, `、`, or `, ; : ! ?` (full-width forms are folded to these) where they
/// do not stand between two letters or digits (ICU keeps `a:b` and `1,2`
/// together, so those never split a unit), or a *safe cut* before a digit that
/// follows an ideograph (``isSafeCut(_:)``). ICU breaks at both whatever surrounds
/// them, so a unit segmented alone gets the boundaries the whole sentence would get.
///
/// ICU errors cannot surface from a query: the first one is kept in
/// ``failure`` for the caller to throw, and the unit reads as having no inner
/// word starts.
final class WordStarts {
    private let scalars: [Unicode.Scalar]
    private let segmenter: Segmenter
    /// start[i] is true when an ICU word starts at code point i (valid where segmented[i]).
    private var start: [Bool]
    private var segmented: [Bool]
    /// The first ICU error met while segmenting a unit.
    private(set) var failure: ICUStatus?

    init(text: FoldedText, segmenter: Segmenter) {
        scalars = text.scalars
        self.segmenter = segmenter
        start = [Bool](repeating: false, count: text.count)
        segmented = [Bool](repeating: false, count: text.count)
    }

    /// How many code points have been segmented so far.
    private(set) var segmentedCount = 0

    /// True when an ICU word starts at `index`, inside `sentence` (whose edges
    /// are word starts).
    func isWordStart(_ index: Int, in sentence: Range<Int>) -> Bool {
        if index <= sentence.lowerBound || index >= sentence.upperBound { return true }
        if !segmented[index] {
            // Units start at these, so ICU's answer is known without segmenting.
            if isSafeCut(index) || isHardBreak(index - 1) { return true }
            segmentUnit(around: index, in: sentence)
        }
        return start[index]
    }

    private func segmentUnit(around index: Int, in sentence: Range<Int>) {
        var lower = index
        while lower > sentence.lowerBound, !isSafeCut(lower), !isHardBreak(lower - 1) { lower -= 1 }
        var upper = index
        if !isHardBreak(index) {
            upper += 1
            while upper < sentence.upperBound, !isHardBreak(upper), !isSafeCut(upper) { upper += 1 }
        }
        if upper < sentence.upperBound, isHardBreak(upper) { upper += 1 }  // the break itself is a one-character word
        for position in lower..<upper { segmented[position] = true }
        segmentedCount += upper - lower
        do {
            for word in try segmenter.words(in: scalars[lower..<upper]) { start[word.scalarRange.lowerBound] = true }
        } catch {
            if failure == nil { failure = error }
        }
    }

    /// Whether a unit may end (and the next begin) before `index`: an ASCII digit after
    /// an ideograph (`达到962.8亿元`). ICU breaks there whatever follows, and hands the
    /// ideographs before it to its dictionary as one run that ends at the digit, so
    /// the words on either side are the ones the whole clause gets. Queries come from
    /// the left of figures, so most units stop at the figure's first digit.
    @inline(__always) private func isSafeCut(_ index: Int) -> Bool {
        scalars[index].isASCIIDigit && index > 0 && scalars[index - 1].isIdeograph
    }

    /// Whether scalar `index` is punctuation at which ICU always breaks words.
    @inline(__always) private func isHardBreak(_ index: Int) -> Bool {
        switch scalars[index] {
        case "、", "。":
            break
        case ",", ";", ":", "!", "?":
            let before = index > 0 && Self.isAlphanumeric(scalars[index - 1])
            let after = index + 1 < scalars.count && Self.isAlphanumeric(scalars[index + 1])
            guard !(before && after) else { return false }
        default:
            return false
        }
        // A combining mark or format character after the break belongs to it (UAX #29 WB4).
        guard index + 1 < scalars.count, scalars[index + 1].value >= 0x300, !scalars[index + 1].isIdeograph else { return true }
        switch scalars[index + 1].properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark, .format: return false
        default: return true
        }
    }

    @inline(__always) private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCIIDigit || scalar.isASCIILetter || scalar.value >= 0x80 && !scalar.isIdeograph && scalar.properties.isAlphabetic
    }
}
