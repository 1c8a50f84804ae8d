import Testing
@testable import Extraction
import FactCore

/// A lower and an upper bound of one quantity side by side, joined by nothing, 并/并且/且/而/
/// 的同时, a comma, 、 or a space, are one `range` figure (value the lower bound, value_max the
/// upper); a unit on one side applies to both. Bounds that enclose nothing or measure
/// different units stay two figures.
@Suite struct BoundPairTests {
    /// Figures and qualified numerals (not the article 一个 of 这是一个).
    private func numerals(_ text: String) throws -> [Fact] {
        try facts(text, allNumbers: true).filter { !$0.isDate && !($0.kind == .number && $0.approx == .exact) }
    }

    @Test(arguments: [
        ("这个数字大于二十的同时小于等于三十五", "大于二十的同时小于等于三十五", "20", "35"),
        ("这是一个大于100 并且小于300 的数", "大于100 并且小于300", "100", "300"),
        ("这是一个大于等于一百小于等于三百一的数", "大于等于一百小于等于三百一", "100", "310"),
        ("数字在1000以上， 1500以下", "1000以上， 1500以下", "1000", "1500"),
        ("人口大于4865并少于20793的信息。", "大于4865并少于20793", "4865", "20793"),
        ("大于等于0并小于230.3964", "大于等于0并小于230.3964", "0", "230.3964"),
        ("数字比四分之一大， 比二分之一小", "比四分之一大， 比二分之一小", "25", "50"),
    ])
    func twoBoundsAreOneRange(sentence: String, text: String, low: String, high: String) throws {
        let rows = try numerals(sentence)
        #expect(rows.count == 1, "got \(rows.map(\.text))")
        let range = try #require(rows.first)
        #expect(range.text == text && range.approx == .range)
        #expect(range.valueString == low && range.valueMaxString == high)
    }

    @Test func aUnitOnOneSideAppliesToBoth() throws {
        let apples = try #require(try figures("这些苹果最多100最少20个").first)
        #expect(apples.text == "最多100最少20个" && apples.kind == .count && apples.unit == "count")
        #expect(apples.valueString == "20" && apples.valueMaxString == "100" && apples.approx == .range)
        let ages = try #require(try figures("年龄在18岁以上、60岁以下的居民").first)
        #expect(ages.kind == .age && ages.valueString == "18" && ages.valueMaxString == "60")
    }

    @Test func boundsThatEncloseNothingStayTwo() throws {
        let rows = try numerals("大于50小于12的目标和大于12小于50的目标")
        #expect(rows.map(\.text) == ["大于50", "小于12", "大于12小于50"])
        #expect(rows.map(\.approx) == [.over, .under, .range])
    }

    @Test func boundsOfDifferentUnitsOrWithWordsBetweenStayTwo() throws {
        #expect(try figures("男性占60%以上，女性占40%以下").map(\.approx) == [.over, .under])
        #expect(try figures("投资5%以上、100元以下").map(\.approx) == [.over, .under])
    }

    @Test func anInfixDuoIsNoBound() throws {
        // 2万多 is "over 20000" by its 多, not a bound word: no range with 不到3万.
        #expect(try figures("增长2万多、不到3万元").allSatisfy { $0.approx != .range })
    }
}
