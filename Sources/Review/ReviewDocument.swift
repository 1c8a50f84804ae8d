import FactCore

/// One document as a review page shows it: its text, its facts and the
/// findings that concern it.
public struct ReviewDocument: Sendable {
    public var document: Document
    /// The facts of ``document``; shown in span order whatever order they come in.
    public var facts: [Fact]
    /// Findings citing spans of ``document``.
    public var findings: [ReviewFinding]

    public init(document: Document, facts: [Fact], findings: [ReviewFinding] = []) {
        self.document = document
        self.facts = facts
        self.findings = findings
    }

    /// The facts in text order (start, then longer first), as the page numbers them.
    var orderedFacts: [Fact] {
        facts.enumerated().sorted { a, b in
            let (x, y) = (a.element.span, b.element.span)
            if x.scalarStart != y.scalarStart { return x.scalarStart < y.scalarStart }
            if x.scalarEnd != y.scalarEnd { return x.scalarEnd > y.scalarEnd }
            return a.offset < b.offset
        }.map(\.element)
    }
}
