import Foundation
import FactCore

/// A folder of `<id>.txt` documents with their `<id>.jsonl` gold facts.
public struct GoldFolder: Sendable {
    public let url: URL

    public init(_ url: URL) { self.url = url }

    /// The ids that have a gold file, sorted.
    public func ids() throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path)
        return names.filter { $0.hasSuffix(".jsonl") }.map { String($0.dropLast(".jsonl".count)) }.sorted()
    }

    /// The text of document `id` (UTF-8).
    public func text(of id: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(id + ".txt"), encoding: .utf8)
    }

    /// Extracts every document with `extract` and scores against the gold.
    public func evaluate(_ extract: (_ id: String, _ text: String) throws -> [Fact]) throws -> EvaluationReport {
        var gold: [GoldFact] = []
        var system: [GoldFact] = []
        for id in try ids() {
            gold += try GoldFile.load(url.appendingPathComponent(id + ".jsonl"))
            system += try extract(id, text(of: id)).map { GoldFact(fact: $0, doc: id) }
        }
        return Scorer().score(gold: gold, system: system)
    }
}
