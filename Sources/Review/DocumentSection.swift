import Foundation
import FactCore

/// The HTML of one document on a review page: its text with a highlight per
/// fact and a mark per finding span, the findings list and the facts table.
///
/// Element ids are derived from the document's position on the page
/// (`prefix`, e.g. `d0`), never from its id, so any document id is safe:
/// `d0-f3` is the highlight of fact 3 (in text order), `d0-r3` its table
/// row, `d0-i3` its description, `d0-g1` finding 1 and `d0-g1-s0` the mark
/// of its first span when no fact has that span.
struct DocumentSection {
    var item: ReviewDocument
    /// Prefix of every id of the section.
    var prefix: String

    private let facts: [Fact]
    /// For each fact (by index in ``facts``), the findings citing exactly its span.
    private let factFindings: [[Int]]
    /// Finding spans of this document that are no fact's span: (finding, span index, span).
    private let looseSpans: [(finding: Int, index: Int, span: Span)]

    init(item: ReviewDocument, prefix: String) {
        self.item = item
        self.prefix = prefix
        let facts = item.orderedFacts
        self.facts = facts
        var bySpan: [Range<Int>: Int] = [:]
        for (index, fact) in facts.enumerated() where bySpan[fact.span.range] == nil { bySpan[fact.span.range] = index }
        var factFindings = [[Int]](repeating: [], count: facts.count)
        var loose: [(Int, Int, Span)] = []
        for (number, finding) in item.findings.enumerated() {
            for (index, span) in finding.spans.enumerated() where span.document == item.document.id {
                if let fact = bySpan[span.range] {
                    if factFindings[fact].last != number { factFindings[fact].append(number) }
                } else {
                    loose.append((number, index, span))
                }
            }
        }
        self.factFindings = factFindings
        self.looseSpans = loose
    }

