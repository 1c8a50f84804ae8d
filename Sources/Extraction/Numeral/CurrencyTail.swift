import Foundation
import FactCore

/// Amounts with smaller coins after them: 五元三毛 → 5.3, 50元6角三分 → 50.63,
/// 两美元又三美分 → 2.03. Each coin comes once, larger first, after an optional 又 or 零.
extension FigureRecognizer {
    /// Coins by the unit they follow (as written), with their share of it.
    private static let coins: [String: [(name: String, share: Decimal)]] = {
        let yuan: [(String, Decimal)] = [("角", Decimal(string: "0.1")!), ("毛", Decimal(string: "0.1")!), ("分", Decimal(string: "0.01")!)]
        return ["元": yuan, "圆": yuan, "块": yuan, "美元": [("美分", Decimal(string: "0.01")!)]]
    }()

    /// `figure` (money) extended over the coins that follow it, or nil when none does.
    func currencyTail(_ figure: FigureMention, reader: NumberReader) -> FigureMention? {
        guard figure.kind == .money, figure.valueMax == nil, figure.approx == .exact,
              let written = figure.unitText, let coins = Self.coins[written] else { return nil }
        var result = figure
        var end = figure.range.upperBound
        var smallest = Decimal(1)
        while end < text.count, !mask[end] {
            var start = end
            if text.at(start) == "又" || text.at(start) == "零" { start += 1 }
            guard let number = reader.read(at: start), number.approx == .exact, number.valueMax == nil,
                  number.value > 0, number.value < 100, !number.hasMagnitude else { break }
            let after = number.range.upperBound
            guard let coin = coins.first(where: { text.hasWord($0.name, at: after) }), coin.share < smallest,
                  number.value * coin.share < smallest else { break }
            result.value += number.value * coin.share
            smallest = coin.share
            end = after + coin.name.unicodeScalars.count
        }
        guard end > figure.range.upperBound else { return nil }
        result.range = figure.range.lowerBound..<end
        result.rule = "figure.unit-coins"
        return result
    }
}
