import Foundation
import Numerals

/// The document's code points with full-width forms folded to ASCII, for
/// matching only.
///
/// Folding is one code point to one code point (`１` → `1`, `％` → `%`,
/// `．` → `.`, U+3000 → space), so a position in the folded view is the same
/// position in the original text: spans found here index the original.
struct FoldedText {
    /// Folded code points, same count as the document's.
    private(set) var scalars: [Unicode.Scalar]

    /// Positions of full-width commas (`，`) right after an ASCII digit, sorted: there the comma
    /// is the clause comma of Chinese text ($20，300美圆 is two amounts), which folds to `,` all
    /// the same. Between full-width digits (１，０００) it may still group thousands.
    private let clauseCommasAfterDigits: [Int]
    /// Positions of 《, 》 and line feeds, sorted: titles (``TitleRanges``) are read from
    /// these instead of from every code point.
    let titleMarksAndLineFeeds: [Int]
    /// Positions of 俩 and 倆 (``readColloquialTwo(outside:twoOf:)``), sorted.
    private let colloquialTwos: [Int]

    /// Folds `original` in one pass that also notes the rare code points later stages look
    /// for. Text with nothing to fold shares `original`'s storage.
    init(_ original: [Unicode.Scalar]) {
        var folded = original
        var commas: [Int] = [], marks: [Int] = [], twos: [Int] = []
        let source = original.span
        for index in source.indices {
            let scalar = source[index]
            let value = scalar.value
            // ASCII and the ideographs (nearly every code point) fold to themselves.
            if value < 0xA0 {
                if value == 0x0A { marks.append(index) }
                continue
            }
            if value >= 0x3400 && value < 0xFF01 {
                if value == 0x4FE9 || value == 0x5006 { twos.append(index) }  // 俩 倆
                continue
            }
            if value == 0x300A || value == 0x300B { marks.append(index) }  // 《 》
            if value == 0xFF0C, index > 0, source[index - 1].isASCIIDigit { commas.append(index) }  // ，
            let target = FoldedText.fold(scalar)
            if target != scalar { folded[index] = target }
        }
        scalars = folded
        clauseCommasAfterDigits = commas
        titleMarksAndLineFeeds = marks
        colloquialTwos = twos
    }

    /// True when the `,` at `index` was written `，` right after an ASCII digit (20，300).
    func isClauseCommaAfterDigit(at index: Int) -> Bool {
        var low = 0, high = clauseCommasAfterDigits.count
        while low < high {
            let middle = (low + high) / 2
            if clauseCommasAfterDigits[middle] < index { low = middle + 1 } else { high = middle }
        }
        return low < clauseCommasAfterDigits.count && clauseCommasAfterDigits[low] == index
    }

    /// The original position of folded position `index` (the identity, since
    /// folding never changes the number of code points).
    @inline(__always) func originalOffset(of index: Int) -> Int { index }

    @inline(__always) static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        // ASCII and the ideographs (nearly every code point) fold to themselves.
        if value < 0xA0 || (value >= 0x3400 && value < 0xFF01) { return scalar }
        if value >= 0xFF01 && value <= 0xFF5E { return Unicode.Scalar(value - 0xFEE0)! }
        if value == 0x3000 || value == 0xA0 { return " " }
        if value == 0x25CB || value == 0x25EF { return "〇" }  // ○ for zero in years: 二○○二年
        if value == 0x2212 || value == 0x2010 || value == 0x2011 { return "-" }  // minus, hyphens
        return scalar
    }

    /// 俩千, 倆萬 → 两千, 兩萬: the colloquial 俩 ("the two of": 他们俩, 哥俩) is the digit 2 right
    /// before a magnitude of a hundred or more, unless that magnitude starts a word of `mask`
    /// (千万别: "must not") or a character of `twoOf` stands before it (他俩百米赛跑). Still one
    /// code point for one.
    mutating func readColloquialTwo(outside mask: WordMask, twoOf: ScalarBitmap) {
        for found in colloquialTwos {
            let index = found + 1
            guard index < scalars.count, !mask[index], let magnitude = NumeralCharacter.magnitude(scalars[index]),
                  magnitude >= 100, found == 0 || !twoOf.contains(scalars[found - 1]) else { continue }
            scalars[found] = scalars[found] == "俩" ? "两" : "兩"
        }
    }

    var count: Int { scalars.count }

    subscript(index: Int) -> Unicode.Scalar { scalars[index] }

    /// The scalar at `index`, or nil outside the text.
    @inline(__always) func at(_ index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    /// True when the text at `index` starts with `word`.
    func hasWord(_ word: String, at index: Int) -> Bool {
        var i = index
        for scalar in word.unicodeScalars {
            guard i < scalars.count, scalars[i] == scalar else { return false }
            i += 1
        }
        return true
    }

    /// The folded text of `range`, encoded in one pass.
    func string(_ range: Range<Int>) -> String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(range.count * 3)
        for scalar in scalars[range] { utf8.append(contentsOf: UTF8.encode(scalar)!) }
        return String(decoding: utf8, as: UTF8.self)
    }
}

extension Unicode.Scalar {
    @inline(__always) var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
    @inline(__always) var isASCIILetter: Bool { (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) }
    /// CJK unified ideographs (with extension A and compatibility ideographs).
    @inline(__always) var isIdeograph: Bool {
        (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0x3400 && value <= 0x4DBF) || (value >= 0xF900 && value <= 0xFAFF)
            || (value >= 0x20000 && value <= 0x3134F) || value == 0x3007
    }
    @inline(__always) var isWhitespaceLike: Bool {
        value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0D || value == 0x3000 || value == 0xA0 || value == 0xFEFF
    }
}
