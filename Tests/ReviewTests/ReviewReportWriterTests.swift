import Foundation
import Testing
import FactCore
@testable import Review

@Suite("Report layout")
struct ReviewReportWriterTests {
    func documents(_ count: Int) throws -> [ReviewDocument] {
        try (0..<count).map { index in
            let (document, facts) = try sampleFacts(id: "folder/文章 \(index).txt", text: "2019年营收为\(index + 1)亿元。")
            return ReviewDocument(document: document, facts: facts)
        }
    }

    @Test("up to --per-page documents go on one page")
    func singlePage() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("report.html").path
        let writer = try ReviewReportWriter(outputPath: output, documentCount: 3, perPage: 3)
        #expect(writer.layout == .singlePage)
        for document in try documents(3) { try writer.add(document) }
        #expect(try writer.finish() == [output])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.html"])
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(html.contains("<section class=\"doc\" id=\"d2\""))
    }

    @Test("over --per-page documents: one page each in report-pages/, an index linking them, prev/next links")
    func perDocument() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("my report.html").path
        let writer = try ReviewReportWriter(outputPath: output, documentCount: 4, perPage: 2, title: "批次")
        let pages = folder.appendingPathComponent("my report-pages").path
        #expect(writer.layout == .perDocument(folder: pages))
        let docs = try documents(3)
        try writer.add(docs[0])
        try writer.addFailure(ReviewFailure(id: "bad.txt", message: "bad.txt: not text"))
        try writer.add(docs[1])
        try writer.add(docs[2])
        let written = try writer.finish()
        #expect(written.count == 5 && written.first == output)
        #expect(try FileManager.default.contentsOfDirectory(atPath: pages).sorted()
                    == ["0001.html", "0002.html", "0003.html", "0004.html"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["my report-pages", "my report.html"])

        let index = try String(contentsOfFile: output, encoding: .utf8)
        let links = startTags("a", in: index).compactMap { $0.attributes["href"] }.filter { !$0.hasPrefix("#") }
        #expect(links == ["my%20report-pages/0001.html", "my%20report-pages/0002.html",
                          "my%20report-pages/0003.html", "my%20report-pages/0004.html"])
        for link in links {
            let target = folder.appendingPathComponent(link.removingPercentEncoding!).path
            #expect(FileManager.default.fileExists(atPath: target), "\(link) is broken")
        }
        #expect(index.contains("folder/文章 0.txt"))
        #expect(index.contains("bad.txt: not text"))

        let second = try String(contentsOfFile: pages + "/0002.html", encoding: .utf8)
        #expect(second.contains("bad.txt: not text"))
        let third = try String(contentsOfFile: pages + "/0003.html", encoding: .utf8)
        let nav = startTags("a", in: third).filter { $0.attributes["rel"] != nil }
            .map { "\($0.attributes["rel"]!) \($0.attributes["href"]!)" }
        #expect(nav == ["index ../my%20report.html", "prev 0002.html", "next 0004.html"])
        #expect(third.contains("<title>folder/文章 1.txt — 批次</title>"))
        #expect(startTags("mark", in: third).contains { $0.attributes["id"] == "d0-f0" })
        let last = try String(contentsOfFile: pages + "/0004.html", encoding: .utf8)
        #expect(!last.contains("rel=\"next\""))

        // A second run replaces the pages folder it wrote; a smaller batch leaves no stale page.
        let again = try ReviewReportWriter(outputPath: output, documentCount: 3, perPage: 1)
        for document in docs { try again.add(document) }
        try again.finish()
        #expect(try FileManager.default.contentsOfDirectory(atPath: pages).sorted() == ["0001.html", "0002.html", "0003.html"])
    }

    @Test("a pages folder holding other files is not replaced")
    func foreignFolder() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("report.html").path
        let pages = folder.appendingPathComponent("report-pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: pages.appendingPathComponent("notes.txt"))
        let writer = try ReviewReportWriter(outputPath: output, documentCount: 2, perPage: 1)
        for document in try documents(2) { try writer.add(document) }
        #expect(throws: ReviewError.foreignFolder(path: pages.path)) { try writer.finish() }
        #expect(try FileManager.default.contentsOfDirectory(atPath: pages.path) == ["notes.txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report-pages"])
    }

    @Test("no page refers to anything outside the report: no http(s) or protocol-relative src/href, no url() or @import")
    func noExternalURLs() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("report.html").path
        var docs = try documents(2)
        // A text full of URLs must still produce none as links.
        let (document, facts) = try sampleFacts(id: "https://example.com/a.txt",
                                               text: "见 https://example.com/x 与 //cdn.example.com/y.js ,2019年增长5%。")
        docs.append(ReviewDocument(document: document, facts: facts))
        let writer = try ReviewReportWriter(outputPath: output, documentCount: 3, perPage: 1)
        for doc in docs { try writer.add(doc) }
        let paths = try writer.finish()
        let single = ReviewPage().render(docs)
        for html in try paths.map({ try String(contentsOfFile: $0, encoding: .utf8) }) + [single] {
            for name in ["a", "link", "script", "img", "iframe", "source", "form", "object", "embed", "use"] {
                for tag in startTags(name, in: html) {
                    for key in ["src", "href", "action", "data", "xlink:href", "srcset"] {
                        guard let value = tag.attributes[key]?.lowercased() else { continue }
                        #expect(!value.hasPrefix("http:") && !value.hasPrefix("https:") && !value.hasPrefix("//"),
                                "\(name) \(key)=\(value)")
                        #expect(!value.contains(":"), "\(name) \(key)=\(value) names a scheme")
                    }
                }
            }
            #expect(startTags("link", in: html).isEmpty)
            #expect(startTags("script", in: html).allSatisfy { $0.attributes["src"] == nil })
            #expect(!html.contains("url("))
            #expect(!html.contains("@import"))
            #expect(!html.contains("@font-face"))
            #expect(!html.contains(#" src=""#))
        }
    }
}
