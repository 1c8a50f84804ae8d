/// Lays possibly overlapping spans over a text as properly nested elements.
///
/// Spans that nest become nested elements. A span that crosses the end of
/// an enclosing one is split: the inner elements are closed at the outer
/// one's end and reopened as continuation pieces (``Piece/isContinuation``),
/// so the output is always well-formed HTML. Offsets are code points,
/// clamped to the text; empty spans become empty elements.
///
/// - Complexity: O((n + m) log m) for n code points and m spans, plus the
///   depth of overlaps at each boundary.
struct HighlightLayout {
    /// One span to lay out; `id` is the caller's.
    struct Mark {
        var id: Int
        var start: Int
        var end: Int
    }

    /// What the layout asks the caller to write, in order.
    enum Event: Equatable {
        /// The text over this code-point range.
        case text(Range<Int>)
        /// Open the element of mark `id`; `continuation` for the second and later pieces.
        case open(id: Int, continuation: Bool)
        /// Close the innermost open element (of mark `id`).
        case close(id: Int)
    }

    /// The events that write `marks` over a text of `count` code points.
    static func events(count: Int, marks input: [Mark]) -> [Event] {
        let marks = input.compactMap { mark -> Mark? in
            let start = min(max(mark.start, 0), count), end = min(max(mark.end, 0), count)
            return start <= end ? Mark(id: mark.id, start: start, end: end) : nil
        }.enumerated().sorted { a, b in
            if a.element.start != b.element.start { return a.element.start < b.element.start }
            if a.element.end != b.element.end { return a.element.end > b.element.end }
            return a.offset < b.offset
        }.map(\.element)

        var boundaries = Set<Int>([count])
        for mark in marks { boundaries.insert(mark.start); boundaries.insert(mark.end) }
        var events: [Event] = []
        var stack: [Mark] = []
        var next = 0
        var position = 0
        for boundary in boundaries.sorted() {
            if boundary > position { events.append(.text(position..<boundary)) }
            position = boundary
            // Close every open mark ending here, with whatever is open inside it.
            if let lowest = stack.firstIndex(where: { $0.end <= boundary }) {
                let closing = stack[lowest...]
                for mark in closing.reversed() { events.append(.close(id: mark.id)) }
                let reopened = closing.filter { $0.end > boundary }
                stack.removeSubrange(lowest...)
                for mark in reopened {
                    events.append(.open(id: mark.id, continuation: true))
                    stack.append(mark)
                }
            }
            while next < marks.count, marks[next].start == boundary {
                let mark = marks[next]
                next += 1
                events.append(.open(id: mark.id, continuation: false))
                if mark.end == boundary {
                    events.append(.close(id: mark.id))
                } else {
                    stack.append(mark)
                }
            }
        }
        for mark in stack.reversed() { events.append(.close(id: mark.id)) }
        return events
    }
}
