/// ICU sentence and word segmentation over code-point arrays.
///
/// ICU works in UTF-16; this type converts once per call and hands back
/// code-point offsets, so nothing above this module deals with UTF-16.
///
/// ```swift
/// let segmenter = try Segmenter()
/// let text = Array("产值6.95亿吨。".unicodeScalars)
/// segmenter.words(in: text[...]).map { String(String.UnicodeScalarView(text[$0.scalarRange])) }
/// // ["产值", "6.95", "亿", "吨", "。"]
/// ```
///
/// Not thread-safe: open one per worker.
public final class Segmenter {
    private let wordIterator: BreakIterator
    private let sentenceIterator: BreakIterator
    private var utf16: [UInt16] = []
    /// utf16ToScalar[i] is the code-point offset (relative to the slice) of UTF-16 unit i.
    private var utf16ToScalar: [Int] = []

    /// Opens word and sentence iterators for `locale` (default `zh`).
    public init(locale: String = "zh") throws(ICUStatus) {
        wordIterator = try BreakIterator(kind: .word, locale: locale)
        sentenceIterator = try BreakIterator(kind: .sentence, locale: locale)
    }

    /// ICU sentence segments of `text`, as absolute code-point ranges.
    public func sentences(in text: ArraySlice<Unicode.Scalar>) throws(ICUStatus) -> [Segment] {
        try segments(of: text, with: sentenceIterator)
    }

    /// ICU word segments of `text` (punctuation and spaces included, with
    /// their rule status), as absolute code-point ranges.
    public func words(in text: ArraySlice<Unicode.Scalar>) throws(ICUStatus) -> [Segment] {
        try segments(of: text, with: wordIterator)
    }

    /// Counts word boundaries without building segments: the raw ICU
    /// yardstick used by benchmarks.
    public func countWordBoundaries(inUTF16 units: [UInt16]) throws(ICUStatus) -> Int {
        var count = 0
        try wordIterator.forEachBoundary(in: units) { _, _ in count += 1 }
        return count
    }

    private func segments(of text: ArraySlice<Unicode.Scalar>, with iterator: BreakIterator) throws(ICUStatus) -> [Segment] {
        let allBMP = loadUTF16(text)
        let base = text.startIndex
        var result: [Segment] = []
        result.reserveCapacity(text.count / 2 + 1)
        var previous = 0
        if allBMP {
            // One UTF-16 unit per code point: offsets need no mapping.
            try iterator.forEachBoundary(in: utf16) { boundary, status in
                guard boundary > 0 else { return }
                result.append(Segment(scalarRange: (base + previous)..<(base + boundary), ruleStatus: status))
                previous = boundary
            }
            return result
        }
        let map = utf16ToScalar
        try iterator.forEachBoundary(in: utf16) { boundary, status in
            guard boundary > 0 else { return }
            let start = map[previous]
            let end = boundary < map.count ? map[boundary] : text.count
            result.append(Segment(scalarRange: (base + start)..<(base + end), ruleStatus: status))
            previous = boundary
        }
        return result
    }

    /// Fills ``utf16`` (and, outside the BMP, ``utf16ToScalar``); true when every
    /// code point is in the BMP.
    private func loadUTF16(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        // One pass into a local array (appending to the stored property checks uniqueness
        // and exclusive access per code point); the OR of the values tells whether any
        // lies above the BMP, in which case the text is loaded again with surrogates.
        var units: [UInt16] = []
        swap(&units, &utf16)
        units.removeAll(keepingCapacity: true)
        units.reserveCapacity(text.count)
        var high: UInt32 = 0
        for index in text.indices {
            let value = text[index].value
            high |= value
            units.append(UInt16(truncatingIfNeeded: value))
        }
        swap(&units, &utf16)
        if high <= 0xFFFF { return true }
        utf16.removeAll(keepingCapacity: true)
        utf16ToScalar.removeAll(keepingCapacity: true)
        var scalarIndex = 0
        for scalar in text {
            if scalar.value > 0xFFFF {
                let v = scalar.value - 0x10000
                utf16.append(UInt16(0xD800 + (v >> 10)))
                utf16.append(UInt16(0xDC00 + (v & 0x3FF)))
                utf16ToScalar.append(scalarIndex)
                utf16ToScalar.append(scalarIndex)
            } else {
                utf16.append(UInt16(scalar.value))
                utf16ToScalar.append(scalarIndex)
            }
            scalarIndex += 1
        }
        utf16ToScalar.append(scalarIndex)
        return false
    }
}