    var factCount: Int { facts.count }
    /// Kinds of the facts, with their counts.
    var kindCounts: [FactKind: Int] { facts.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 } }

    func render(into out: inout String, heading: Int = 2) {
        let id = item.document.id
        out += "<section class=\"doc\" id=\"\(prefix)\" aria-labelledby=\"\(prefix)-h\">\n"
        out += "<h\(heading) id=\"\(prefix)-h\" class=\"doc-title\">"
        HTML.appendText(id, to: &out)
        out += "</h\(heading)>\n<p class=\"meta\">\(item.document.count) 字 · \(facts.count) 条事实 · \(item.findings.count) 个问题"
        if let date = item.document.publicationDate { out += " · 发布日期 \(date)" }
        out += "</p>\n"
        renderFindings(into: &out)
        out += "<h\(heading + 1) class=\"sr-only\" id=\"\(prefix)-th\">正文</h\(heading + 1)>\n"
        out += "<div class=\"text\" id=\"\(prefix)-text\" aria-labelledby=\"\(prefix)-th\">"
        renderText(into: &out)
        out += "</div>\n<div class=\"descs\" hidden>"
        for (index, fact) in facts.enumerated() {
            out += "<span class=\"desc\" id=\"\(prefix)-i\(index)\">"
            description(of: index, fact).appendDescriptionHTML(to: &out)
            out += "</span>"
        }
        out += "</div>\n"
        renderTable(into: &out, heading: heading + 1)
        out += "</section>\n"
    }

    private func description(of index: Int, _ fact: Fact) -> FactDescription {
        FactDescription(fact: fact, findings: factFindings[index].map { item.findings[$0] })
    }

    /// The worst severity class of findings `numbers`.
    private func severityClass(_ numbers: [Int]) -> String {
        let classes = Set(numbers.map { item.findings[$0].severityClass })
        for candidate in ["sev-error", "sev-warning", "sev-info"] where classes.contains(candidate) { return candidate }
        return "sev-info"
    }

    // MARK: Text

    private func renderText(into out: inout String) {
        // Mark ids: facts are 0..<n, loose finding spans n..<n+m.
        var marks = facts.enumerated().map { HighlightLayout.Mark(id: $0.offset, start: $0.element.span.scalarStart, end: $0.element.span.scalarEnd) }
        for (offset, loose) in looseSpans.enumerated() {
            marks.append(HighlightLayout.Mark(id: facts.count + offset, start: loose.span.scalarStart, end: loose.span.scalarEnd))
        }
        let scalars = item.document.scalars
        let titles = facts.enumerated().map { HTML.attribute(description(of: $0.offset, $0.element).title) }
        for event in HighlightLayout.events(count: scalars.count, marks: marks) {
            switch event {
            case .text(let range):
                for scalar in scalars[range] { HTML.appendText(scalar, to: &out) }
            case .open(let id, let continuation) where id < facts.count:
                let fact = facts[id]
                let kind = fact.kind.rawValue
                var classes = "fact k-\(kind)"
                if !factFindings[id].isEmpty { classes += " flagged " + severityClass(factFindings[id]) }
                if continuation { classes += " cont" }
                out += "<mark class=\"\(classes)\" data-kind=\"\(kind)\" data-fact=\"\(prefix)-f\(id)\" data-row=\"\(prefix)-r\(id)\""
                if !factFindings[id].isEmpty { out += " data-flagged=\"\"" }
                if !continuation {
                    out += " id=\"\(prefix)-f\(id)\" tabindex=\"0\" role=\"link\" aria-describedby=\"\(prefix)-i\(id)\""
                }
                out += " title=\"\(titles[id])\">"
            case .open(let id, let continuation):
                let loose = looseSpans[id - facts.count]
                let finding = item.findings[loose.finding]
                out += "<span class=\"flag \(finding.severityClass)\" data-finding=\"\(prefix)-g\(loose.finding)\""
                if !continuation { out += " id=\"\(prefix)-g\(loose.finding)-s\(loose.index)\"" }
                out += " title=\""
                HTML.appendAttribute("[\(finding.severity)] \(finding.rule): \(finding.message)", to: &out)
                out += "\">"
            case .close(let id):
                out += id < facts.count ? "</mark>" : "</span>"
            }
        }
    }

    // MARK: Findings

    private func renderFindings(into out: inout String) {
        guard !item.findings.isEmpty else { return }
        out += "<details class=\"findings\" open><summary>问题 (\(item.findings.count))</summary><ol>\n"
        for (number, finding) in item.findings.enumerated() {
            out += "<li id=\"\(prefix)-g\(number)\" class=\"\(finding.severityClass)\"><span class=\"sev\">"
            HTML.appendText(finding.severity, to: &out)
            out += "</span> <code>"
            HTML.appendText(finding.rule, to: &out)
            out += "</code> "
            HTML.appendText(finding.message, to: &out)
            if !finding.spans.isEmpty { out += " <span class=\"cites\">—" }
            for (index, span) in finding.spans.enumerated() {
                out += " "
                if span.document == item.document.id {
                    let target = facts.firstIndex { $0.span.range == span.range }
                        .map { "\(prefix)-f\($0)" } ?? "\(prefix)-g\(number)-s\(index)"
                    out += "<a href=\"#\(target)\" class=\"cite\">"
                    HTML.appendText(item.document.text(in: clamped(span.range)), to: &out)
                    out += "</a>"
                } else {
                    out += "<span class=\"cite other\">"
                    HTML.appendText(span.description, to: &out)
                    out += "</span>"
                }
            }
            if !finding.spans.isEmpty { out += "</span>" }
            out += "</li>\n"
        }
        out += "</ol></details>\n"
    }

    private func clamped(_ range: Range<Int>) -> Range<Int> {
        let count = item.document.count
        let lower = min(max(range.lowerBound, 0), count)
        return lower..<min(max(range.upperBound, lower), count)
    }

    // MARK: Table

    /// Columns: header, CSS class, whether sorting is numeric.
    static let columns: [(name: String, numeric: Bool)] = [
        ("#", true), ("text", false), ("kind", false), ("value", true), ("value_max", true), ("unit", false),
        ("approx", false), ("time", false), ("metric", false), ("modality", false), ("line", true), ("findings", false),
    ]

    private func renderTable(into out: inout String, heading: Int) {
        out += "<h\(heading) class=\"facts-title\" id=\"\(prefix)-fh\">事实表</h\(heading)>\n"
        guard !facts.isEmpty else {
            out += "<p class=\"empty\">没有提取到事实。</p>\n"
            return
        }
        out += "<div class=\"controls\"><label>类型 <select class=\"kind-filter\" data-table=\"\(prefix)-table\">"
        out += "<option value=\"\">全部 (\(facts.count))</option>"
        for kind in FactKind.allCases {
            guard let count = kindCounts[kind] else { continue }
            out += "<option value=\"\(kind.rawValue)\">\(kind.rawValue) \(KindPalette.style(of: kind).name) (\(count))</option>"
        }
        if factFindings.contains(where: { !$0.isEmpty }) { out += "<option value=\"!flagged\">有问题的</option>" }
        out += "</select></label> <span class=\"shown\" aria-live=\"polite\" id=\"\(prefix)-shown\">显示 \(facts.count) / \(facts.count)</span></div>\n"
        out += "<div class=\"table-wrap\"><table class=\"facts\" id=\"\(prefix)-table\" data-shown=\"\(prefix)-shown\" aria-labelledby=\"\(prefix)-fh\"><thead><tr>"
        for (index, column) in Self.columns.enumerated() {
            out += "<th scope=\"col\" aria-sort=\"none\"\(column.numeric ? " data-type=\"num\"" : "")><button type=\"button\" data-col=\"\(index)\">\(column.name)</button></th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for (index, fact) in facts.enumerated() {
            renderRow(index, fact, into: &out)
        }
        out += "</tbody></table></div>\n"
    }

    private func renderRow(_ index: Int, _ fact: Fact, into out: inout String) {
        let findings = factFindings[index]
        out += "<tr id=\"\(prefix)-r\(index)\" tabindex=\"-1\" data-kind=\"\(fact.kind.rawValue)\" data-target=\"\(prefix)-f\(index)\""
        if !findings.isEmpty { out += " data-flagged=\"\" class=\"\(severityClass(findings))\"" }
        out += ">"
        out += "<td class=\"num\" data-v=\"\(index)\"><button type=\"button\" class=\"goto\" data-target=\"\(prefix)-f\(index)\" aria-label=\"在正文中查看 "
        HTML.appendAttribute(fact.text, to: &out)
        out += "\">\(index + 1)</button></td>"
        cell(fact.text, into: &out)
        out += "<td><span class=\"swatch k-\(fact.kind.rawValue)\">\(fact.kind.rawValue)</span></td>"
        numberCell(fact.value, into: &out)
        numberCell(fact.valueMax, into: &out)
        cell(fact.unit.map { u in fact.unitText.map { $0 == u ? u : "\(u) (\($0))" } ?? u }, into: &out)
        cell(fact.approx.rawValue, into: &out)
        cell(fact.time, into: &out)
        cell(fact.metric, into: &out)
        cell(fact.modality.rawValue, into: &out)
        out += "<td class=\"num\" data-v=\"\(fact.provenance.line)\">\(fact.provenance.line)</td><td>"
        for number in findings {
            let finding = item.findings[number]
            out += "<a href=\"#\(prefix)-g\(number)\" class=\"rule \(finding.severityClass)\">"
            HTML.appendText(finding.rule, to: &out)
            out += "</a> "
        }
        out += "</td></tr>\n"
    }

    private func cell(_ text: String?, into out: inout String) {
        out += "<td>"
        if let text { HTML.appendText(text, to: &out) }
        out += "</td>"
    }

    private func numberCell(_ value: Decimal?, into out: inout String) {
        guard let text = value?.plainString else {
            out += "<td class=\"num\"></td>"
            return
        }
        out += "<td class=\"num\" data-v=\"\(text)\">\(text)</td>"
    }
}
