import Foundation
import Numerals
import Testing

/// RMB amounts in financial capitals: 元/圆 with 整/正 or 角 and 分.
struct RMBAmountTests {
    @Test("Amounts in every mode", arguments: [
        ("壹拾壹元整", "11"),
        ("伍仟元整", "5000"),
        ("壹佰壹拾壹圆正", "111"),
        ("玖仟陆佰陆拾伍圆壹角捌分", "9665.18"),
        ("壹佰捌拾壹圆柒角", "181.7"),
        ("壹元伍角整", "1.5"),
        ("壹元零伍分", "1.05"),
        ("零元伍角", "0.5"),
        ("负壹元伍角", "-1.5"),
    ])
    func amounts(_ input: String, _ expected: String) throws {
        for mode in NumeralMode.allCases {
            #expect(try NumeralParser.value(of: input, mode: mode) == exact(expected), "\(input) in \(mode)")
        }
    }

    @Test("A bare 元 needs normal mode")
    func bareYuan() throws {
        #expect(throws: NumeralError.self) { try NumeralParser.value(of: "壹拾壹元", mode: .strict) }
        #expect(try NumeralParser.value(of: "壹拾壹元", mode: .normal) == 11)
        #expect(try NumeralParser.value(of: "100元", mode: .smart) == 100)
    }
}
