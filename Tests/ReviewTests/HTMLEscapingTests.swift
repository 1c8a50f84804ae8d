import Foundation
import Testing
import FactCore
@testable import Review

@Suite("HTML escaping")
struct HTMLEscapingTests {
    @Test func text() {
        #expect(HTML.text(#"a < b & "c" 'd' > e"#) == "a &lt; b &amp; &quot;c&quot; &#39;d&#39; &gt; e")
        #expect(HTML.text("云计算 962.8亿元\n第二行") == "云计算 962.8亿元\n第二行")
    }

    @Test func attribute() {
        #expect(HTML.attribute("line one\nline two\t\"x\"") == "line one&#10;line two&#9;&quot;x&quot;")
    }

    @Test("control characters become U+FFFD one for one, so offsets hold")
    func controls() {
        let escaped = HTML.text("a\u{0}b\u{7}c\u{85}d\u{FFFF}e\r\n")
        #expect(escaped == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\r\n")
    }

    @Test("markup in document text, ids, metrics and findings comes out as text")
    func hostileDocument() throws {
        let text = #"<script>alert("x")</script> 增长了12.5%。<img src=x onerror=alert(1)> & 完"#
        let id = #""><img src=x onerror=alert(1)>.txt"#
        let document = Document(id: id, text: text)
        let scalars = Array(text.unicodeScalars)
        let start = scalars.firstIndex(of: "1")!
        let fact = Fact(span: document.span(start..<(start + 5)), text: "12.5%", kind: .percent,
                        value: Decimal(string: "12.5"), unit: "%", metric: #"</mark><b onclick="x">"#,
                        provenance: Provenance(byteStart: 0, byteEnd: 0, line: 1, sentenceIndex: 0, sentence: text),
                        rule: "r")
        let finding = ReviewFinding(rule: "<rule>", severity: "\"warning\"", message: "<i>'m'</i>", spans: [fact.span])
        let html = ReviewPage(title: "<title>").render([ReviewDocument(document: document, facts: [fact], findings: [finding])])
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b onclick"))
        #expect(!html.contains("<i>'m'</i>"))
        #expect(!html.contains("<title><title>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        // Exactly one script element: the page's own.
        #expect(html.components(separatedBy: "<script").count == 2)
        let mark = try #require(startTags("mark", in: html).first { $0.attributes["id"] == "d0-f0" })
        #expect(mark.attributes["title"]?.contains(#"metric: </mark><b onclick="x">"#) == true)
        #expect(textContent(of: mark, in: html) == "12.5%")
    }
}
