import FactCore

/// Renders self-contained HTML review pages: inline CSS and script, system
/// fonts, no URL outside the page except relative links between the pages
/// of one report.
///
/// ```swift
/// let facts = try extractor.extract(document)
/// let html = ReviewPage(title: "yunqi").render([ReviewDocument(document: document, facts: facts)])
/// ```
public struct ReviewPage: Sendable {
    /// The page's `<title>` and heading.
    public var title: String
    /// Links shown above the legend (index, previous, next), as (label, relative href, rel).
    public var navigation: [NavigationLink]
    /// Documents that could not be read, listed on the page: (id, message).
    public var failures: [ReviewFailure]

    /// A link between pages of a report.
    public struct NavigationLink: Sendable, Hashable {
        public var label: String
        /// A relative URL (already percent-encoded).
        public var href: String
        /// `prev`, `next`, `index` or nil.
        public var rel: String?

        public init(label: String, href: String, rel: String? = nil) {
            self.label = label
            self.href = href
            self.rel = rel
        }
    }

    public init(title: String = "zhfacts review", navigation: [NavigationLink] = [],
                failures: [ReviewFailure] = []) {
        self.title = title
        self.navigation = navigation
        self.failures = failures
    }

    /// The whole page for `documents`, in the order given.
    ///
    /// - Complexity: linear in the documents' text and facts.
    public func render(_ documents: [ReviewDocument]) -> String {
        let sections = documents.enumerated().map { DocumentSection(item: $0.element, prefix: "d\($0.offset)") }
        var kinds: [FactKind: Int] = [:]
        for section in sections { kinds.merge(section.kindCounts, uniquingKeysWith: +) }
        let factCount = sections.reduce(0) { $0 + $1.factCount }
        let findingCount = documents.reduce(0) { $0 + $1.findings.count }
        let flagged = documents.contains { !$0.findings.isEmpty }

        var out = ""
        out.reserveCapacity(documents.reduce(4096) { $0 + $1.document.content.bytes.count * 2 + $1.facts.count * 1200 })
        Self.appendHead(title: title, to: &out)
        out += "<header class=\"top\"><div class=\"wrap\">\n"
        appendNavigation(to: &out)
        out += "<h1>"
        HTML.appendText(title, to: &out)
        out += "</h1>\n<p class=\"summary\">\(documents.count) 篇文档 · \(factCount) 条事实 · \(findingCount) 个问题"
        if !failures.isEmpty { out += " · \(failures.count) 篇无法读取" }
        out += "</p>\n"
        Self.appendLegend(kinds: kinds, flagged: flagged, to: &out)
        out += "<p class=\"keys\">键盘：<kbd>j</kbd> / <kbd>k</kbd> 下一个 / 上一个数字（在数字上也可用方向键），"
        out += "<kbd>Enter</kbd> 跳到它在事实表中的行，行内 <kbd>#</kbd> 按钮跳回正文，<kbd>Esc</kbd> 关闭提示。</p>\n"
        out += "</div></header>\n<main id=\"main\" class=\"wrap\">\n"
        if documents.count > 1 {
            out += "<nav class=\"toc\" aria-label=\"文档目录\"><ol>"
            for (index, document) in documents.enumerated() {
                out += "<li><a href=\"#d\(index)\">"
                HTML.appendText(document.document.id, to: &out)
                out += "</a> <span class=\"meta\">(\(sections[index].factCount))</span></li>"
            }
            out += "</ol></nav>\n"
        }
        appendFailures(to: &out)
        for section in sections { section.render(into: &out) }
        if documents.isEmpty && failures.isEmpty { out += "<p class=\"empty\">没有文档。</p>\n" }
        out += "<footer>由 zhfacts review 生成。所有内容都在本文件内，不访问网络。</footer>\n</main>\n"
        Self.appendTail(to: &out)
        return out
    }

    // MARK: Parts shared with the index page

    static func appendHead(title: String, to out: inout String) {
        out += "<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"generator\" content=\"zhfacts review\">\n<title>"
        HTML.appendText(title, to: &out)
        out += "</title>\n<style>\n"
        out += ReviewStyle.css
        out += "</style>\n</head>\n<body data-selfcheck=\"pending\">\n<a class=\"skip\" href=\"#main\">跳到正文</a>\n"
    }

    static func appendTail(to out: inout String) {
        out += "<div id=\"tip\" role=\"tooltip\" hidden></div>\n<script>\n"
        out += ReviewScript.js
        out += "\n</script>\n</body>\n</html>\n"
    }

    static func appendLegend(kinds: [FactKind: Int], flagged: Bool, to out: inout String) {
        guard !kinds.isEmpty else { return }
        out += "<section class=\"legend\" aria-labelledby=\"legend-h\"><h2 id=\"legend-h\">图例</h2><ul>"
        for kind in FactKind.allCases {
            guard let count = kinds[kind] else { continue }
            out += "<li><span class=\"swatch k-\(kind.rawValue)\">\(kind.rawValue)</span> \(KindPalette.style(of: kind).name) <span class=\"n\">\(count)</span></li>"
        }
        if flagged {
            out += "<li><span class=\"swatch flagdemo sev-warning\">波浪线</span> 有问题（红：错误，棕：警告，蓝：提示）</li>"
        }
        out += "</ul></section>\n"
    }

    private func appendNavigation(to out: inout String) {
        guard !navigation.isEmpty else { return }
        out += "<nav class=\"pager\" aria-label=\"报告导航\">"
        for link in navigation {
            out += "<a href=\""
            HTML.appendAttribute(link.href, to: &out)
            out += "\""
            if let rel = link.rel {
                out += " rel=\""
                HTML.appendAttribute(rel, to: &out)
                out += "\""
            }
            out += ">"
            HTML.appendText(link.label, to: &out)
            out += "</a>"
        }
        out += "</nav>\n"
    }

    private func appendFailures(to out: inout String) {
        guard !failures.isEmpty else { return }
        out += "<section class=\"failed\" aria-labelledby=\"failed-h\"><h2 id=\"failed-h\">无法读取的文档</h2><ul>"
        for failure in failures {
            out += "<li><code>"
            HTML.appendText(failure.id, to: &out)
            out += "</code>: "
            HTML.appendText(failure.message, to: &out)
            out += "</li>"
        }
        out += "</ul></section>\n"
    }
}
