import Foundation
import FactCore

/// Package root (the folder holding Package.swift), found from this file.
let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A fresh temporary folder, removed by the caller.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("zhfacts-factstore-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The article the store tests write: two documents that disagree on one figure.
///
/// FactStoreTests does not depend on Extraction, so the facts are written out
/// here as the extractor gives them for these sentences (same spans, values,
/// units, times and metrics).
enum Article {
    static let first = Document(id: "yunqi.txt", text: """
        云计算产业规模
        2018年中国云计算产业规模达到962.8亿元,2019年产业规模预计超过1000亿元。
        截至2019年11月,云栖小镇企业数已达1551家。
        """)
    static let second = Document(id: "news/其他.txt", text: "另据报道,2018年中国云计算产业规模为963亿元。")

    static var firstFacts: [Fact] {
        [
            fact(first, "2018年", kind: .date, time: "2018", rule: "date.year"),
            fact(first, "962.8亿元", kind: .money, value: "96280000000", unit: "CNY", unitText: "亿元",
                 time: "2018", timeText: "2018年", metric: "云计算产业规模"),
            fact(first, "2019年", kind: .date, time: "2019", rule: "date.year"),
            fact(first, "1000亿元", kind: .money, value: "100000000000", unit: "CNY", unitText: "亿元", approx: .over,
                 time: "2019", timeText: "2019年", metric: "云计算产业规模", modality: .forecast),
            fact(first, "2019年11月", kind: .date, time: "2019-11", rule: "date.month"),
            fact(first, "1551家", kind: .count, value: "1551", unit: "count", unitText: "家",
                 time: "2019-11", timeText: "2019年11月", metric: "云栖小镇企业数"),
        ]
    }

    static var secondFacts: [Fact] {
        [
            fact(second, "2018年", kind: .date, time: "2018", rule: "date.year"),
            fact(second, "963亿元", kind: .money, value: "96300000000", unit: "CNY", unitText: "亿元",
                 time: "2018", timeText: "2018年", metric: "云计算产业规模"),
        ]
    }

    /// The fact over the first occurrence of `text` in `document`.
    static func fact(_ document: Document, _ text: String, kind: FactKind, value: String? = nil,
                     unit: String? = nil, unitText: String? = nil, approx: Approximation = .exact,
                     time: String? = nil, timeText: String? = nil, metric: String? = nil,
                     modality: Modality = .actual, rule: String = "figure") -> Fact {
        let scalars = document.scalars, needle = Array(text.unicodeScalars)
        let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<$0 + needle.count]) == needle }!
        let end = start + needle.count
        // The sentence: from after the previous 。 or line break to the next 。 (inclusive).
        let stops: Set<Unicode.Scalar> = ["。", "\n"]
        var sentenceStart = start
        while sentenceStart > 0, !stops.contains(scalars[sentenceStart - 1]) { sentenceStart -= 1 }
        var sentenceEnd = end
        while sentenceEnd < scalars.count, !stops.contains(scalars[sentenceEnd]) { sentenceEnd += 1 }
        if sentenceEnd < scalars.count, scalars[sentenceEnd] == "。" { sentenceEnd += 1 }
        let sentenceIndex = scalars[..<sentenceStart].filter { stops.contains($0) }.count
        return Fact(
            span: document.span(start..<end), text: text, kind: kind,
            value: value.flatMap { Decimal(string: $0) }, unit: unit, unitText: unitText, approx: approx,
            time: time, timeText: timeText, metric: metric, modality: modality,
            provenance: Provenance(byteStart: document.utf8Offset(ofScalar: start),
                                   byteEnd: document.utf8Offset(ofScalar: end),
                                   line: document.line(ofScalar: start), sentenceIndex: sentenceIndex,
                                   sentence: document.text(in: sentenceStart..<sentenceEnd)),
            rule: rule)
    }
}

/// Runs the `sqlite3` command-line tool on `database` with `script` on standard input,
/// in tab-separated list mode without a header; returns the rows as fields.
func sqlite3(_ database: String, _ script: String) throws -> [[String]] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["sqlite3", "-batch", "-bail", "-separator", "\t", "-nullvalue", "NULL", database]
    let input = Pipe(), output = Pipe(), errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    input.fileHandleForWriting.write(Data(script.utf8))
    try input.fileHandleForWriting.close()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    let err = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0, err.isEmpty else {
        throw SQLite3Failure(status: process.terminationStatus, stderr: String(decoding: err, as: UTF8.self))
    }
    return String(decoding: out, as: UTF8.self)
        .split(separator: "\n", omittingEmptySubsequences: true)
        .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
}

struct SQLite3Failure: Error, CustomStringConvertible {
    var status: Int32
    var stderr: String
    var description: String { "sqlite3 exited \(status): \(stderr)" }
}

/// The SQL block that follows `<!-- fact-store-query: NAME -->` in README.md.
func readmeQuery(_ name: String) throws -> String {
    let candidates = [
        packageRoot.appendingPathComponent("README.md"),
    ]
    for url in candidates {
        guard let text = try? String(contentsOf: url, encoding: .utf8),
              let marker = text.range(of: "<!-- fact-store-query: \(name) -->"),
              let open = text.range(of: "```sql\n", range: marker.upperBound..<text.endIndex),
              let close = text.range(of: "```", range: open.upperBound..<text.endIndex) else { continue }
        return String(text[open.upperBound..<close.lowerBound])
    }
    throw SQLite3Failure(status: -1, stderr: "no README query named \(name)")
}
