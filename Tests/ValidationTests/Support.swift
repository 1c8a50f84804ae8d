import Foundation
import Testing
import Extraction
import FactCore
import FactOutput
@testable import Validation

/// Extracts `text` with the real extractor and the project's lexicons.
func extract(_ text: String, id: String = "article") throws -> [Fact] {
    try Extractor(options: ExtractionOptions()).extract(Document(id: id, text: text))
}

/// The project's validator.
func standardValidator(reference: ReferenceTable? = nil) throws -> Validator {
    try Validator.standard(reference: reference)
}

/// An article run through extraction and validation.
struct Checked {
    let facts: [Fact]
    let findings: [Finding]

    init(_ text: String, id: String = "article", reference: ReferenceTable? = nil) throws {
        facts = try extract(text, id: id)
        findings = try standardValidator(reference: reference).validate(document: facts)
    }

    /// Findings of one rule.
    func of(_ rule: String) -> [Finding] { findings.filter { $0.rule == rule } }

    /// Findings of one rule with one outcome.
    func of(_ rule: String, _ outcome: FindingOutcome) -> [Finding] {
        of(rule).filter { $0.outcome == outcome }
    }

    /// A description of everything found, for failure messages.
    var dump: String {
        let facts = self.facts.filter { !$0.isDate }.map {
            "\($0.text)|\($0.kind.rawValue)|\($0.value?.plainString ?? "-")|\($0.time ?? "-")|\($0.metric ?? "-")"
        }
        let findings = self.findings.map { "\($0.rule)/\($0.severity.rawValue)/\($0.outcome.rawValue): \($0.message)" }
        return (["facts:"] + facts + ["findings:"] + findings).joined(separator: "\n")
    }
}

extension Finding {
    /// The cited texts, in citation order.
    var texts: [String] { facts.map(\.text) }

    /// The cited text of `role`.
    func text(_ role: String) -> [String] { facts.filter { $0.role == role }.map(\.text) }
}

/// The package root, found from this file.
let packageRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    .deletingLastPathComponent()  // ValidationTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

/// `CI=true` (or 1): missing shared inputs fail instead of skipping.
let isCI: Bool = {
    let value = ProcessInfo.processInfo.environment["CI"]?.lowercased()
    return value == "true" || value == "1"
}()

/// The seed article `<package root>/../shared/gold/seed/yunqi.txt`.
enum SeedArticle {
    static let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/gold/seed/yunqi.txt")
    static var available: Bool { FileManager.default.fileExists(atPath: url.path) }
    /// Run when present, and on CI (where absence fails).
    static var shouldRun: Bool { available || isCI }

    /// The text, or a recorded failure (CI) when the file is missing.
    static func text() throws -> String {
        guard available else {
            Issue.record("seed article missing at \(url.path), and CI=true requires it")
            throw CancellationError()
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}

