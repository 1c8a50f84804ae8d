import FactCore

/// The details a highlight shows on hover and focus: as `title` text and as
/// the HTML of its description (the target of `aria-describedby`).
///
/// Fields are named as the CSV columns: `value`, `value_max`, `unit`,
/// `approx`, `time`, `metric`, `modality`. Figures list them all (`—` when
/// empty); dates list `time`, `approx` and `modality`.
///
/// ```swift
/// FactDescription(fact: moneyFact).title
/// // 962.8亿元 — money 金额
/// // value: 96280000000
/// // unit: CNY (亿元)
/// // approx: exact
/// // time: 2018 (2018年)
/// // metric: 云计算产业规模
/// // modality: actual
/// ```
struct FactDescription {
    var fact: Fact
    var findings: [ReviewFinding] = []

    /// The first line: the text and the kind.
    var heading: String {
        "\(fact.text) — \(fact.kind.rawValue) \(KindPalette.style(of: fact.kind).name)"
    }

    /// The fields, in order, as (CSV column, shown value).
    var fields: [(key: String, value: String)] {
        let none = "—"
        var fields: [(String, String)] = []
        if !fact.isDate {
            fields.append(("value", fact.value?.plainString ?? none))
            if let valueMax = fact.valueMax { fields.append(("value_max", valueMax.plainString)) }
            var unit = fact.unit ?? none
            if let unitText = fact.unitText, !unitText.isEmpty, unitText != fact.unit { unit += " (\(unitText))" }
            fields.append(("unit", unit))
        }
        fields.append(("approx", fact.approx.rawValue))
        var time = fact.time ?? none
        if let timeText = fact.timeText, !timeText.isEmpty, timeText != fact.time { time += " (\(timeText))" }
        fields.append(("time", time))
        if !fact.isDate { fields.append(("metric", fact.metric ?? none)) }
        fields.append(("modality", fact.modality.rawValue))
        return fields
    }

    /// One line per finding: `[severity] rule: message`.
    var findingLines: [String] {
        findings.map { "[\($0.severity)] \($0.rule): \($0.message)" }
    }

    /// Plain text for the `title` attribute, one field a line.
    var title: String {
        var lines = [heading]
        lines += fields.map { "\($0.key): \($0.value)" }
        lines += findingLines.map { "finding: " + $0 }
        return lines.joined(separator: "\n")
    }

    /// The description element's content (escaped HTML).
    func appendDescriptionHTML(to out: inout String) {
        out += "<span class=\"d-head\">"
        HTML.appendText(heading, to: &out)
        out += "</span>"
        for (key, value) in fields {
            out += "<span class=\"kv\"><span class=\"k\">"
            HTML.appendText(key, to: &out)
            out += "</span> "
            HTML.appendText(value, to: &out)
            out += "</span>"
        }
        for (finding, line) in zip(findings, findingLines) {
            out += "<span class=\"kv finding \(finding.severityClass)\"><span class=\"k\">finding</span> "
            HTML.appendText(line, to: &out)
            out += "</span>"
        }
    }
}
