import Foundation
import FactCore

/// Shares written without a numeral before them: 百分之 with spaces (百 分 之2.4, 佰 分 之),
/// 半成 (5 percent), 半折 and 打对折 (50 percent of the price).
extension FigureRecognizer {
    /// Where the numeral starts after 百分之, 千分之 (佰 仟 too) at `index`, with up to
    /// three spaces between and after the characters; nil when there is none.
    func spelledPercentMark(at index: Int) -> Int? {
        guard let first = text.at(index), "百佰千仟".unicodeScalars.contains(first) else { return nil }
        if text.hasWord("分之", at: index + 1) { return index + 3 }
        var position = index + 1
        for character in ["分", "之"] as [Unicode.Scalar] {
            let start = position
            while text.at(position) == " ", position - start < 3 { position += 1 }
            guard text.at(position) == character, !mask[position] else { return nil }
            position += 1
        }
        let start = position
        while text.at(position) == " ", position - start < 3 { position += 1 }
        return position
    }

    /// 半成 → 5 percent, 半折 → 50 percent, 打对折 → 50 percent (span 对折), at `index`.
    func halfShare(at index: Int) -> FigureMention? {
        guard let first = text.at(index), first == "半" || first == "对" || first == "對",
              let mark = text.at(index + 1), mark == "成" || mark == "折", !mask[index] else { return nil }
        // 多半成了 is "mostly became": 半 stands after a boundary or a verb of quantity.
        if let previous = text.at(index - 1), previous.isIdeograph, !"占约約近有是为為了到达達仅僅足打".unicodeScalars.contains(previous) { return nil }
        let value: Decimal
        switch (first, mark) {
        case ("半", "成"):
            // 半成品: 成 starts a word.
            if let next = text.at(index + 2), "品为為就功本".unicodeScalars.contains(next) { return nil }
            value = 5
        case ("半", "折"), ("对", "折"), ("對", "折"):
            if first != "半" && text.at(index - 1) != "打" { return nil }
            if let next = text.at(index + 2), "合旧舊算射腾騰磨线線叠疊返扣让讓价價服痕纸紙".unicodeScalars.contains(next) { return nil }
            value = 50
        default:
            return nil
        }
        var figure = FigureMention(range: index..<(index + 2), kind: .percent, value: value, valueMax: nil,
                                   unit: "percent", unitText: text.string((index + 1)..<(index + 2)), approx: .exact,
                                   rule: mark == "成" ? "figure.tenths" : "figure.discount")
        applyPrefixQualifier(&figure)
        return figure
    }

    /// True when the numeral at `index` sits inside a URL (`http://…%28…`, `www.…`): an
    /// address, not a figure.
    func isInsideURL(_ index: Int) -> Bool {
        var start = index
        var hasScheme = false
        while start > 0, index - start < 400, text[start - 1].value < 0x80, !text[start - 1].isWhitespaceLike {
            start -= 1
            if text[start] == ":", text.at(start + 1) == "/", text.at(start + 2) == "/" { hasScheme = true }
        }
        if hasScheme { return true }
        guard index - start >= 4 else { return false }
        let www: [Unicode.Scalar] = ["w", "w", "w", "."]
        return (0..<4).allSatisfy { Unicode.Scalar(UInt8(truncatingIfNeeded: text[start + $0].value) | ($0 < 3 ? 0x20 : 0)) == www[$0] }
    }
}
