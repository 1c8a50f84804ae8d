/// Which brackets each position of a sentence is inside.
///
/// A group is named by the offset of its opening bracket; -1 is the
/// sentence outside any bracket. `（`, `(`, `【`, `[`, `〔`, `［` open;
/// their partners close. A closing bracket with no opener is ignored; an
/// opener never closed runs to the end of the sentence.
struct BracketGroups {
    /// Innermost group at each position (the brackets themselves belong to the outer group).
    private let groups: [Int]
    /// Offset at which each group is closed (its closing bracket, or the end).
    private let ends: [Int: Int]
    private let count: Int

    init(_ text: [Unicode.Scalar]) {
        let pairs: [Unicode.Scalar: Unicode.Scalar] = ["（": "）", "(": ")", "【": "】", "[": "]", "〔": "〕", "［": "］"]
        var groups = [Int](repeating: -1, count: text.count)
        var ends: [Int: Int] = [:]
        var stack: [(offset: Int, closer: Unicode.Scalar)] = []
        for (offset, scalar) in text.enumerated() {
            if let top = stack.last, scalar == top.closer {
                stack.removeLast()
                ends[top.offset] = offset
                groups[offset] = stack.last?.offset ?? -1
                continue
            }
            groups[offset] = stack.last?.offset ?? -1
            if let closer = pairs[scalar] { stack.append((offset, closer)) }
        }
        for open in stack { ends[open.offset] = text.count }
        self.groups = groups
        self.ends = ends
        self.count = text.count
    }

    /// The innermost group at `offset` (-1 outside brackets or out of range).
    func group(at offset: Int) -> Int {
        offset >= 0 && offset < groups.count ? groups[offset] : -1
    }

    /// Where `group` ends: its closing bracket, or the end of the sentence for -1.
    func end(of group: Int, after offset: Int) -> Int {
        group < 0 ? count : (ends[group] ?? count)
    }
}
