import Testing
@testable import Extraction
import FactCore

/// X分之 without a numerator after it (还有二分之。) is no share: the numeral is a plain
/// `number` row under `--all-numbers`, and no figure otherwise.
@Suite struct DanglingFractionTests {
    @Test func aFractionWithoutNumeratorLeavesItsNumeral() throws {
        let rows = try facts("1502222, 二百五, 还有二分之。", allNumbers: true)
        let two = try #require(rows.first { $0.text == "二" }, "got \(rows.map(\.text))")
        #expect(two.kind == .number && two.valueString == "2" && two.span.scalarStart == 16)
        #expect(!rows.contains { $0.kind == .percent })
        #expect(try figures("还有二分之。").isEmpty)
        #expect(try facts("還有二分之。", allNumbers: true).map(\.text) == ["二"])
    }

    @Test func aLoneMagnitudeBeforeADanglingFractionStaysNoNumeral() throws {
        #expect(try facts("万分之。", allNumbers: true).isEmpty)
    }

    @Test func aWholeFractionIsStillAShare() throws {
        let share = try #require(try figures("三分之一的人").first)
        #expect(share.text == "三分之一" && share.kind == .percent)
    }
}
