import Foundation
import FactCore

/// Printable summaries of a Recognizers-Text run.
public struct RecognizersTextReport: Sendable {
    public let tallies: [FileTally]

    public init(tallies: [FileTally]) {
        self.tallies = tallies
    }

    /// One line per spec file: in scope, passed, rate, target, failures expected (listed in
    /// `expected-failures.tsv`) and not, and the ceiling (the rate if every unlisted failure were fixed).
    ///
    /// ```
    /// spec file                  in_scope  passed    rate  target  listed  unlisted  ceiling  status
    /// NumberModel                     340     331   97.4%   97.0%       5         4    98.5%  ok
    /// ```
    public var table: String {
        var lines = [pad("spec file", 26) + lpad("in_scope", 9) + lpad("passed", 8) + lpad("rate", 8)
                     + lpad("target", 8) + lpad("listed", 8) + lpad("unlisted", 10) + lpad("ceiling", 9) + "  status"]
        var totalIn = 0, totalPassed = 0
        for tally in tallies {
            totalIn += tally.inScope
            totalPassed += tally.passed
            let status = tally.file.target == nil ? "-" : (tally.meetsTarget ? "ok" : "BELOW")
            lines.append(pad(tally.file.name, 26) + lpad("\(tally.inScope)", 9) + lpad("\(tally.passed)", 8)
                         + lpad(percent(tally.rate), 8) + lpad(tally.file.target.map(percent) ?? "-", 8)
                         + lpad("\(tally.expectedFailing.count)", 8) + lpad("\(tally.unexpectedFailing.count)", 10)
                         + lpad(percent(tally.ceiling), 9) + "  " + status)
        }
        let rate = totalIn == 0 ? 1 : Double(totalPassed) / Double(totalIn)
        lines.append(pad("total", 26) + lpad("\(totalIn)", 9) + lpad("\(totalPassed)", 8) + lpad(percent(rate), 8))
        return lines.joined(separator: "\n")
    }

    /// `{"<spec file>": {"in_scope": N, "passed": K}, ...}`, keys as `scope.jsonl` writes them, sorted.
    public var json: String {
        let body = tallies.sorted { $0.file.path < $1.file.path }.map {
            "\"\(jsonEscape($0.file.path))\": {\"in_scope\": \($0.inScope), \"passed\": \($0.passed)}"
        }
        return "{" + body.joined(separator: ", ") + "}"
    }

    /// The failing cases, listed ones marked with their class; at most `limit` per file.
    public func failureListing(limit: Int, expectedFailures: ExpectedFailures) -> String {
        var lines: [String] = []
        for tally in tallies {
            let failing = tally.outcomes.filter { !$0.passed }
            guard !failing.isEmpty else { continue }
            lines.append("== \(tally.file.name): \(failing.count) failing")
            for outcome in failing.prefix(limit) {
                let listed = expectedFailures.entry(for: outcome.specCase).map { " [listed: \($0.category)]" } ?? ""
                lines.append("#\(outcome.specCase.index) [\(outcome.specCase.scopeReason)]\(listed) \(outcome.specCase.input)")
                for problem in outcome.problems { lines.append("    - \(problem)") }
                for row in outcome.observed { lines.append("    ours: \(row)") }
            }
        }
        for tally in tallies {
            for outcome in tally.stalePasses {
                lines.append("stale: \(outcome.specCase.id) passes but is listed in expected-failures.tsv")
            }
        }
        return lines.joined(separator: "\n")
    }

    private func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
    private func pad(_ text: String, _ width: Int) -> String { text.count >= width ? text : text + String(repeating: " ", count: width - text.count) }
    private func lpad(_ text: String, _ width: Int) -> String { text.count >= width ? text : String(repeating: " ", count: width - text.count) + text }
}

/// Escapes a string for a JSON string literal (the literal without its quotes).
func jsonEscape(_ text: String) -> String {
    String(JSONString.literal(text).dropFirst().dropLast())
}
