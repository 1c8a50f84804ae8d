/// A run of text found by a break iterator.
///
/// Offsets are Unicode scalar (code point) offsets into the scalar array the
/// segmenter was given, end exclusive.
public struct Segment: Hashable, Sendable {
    /// Code-point range, end exclusive.
    public var scalarRange: Range<Int>
    /// ICU's rule status for the segment (word break: 0-99 none/punctuation,
    /// 100-199 number, 200-299 letter, 300-399 kana, 400-499 ideographic).
    public var ruleStatus: Int

    public init(scalarRange: Range<Int>, ruleStatus: Int) {
        self.scalarRange = scalarRange
        self.ruleStatus = ruleStatus
    }

    /// Word break classes derived from ``ruleStatus``.
    public var isNumber: Bool { (100..<200).contains(ruleStatus) }
    public var isLetter: Bool { (200..<300).contains(ruleStatus) }
    public var isIdeographic: Bool { (400..<500).contains(ruleStatus) }
    /// Punctuation, spaces and other segments ICU does not call words.
    public var isWord: Bool { ruleStatus >= 100 }
}
