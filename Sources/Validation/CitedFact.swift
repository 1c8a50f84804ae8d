import Foundation
import FactCore

/// A fact as a finding cites it: where it is (document, code-point span,
/// sentence), what it says, and the part it plays in the finding.
public struct CitedFact: Sendable, Hashable {
    /// The part the fact plays: `whole`, `part`, `share`, `total`, `old`,
    /// `new`, `rate`, `figure`, `earlier`, `later`, `source`.
    public var role: String
    public var document: String
    /// Code points of the document, end exclusive (as in the fact CSV).
    public var start: Int
    public var end: Int
    public var text: String
    public var sentence: String
    public var value: Decimal?
    public var unit: String?
    public var time: String?
    public var metric: String?

    public init(role: String, document: String, start: Int, end: Int, text: String, sentence: String,
                value: Decimal? = nil, unit: String? = nil, time: String? = nil, metric: String? = nil) {
        self.role = role
        self.document = document
        self.start = start
        self.end = end
        self.text = text
        self.sentence = sentence
        self.value = value
        self.unit = unit
        self.time = time
        self.metric = metric
    }

    /// Cites `fact` in `role`.
    public init(_ fact: Fact, role: String) {
        self.init(role: role, document: fact.span.document, start: fact.span.scalarStart,
                  end: fact.span.scalarEnd, text: fact.text, sentence: fact.provenance.sentence,
                  value: fact.value, unit: fact.unit, time: fact.time, metric: fact.metric)
    }
}
