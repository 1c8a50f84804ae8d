import Foundation

/// `reference`: figures that match a reference row by metric (or alias),
/// time and unit are confirmed or reported with the difference.
public struct ReferenceRule: DocumentRule {
    public let id = RuleCatalog.reference

    public init() {}

    public func check(_ document: DocumentAnalysis, context: ValidationContext) -> [Finding] {
        guard let table = context.reference else { return [] }
        let keyed = table.rows.map { row in (row, Set(row.metrics.compactMap { context.normalizer.key($0) })) }
        var findings: [Finding] = []
        for fact in document.facts {
            guard fact.isFigure, !fact.isDifference, fact.fact.modality == .actual, let key = fact.metricKey,
                  let period = fact.period, let bounds = fact.bounds, let value = fact.fact.value else { continue }
            for (row, keys) in keyed where keys.contains(key) && row.period == period && row.unit == fact.fact.unit {
                let source = "\(table.file) line \(row.line)"
                let tolerance = row.tolerance.map { ", tolerance \($0)" } ?? ""
                if bounds.overlaps(row.bounds) {
                    findings.append(context.finding(id, .confirmed, """
                        \(fact.label) agrees with the reference \(row.metrics[0]) \(row.time) = \
                        \(row.value.plainString) \(row.unit)\(tolerance) (\(source)).
                        """, [fact.cited("figure")]))
                } else {
                    let difference = value - row.value
                    let relative = row.value == 0 ? "" : " (\(MessageText.signed(difference / row.value * 100, places: 1))%)"
                    findings.append(context.finding(id, .inconsistent, """
                        \(fact.label) differs from the reference \(row.metrics[0]) \(row.time) = \
                        \(row.value.plainString) \(row.unit)\(tolerance) by \(MessageText.signed(difference)) \
                        \(row.unit)\(relative) (\(source)).
                        """, [fact.cited("figure")]))
                }
            }
        }
        return findings
    }
}
