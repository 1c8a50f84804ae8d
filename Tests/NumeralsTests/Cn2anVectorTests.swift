import Foundation
import Numerals
import Testing

/// The cn2an library's own test vectors (`../shared/peer-suites/cn2an/cases.jsonl`), run
/// through `NumeralParser` in the matching mode. Nothing here is skipped or loosened: a case
/// that fails is a bug in Numerals.
@Suite(
    "cn2an peer vectors",
    .enabled(if: PeerSuite.shouldRun, PeerSuite.missingMessage)
)
struct Cn2anVectorTests {
    @Test("The vector file is present and every line is read")
    func fileIsPresentAndRead() throws {
        try #require(PeerSuite.isAvailable, PeerSuite.missingMessage)
        #expect(PeerSuite.loaded.problems.isEmpty, "unreadable lines: \(PeerSuite.loaded.problems)")
        for method in ["strict", "normal", "smart"] {
            #expect(!PeerSuite.cases(method: method, errors: false).isEmpty, "no \(method) cases read")
        }
        #expect(!PeerSuite.errorCases.isEmpty, "no error cases read")
    }

    @Test("strict cases", arguments: PeerSuite.cases(method: "strict", errors: false))
    func strict(_ vector: Cn2anCase) throws {
        try expectValue(vector)
    }

    @Test("normal cases", arguments: PeerSuite.cases(method: "normal", errors: false))
    func normal(_ vector: Cn2anCase) throws {
        try expectValue(vector)
    }

    @Test("smart cases", arguments: PeerSuite.cases(method: "smart", errors: false))
    func smart(_ vector: Cn2anCase) throws {
        try expectValue(vector)
    }

    /// Upstream asserts every error list with the default (strict) mode, as the README says.
    @Test("error cases throw in strict mode", arguments: PeerSuite.errorCases)
    func errorInStrict(_ vector: Cn2anCase) {
        #expect(throws: NumeralError.self, "\(vector.testDescription)") {
            try NumeralParser.value(of: vector.input, mode: .strict)
        }
    }

    /// Not asserted upstream but meant by it: inputs of `error_normal_datas` are not numerals in
    /// normal mode either, nor those of `error_smart_datas` in smart mode. (Upstream's pip
    /// package reads 零点 as 0 in normal mode; Numerals rejects a 点 without digits.)
    @Test("error lists throw in their own modes", arguments: PeerSuite.errorCases)
    func errorInOwnMode(_ vector: Cn2anCase) {
        if vector.source.contains("error_normal_datas") {
            #expect(throws: NumeralError.self, "normal: \(vector.testDescription)") {
                try NumeralParser.value(of: vector.input, mode: .normal)
            }
        }
        if vector.source.contains("error_smart_datas") {
            #expect(throws: NumeralError.self, "smart: \(vector.testDescription)") {
                try NumeralParser.value(of: vector.input, mode: .smart)
            }
        }
    }

    private func expectValue(_ vector: Cn2anCase) throws {
        let mode = try #require(vector.mode)
        let expected = try #require(vector.expected.flatMap { Decimal(string: $0) })
        let value = try NumeralParser.value(of: vector.input, mode: mode)
        #expect(value == expected, "\(vector.testDescription): got \(value)")
    }
}
