import Foundation
import Numerals
import Testing

/// The `ArraySlice<Unicode.Scalar>` entry point the extractor uses.
struct ScalarSliceTests {
    @Test("Slices read like strings", arguments: ["962.8亿", "一千零一", "两三", "1,234.5", "", "三万五"])
    func parity(_ input: String) {
        let scalars = ArraySlice(input.unicodeScalars)
        for mode in NumeralMode.allCases {
            let fromString = Result { () throws(NumeralError) in try NumeralParser.value(of: input, mode: mode) }
            let fromSlice = Result { () throws(NumeralError) in try NumeralParser.value(of: scalars, mode: mode) }
            #expect(fromString == fromSlice, "\(input) in \(mode)")
        }
    }

    @Test("A slice need not start at index 0")
    func offsetSlice() throws {
        let sentence = Array("全年营收962.8亿元，同比增长两三成".unicodeScalars)
        #expect(try NumeralParser.value(of: sentence[4..<10]) == exact("96280000000"))
        let error = try #require(throws: NumeralError.self) {
            try NumeralParser.value(of: sentence[16..<18])
        }
        #expect(error.input == "两三")
    }
}
