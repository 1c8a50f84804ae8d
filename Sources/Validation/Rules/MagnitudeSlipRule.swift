import Foundation

/// `magnitude-slip`: a money figure about 10⁴ or 10⁸ times another of the
/// same metric — 万 written for 亿, or 元 for 万.
public struct MagnitudeSlipRule: DocumentRule {
    public let id = RuleCatalog.magnitudeSlip

    public init() {}

    public func check(_ document: DocumentAnalysis, context: ValidationContext) -> [Finding] {
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for (index, fact) in document.facts.enumerated() {
            guard fact.fact.kind == .money, fact.isLevel, let key = fact.metricKey,
                  let value = fact.fact.value, value > 0 else { continue }
            let groupKey = key + "\u{1F}" + (fact.fact.unit ?? "")
            if groups[groupKey] == nil { order.append(groupKey) }
            groups[groupKey, default: []].append(index)
        }
        var findings: [Finding] = []
        for key in order {
            guard let members = groups[key], members.count >= 2 else { continue }
            let values = members.map { Self.double(document.facts[$0].fact.value!) }
            if members.count == 2 {
                if let exponent = slipExponent(values[0] / values[1], context.thresholds) {
                    let a = document.facts[members[0]], b = document.facts[members[1]]
                    findings.append(context.finding(id, .inconsistent, """
                        \(a.label) and \(b.label) differ by about 10^\(exponent): one of them may have \
                        the wrong magnitude (万/亿).
                        """, [a.cited("figure"), b.cited("figure")]))
                }
                continue
            }
            let median = values.sorted()[values.count / 2]
            for (position, member) in members.enumerated() {
                guard let exponent = slipExponent(values[position] / median, context.thresholds) else { continue }
                let suspect = document.facts[member]
                let others = members.filter { $0 != member }.map { document.facts[$0] }
                findings.append(context.finding(id, .inconsistent, """
                    \(suspect.label) is about 10^\(exponent) times the other figures of the same metric \
                    (\(others.map(\.fact.text).joined(separator: ", "))): it may have the wrong magnitude (万/亿).
                    """, [suspect.cited("suspect")] + others.map { $0.cited("other") }))
            }
        }
        return findings
    }

    /// The slip exponent (signed) that `ratio` is close to, if any.
    func slipExponent(_ ratio: Double, _ thresholds: Thresholds) -> Int? {
        guard ratio > 0 else { return nil }
        let magnitude = log10(ratio)
        for exponent in thresholds.slipExponents {
            if abs(abs(magnitude) - Double(exponent)) <= thresholds.slipWindow {
                return magnitude < 0 ? -exponent : exponent
            }
        }
        return nil
    }

    static func double(_ value: Decimal) -> Double {
        NSDecimalNumber(decimal: value).doubleValue
    }
}
