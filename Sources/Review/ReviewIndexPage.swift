import FactCore

/// The index of a report written one page per document: a table linking
/// every document's page, with its counts of facts and findings.
public struct ReviewIndexPage: Sendable {
    /// One document of the index.
    public struct Entry: Sendable, Hashable {
        public var id: String
        /// Relative, percent-encoded link to the document's page.
        public var href: String
        public var factCount: Int
        public var findingCount: Int
        public var kinds: [FactKind: Int]
        /// The error, for a document that could not be read.
        public var failure: String?

        public init(id: String, href: String, factCount: Int = 0, findingCount: Int = 0,
                    kinds: [FactKind: Int] = [:], failure: String? = nil) {
            self.id = id
            self.href = href
            self.factCount = factCount
            self.findingCount = findingCount
            self.kinds = kinds
            self.failure = failure
        }
    }

    public var title: String

    public init(title: String = "zhfacts review") {
        self.title = title
    }

    public func render(_ entries: [Entry]) -> String {
        var kinds: [FactKind: Int] = [:]
        for entry in entries { kinds.merge(entry.kinds, uniquingKeysWith: +) }
        let facts = entries.reduce(0) { $0 + $1.factCount }
        let findings = entries.reduce(0) { $0 + $1.findingCount }
        let failed = entries.filter { $0.failure != nil }.count
        var out = ""
        ReviewPage.appendHead(title: title, to: &out)
        out += "<header class=\"top\"><div class=\"wrap\">\n<h1>"
        HTML.appendText(title, to: &out)
        out += "</h1>\n<p class=\"summary\">\(entries.count) 篇文档 · \(facts) 条事实 · \(findings) 个问题"
        if failed > 0 { out += " · \(failed) 篇无法读取" }
        out += "。每篇文档一页。</p>\n"
        ReviewPage.appendLegend(kinds: kinds, flagged: findings > 0, to: &out)
        out += "</div></header>\n<main id=\"main\" class=\"wrap\">\n"
        out += "<div class=\"table-wrap index-wrap\"><table class=\"index\"><caption class=\"sr-only\">文档</caption><thead><tr>"
        out += "<th scope=\"col\">#</th><th scope=\"col\">文档</th><th scope=\"col\">事实</th><th scope=\"col\">问题</th><th scope=\"col\">类型</th></tr></thead>\n<tbody>\n"
        for (index, entry) in entries.enumerated() {
            out += "<tr><td class=\"num\">\(index + 1)</td><td><a href=\""
            HTML.appendAttribute(entry.href, to: &out)
            out += "\">"
            HTML.appendText(entry.id, to: &out)
            out += "</a>"
            if let failure = entry.failure {
                out += " <span class=\"meta\">无法读取："
                HTML.appendText(failure, to: &out)
                out += "</span>"
            }
            out += "</td><td class=\"num\">\(entry.factCount)</td><td class=\"num\">\(entry.findingCount)</td><td>"
            out += FactKind.allCases.compactMap { kind in entry.kinds[kind].map { "\(kind.rawValue) \($0)" } }.joined(separator: ", ")
            out += "</td></tr>\n"
        }
        out += "</tbody></table></div>\n<footer>由 zhfacts review 生成。所有内容都在本文件夹内，不访问网络。</footer>\n</main>\n"
        ReviewPage.appendTail(to: &out)
        return out
    }
}
