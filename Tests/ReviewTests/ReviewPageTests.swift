import Foundation
import Testing
import FactCore
@testable import Review

@Suite("Review page")
struct ReviewPageTests {
    @Test("every fact becomes one focusable highlight over its text, titled with its fields, with a table row")
    func everyFactHighlighted() throws {
        let (document, facts) = try sampleFacts()
        #expect(facts.count >= 8)
        let html = ReviewPage().render([ReviewDocument(document: document, facts: facts)])
        let marks = startTags("mark", in: html).filter { $0.attributes["id"] != nil }
        #expect(marks.count == facts.count)
        let ordered = ReviewDocument(document: document, facts: facts).orderedFacts
        for (index, fact) in ordered.enumerated() {
            let mark = try #require(marks.first { $0.attributes["id"] == "d0-f\(index)" }, "no highlight for \(fact.text)")
            #expect(mark.classes.isSuperset(of: ["fact", "k-\(fact.kind.rawValue)"]))
            #expect(mark.attributes["tabindex"] == "0")
            #expect(mark.attributes["aria-describedby"] == "d0-i\(index)")
            #expect(mark.attributes["data-row"] == "d0-r\(index)")
            #expect(textContent(of: mark, in: html) == fact.text)
            let title = try #require(mark.attributes["title"])
            let lines = Set(title.split(separator: "\n").map(String.init))
            #expect(title.hasPrefix(fact.text + " — " + fact.kind.rawValue))
            #expect(lines.contains("approx: \(fact.approx.rawValue)"))
            #expect(lines.contains("modality: \(fact.modality.rawValue)"))
            #expect(lines.contains { $0.hasPrefix("time: \(fact.time ?? "—")") })
            if !fact.isDate {
                #expect(lines.contains("value: \(fact.value?.plainString ?? "—")"))
                #expect(lines.contains { $0.hasPrefix("unit: \(fact.unit ?? "—")") })
                #expect(lines.contains("metric: \(fact.metric ?? "—")"))
                if let valueMax = fact.valueMax { #expect(lines.contains("value_max: \(valueMax.plainString)")) }
            }
            #expect(html.contains("<span class=\"desc\" id=\"d0-i\(index)\">"))
            let row = try #require(startTags("tr", in: html).first { $0.attributes["id"] == "d0-r\(index)" })
            #expect(row.attributes["data-target"] == "d0-f\(index)")
            #expect(row.attributes["data-kind"] == fact.kind.rawValue)
        }
        // The text outside the highlights is the document's, unchanged.
        let textDiv = try #require(startTags("div", in: html).first { $0.attributes["id"] == "d0-text" })
        #expect(textContent(of: textDiv, in: html) == document.text)
        #expect(html.contains("<html lang=\"zh\">"))
    }

    @Test("the legend names each kind on the page with its count, and its colours pass contrast")
    func legend() throws {
        let (document, facts) = try sampleFacts()
        let html = ReviewPage().render([ReviewDocument(document: document, facts: facts)])
        let counts = facts.reduce(into: [FactKind: Int]()) { $0[$1.kind, default: 0] += 1 }
        for (kind, count) in counts {
            #expect(html.contains("<li><span class=\"swatch k-\(kind.rawValue)\">\(kind.rawValue)</span> \(KindPalette.style(of: kind).name) <span class=\"n\">\(count)</span></li>"))
        }
        for kind in FactKind.allCases {
            let style = KindPalette.style(of: kind)
            #expect(style.background.contrast(with: KindPalette.text) >= 4.5, "\(kind) text contrast")
            #expect(style.border.contrast(with: style.background) >= 2.2, "\(kind) border shows")
            #expect(style.border.contrast(with: ReviewTheme.background) >= 3, "\(kind) border on white")
        }
        for (name, foreground, background) in ReviewTheme.textPairs {
            #expect(foreground.contrast(with: background) >= 4.5, "\(name) contrast")
        }
        #expect(ReviewTheme.focus.contrast(with: ReviewTheme.background) >= 3)
        #expect(abs(RGB(0x000000).contrast(with: RGB(0xFFFFFF)) - 21) < 0.01)
        #expect(abs(RGB(0x767676).contrast(with: RGB(0xFFFFFF)) - 4.54) < 0.01)
    }

    @Test("a finding flags the fact with its span, marks a span that is no fact's, and is listed with links")
    func findings() throws {
        let (document, facts) = try sampleFacts()
        let ordered = ReviewDocument(document: document, facts: facts).orderedFacts
        let money = try #require(ordered.firstIndex { $0.text == "962.8亿元" })
        let looseRange = 0..<4   // 云栖小镇 in the heading: no fact
        let findings = [
            ReviewFinding(rule: "conflict", severity: "error", message: "两个数不一致", spans: [ordered[money].span]),
            ReviewFinding(rule: "context", severity: "info", message: "标题", spans: [document.span(looseRange),
                          Span(document: "other.txt", scalarStart: 1, scalarEnd: 2)]),
        ]
        let html = ReviewPage().render([ReviewDocument(document: document, facts: facts, findings: findings)])
        let mark = try #require(startTags("mark", in: html).first { $0.attributes["id"] == "d0-f\(money)" })
        #expect(mark.classes.isSuperset(of: ["flagged", "sev-error"]))
        #expect(mark.attributes["title"]?.contains("finding: [error] conflict: 两个数不一致") == true)
        let flag = try #require(startTags("span", in: html).first { $0.classes.contains("flag") })
        #expect(flag.attributes["id"] == "d0-g1-s0")
        #expect(flag.classes.contains("sev-info"))
        #expect(textContent(of: flag, in: html) == "云栖小镇")
        #expect(html.contains("<li id=\"d0-g0\" class=\"sev-error\">"))
        #expect(html.contains("<a href=\"#d0-f\(money)\" class=\"cite\">962.8亿元</a>"))
        #expect(html.contains("<a href=\"#d0-g1-s0\" class=\"cite\">云栖小镇</a>"))
        #expect(html.contains("other.txt[1..&lt;2]"))
        let row = try #require(startTags("tr", in: html).first { $0.attributes["id"] == "d0-r\(money)" })
        #expect(row.attributes["data-flagged"] != nil)
        #expect(html.contains("<option value=\"!flagged\">"))
    }

    @Test("overlapping spans nest or split into well-formed pieces covering the text once")
    func overlaps() {
        typealias Mark = HighlightLayout.Mark
        let marks = [Mark(id: 0, start: 0, end: 10), Mark(id: 1, start: 2, end: 5), Mark(id: 2, start: 3, end: 8),
                     Mark(id: 3, start: 8, end: 12), Mark(id: 4, start: 6, end: 6), Mark(id: 5, start: 11, end: 40)]
        let events = HighlightLayout.events(count: 14, marks: marks)
        var stack: [Int] = []
        var covered = 0
        var firstOpens: [Int: Int] = [:]
        var inside: [Int: Int] = [:]
        for event in events {
            switch event {
            case .text(let range):
                #expect(range.lowerBound == covered)
                covered = range.upperBound
                for id in stack { inside[id, default: 0] += range.count }
            case .open(let id, let continuation):
                if !continuation { firstOpens[id, default: 0] += 1 }
                stack.append(id)
            case .close(let id):
                #expect(stack.last == id)
                stack.removeLast()
            }
        }
        #expect(stack.isEmpty)
        #expect(covered == 14)
        #expect(firstOpens == [0: 1, 1: 1, 2: 1, 3: 1, 4: 1, 5: 1])
        #expect(inside[0] == 10 && inside[1] == 3 && inside[2] == 5 && inside[3] == 4 && inside[4] == nil && inside[5] == 3)
    }

    @Test("several documents share one page, each with its own ids and table")
    func severalDocuments() throws {
        let (first, firstFacts) = try sampleFacts(id: "a.txt")
        let (second, secondFacts) = try sampleFacts(id: "b.txt", text: "2020年营收增长了3.5倍。")
        let html = ReviewPage(failures: [ReviewFailure(id: "c.txt", message: "c.txt: empty document")])
            .render([ReviewDocument(document: first, facts: firstFacts), ReviewDocument(document: second, facts: secondFacts)])
        let ids = startTags("mark", in: html).compactMap { $0.attributes["id"] }
        #expect(ids.filter { $0.hasPrefix("d0-") }.count == firstFacts.count)
        #expect(ids.filter { $0.hasPrefix("d1-") }.count == secondFacts.count)
        #expect(Set(ids).count == ids.count)
        #expect(html.contains("<a href=\"#d1\">b.txt</a>"))
        #expect(html.contains("c.txt: empty document"))
        #expect(startTags("table", in: html).filter { $0.classes.contains("facts") }.count == 2)
    }
}
