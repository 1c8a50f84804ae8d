import Foundation
import FactCore
import Extraction

/// Package root (the folder holding Package.swift), found from this file.
let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A short article with money, counts, a percentage, a range and dates.
let sampleText = """
    云栖小镇的成长之路
    2018年中国云计算产业规模达到962.8亿元,2019年产业规模预计超过千亿。
    截至2019年11月,云栖小镇企业数已达1551家,同比增长12.5%。
    小镇布局了1000亩飞天科学城,引进3到5家科研机构。
    """

/// The sample article's facts, as the extractor gives them.
func sampleFacts(id: String = "sample.txt", text: String = sampleText) throws -> (Document, [Fact]) {
    let document = Document(id: id, text: text)
    return (document, try Extractor().extract(document))
}

/// A fresh temporary folder, removed by the caller.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("zhfacts-review-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// One start tag found in HTML: its name and attributes (values unescaped).
struct Tag {
    var name: String
    var attributes: [String: String]
    /// Offset of the character after the tag's `>` in the HTML.
    var end: String.Index

    var classes: Set<String> { Set((attributes["class"] ?? "").split(separator: " ").map(String.init)) }
}

/// The start tags named `name` in `html` (a small scanner for the pages this module writes:
/// attribute values are always double-quoted).
func startTags(_ name: String, in html: String) -> [Tag] {
    var tags: [Tag] = []
    var searchFrom = html.startIndex
    while let open = html.range(of: "<" + name, range: searchFrom..<html.endIndex) {
        searchFrom = open.upperBound
        guard let next = html[open.upperBound...].first, next == " " || next == ">" else { continue }
        guard let close = html.range(of: ">", range: open.upperBound..<html.endIndex) else { break }
        let inside = html[open.upperBound..<close.lowerBound]
        var attributes: [String: String] = [:]
        var rest = Substring(inside)
        while let eq = rest.firstIndex(of: "=") {
            let key = rest[..<eq].split(separator: " ").last.map(String.init) ?? ""
            let afterEq = rest.index(after: eq)
            guard afterEq < rest.endIndex, rest[afterEq] == "\"",
                  let endQuote = rest[rest.index(after: afterEq)...].firstIndex(of: "\"") else { break }
            attributes[key] = unescape(String(rest[rest.index(after: afterEq)..<endQuote]))
            rest = rest[rest.index(after: endQuote)...]
        }
        // Boolean attributes (hidden, data-flagged="" is written with a value).
        for word in rest.split(separator: " ") where !word.contains("=") { attributes[String(word)] = "" }
        tags.append(Tag(name: name, attributes: attributes, end: close.upperBound))
    }
    return tags
}

/// The text up to the matching close tag of `tag`, tags removed and unescaped.
func textContent(of tag: Tag, in html: String) -> String {
    var depth = 1
    var index = tag.end
    var text = ""
    while index < html.endIndex, depth > 0 {
        if html[index] == "<" {
            let close = html[index...].firstIndex(of: ">")!
            let inner = html[index...close]
            if inner.hasPrefix("</" + tag.name) { depth -= 1 } else if inner.hasPrefix("<" + tag.name) { depth += 1 }
            index = html.index(after: close)
        } else {
            text.append(html[index])
            index = html.index(after: index)
        }
    }
    return unescape(text)
}

/// Reverses the references HTML.text and HTML.attribute write.
func unescape(_ text: String) -> String {
    var out = text
    for (reference, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"),
                                   ("&#10;", "\n"), ("&#13;", "\r"), ("&#9;", "\t"), ("&amp;", "&")] {
        out = out.replacingOccurrences(of: reference, with: character)
    }
    return out
}
