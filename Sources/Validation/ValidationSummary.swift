/// Counts of a validation run and the exit status they call for.
///
/// Exit status: 2 when a document (or fact file) could not be read, else 1
/// when a finding is at least as severe as `failOn` (`error` unless
/// `--fail-on` says otherwise), else 0.
public struct ValidationSummary: Sendable, Hashable, CustomStringConvertible {
    public var documents = 0
    public var facts = 0
    /// Documents or fact files that could not be read.
    public var failures = 0
    public var bySeverity: [Severity: Int] = [:]
    public var byRule: [String: Int] = [:]

    public init() {}

    public init(findings: [Finding], documents: Int, facts: Int, failures: Int = 0) {
        self.documents = documents
        self.facts = facts
        self.failures = failures
        add(findings)
    }

    public mutating func add(_ findings: [Finding]) {
        for finding in findings {
            bySeverity[finding.severity, default: 0] += 1
            byRule[finding.rule, default: 0] += 1
        }
    }

    public func count(_ severity: Severity) -> Int { bySeverity[severity] ?? 0 }

    /// 2 for unreadable input, 1 for a finding at least as severe as `failOn`, else 0.
    public func exitStatus(failOn: Severity = .error) -> Int32 {
        if failures > 0 { return 2 }
        let failing = Severity.allCases.filter { $0 >= failOn }.contains { count($0) > 0 }
        return failing ? 1 : 0
    }

    /// One line: `3 documents, 120 facts: 1 error, 2 warnings, 5 info (part-whole 2, …)`.
    public var description: String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var text = "\(plural(documents, "document")), \(plural(facts, "fact")): "
        text += "\(plural(count(.error), "error")), \(plural(count(.warning), "warning")), \(count(.info)) info"
        let rules = RuleCatalog.all.map(\.id).compactMap { id in byRule[id].map { "\(id) \($0)" } }
        if !rules.isEmpty { text += " (\(rules.joined(separator: ", ")))" }
        if failures > 0 { text += "; \(plural(failures, "input")) could not be read" }
        return text
    }
}
