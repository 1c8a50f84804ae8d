import Foundation
import FactCore

/// A figure found in the text: numeral, unit and qualifiers, with its value.
struct FigureMention {
    /// The whole span: qualifier through numeral, magnitude, unit and suffix qualifier.
    var range: Range<Int>
    var kind: FactKind
    var value: Decimal
    var valueMax: Decimal?
    var unit: String?
    var unitText: String?
    var approx: Approximation
    var rule: String
    /// A unitless numeral with a magnitude of 万 or more (money when the context is money).
    var bareMagnitude = false
    /// Written with 个亿 / 个万 (money in news usage).
    var usedGe = false

    /// A rate of change or a share (percent, percentage points, multiples).
    var isRate: Bool { kind == .percent || kind == .percentagePoint || kind == .multiple }

    /// List markers are kept as boundaries but never output.
    var isNeverOutput: Bool { rule == "figure.list-marker" }

    /// Can become a fact: has a kind, or is a bare magnitude that money context may claim.
    var mayBeFact: Bool { (kind != .number && kind != .ordinal) || bareMagnitude }
}
