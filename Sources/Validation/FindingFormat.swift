import FactCore

/// How findings are written: CSV (one row per cited fact) or JSON Lines
/// (one object per finding).
///
/// CSV columns, in order (``csvColumns``): `finding` (1-based number; rows
/// of one finding share it), `rule`, `severity`, `outcome`, `message`,
/// `role` (the cited fact's part: whole, part, share, total, old, new, rate,
/// figure, suspect, other, inner, outer, earlier, later, source), `doc`,
/// `start`, `end` (code points), `text`, `value`, `unit`, `time`, `metric`,
/// `sentence`. Quoting as in the fact CSV (RFC 4180, CRLF).
///
/// JSON Lines: `{"finding":1,"rule":…,"severity":…,"outcome":…,"message":…,
/// "facts":[{"role":…,"doc":…,"start":…,"end":…,"text":…,"value":…,
/// "unit":…,"time":…,"metric":…,"sentence":…}]}`; `value` is a decimal
/// string, absent fields are null.
public enum FindingFormat: String, Sendable, CaseIterable {
    case csv, jsonl

    public static let csvColumns = [
        "finding", "rule", "severity", "outcome", "message", "role", "doc", "start", "end", "text",
        "value", "unit", "time", "metric", "sentence",
    ]

    /// What precedes the first finding (the CSV header; nothing for JSON Lines).
    public var header: String {
        switch self {
        case .csv: Self.csvColumns.joined(separator: ",") + "\r\n"
        case .jsonl: ""
        }
    }

    /// One finding, numbered `number`.
    public func render(_ finding: Finding, number: Int) -> String {
        switch self {
        case .csv: Self.csv(finding, number: number)
        case .jsonl: Self.json(finding, number: number)
        }
    }

    /// The header and every finding, numbered from 1.
    public func render(_ findings: [Finding]) -> String {
        var out = header
        for (index, finding) in findings.enumerated() { out += render(finding, number: index + 1) }
        return out
    }

    static func csv(_ finding: Finding, number: Int) -> String {
        var out = ""
        for fact in finding.facts {
            let fields: [String?] = [
                String(number), finding.rule, finding.severity.rawValue, finding.outcome.rawValue, finding.message,
                fact.role, fact.document, String(fact.start), String(fact.end), fact.text,
                fact.value?.plainString, fact.unit, fact.time, fact.metric, fact.sentence,
            ]
            out += fields.map(csvField).joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func csvField(_ field: String?) -> String {
        guard let field else { return "" }
        if field.isEmpty { return "\"\"" }
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" })
        else { return field }
        var out = "\""
        for scalar in field.unicodeScalars {
            if scalar == "\"" { out.unicodeScalars.append(scalar) }
            out.unicodeScalars.append(scalar)
        }
        return out + "\""
    }

    static func json(_ finding: Finding, number: Int) -> String {
        var out = "{\"finding\":\(number),\"rule\":\(jsonString(finding.rule))"
        out += ",\"severity\":\(jsonString(finding.severity.rawValue)),\"outcome\":\(jsonString(finding.outcome.rawValue))"
        out += ",\"message\":\(jsonString(finding.message)),\"facts\":["
        out += finding.facts.map { fact in
            "{\"role\":\(jsonString(fact.role)),\"doc\":\(jsonString(fact.document)),\"start\":\(fact.start)"
                + ",\"end\":\(fact.end),\"text\":\(jsonString(fact.text)),\"value\":\(jsonString(fact.value?.plainString))"
                + ",\"unit\":\(jsonString(fact.unit)),\"time\":\(jsonString(fact.time))"
                + ",\"metric\":\(jsonString(fact.metric)),\"sentence\":\(jsonString(fact.sentence))}"
        }.joined(separator: ",")
        return out + "]}\n"
    }

    static func jsonString(_ string: String?) -> String { JSONString.literal(string) }
}
