import Foundation
import FactCore
import FactOutput

/// Fact CSV round trips, as `zhfacts extract` writes and `validate --facts` reads.
enum FactFormatHelper {
    static func csv(_ facts: [Fact]) -> String {
        CSVFactWriter().render(facts)
    }

    static func read(_ csv: String) throws -> [Fact] {
        try CSVFactReader().read(csv, file: "test.csv")
    }
}
