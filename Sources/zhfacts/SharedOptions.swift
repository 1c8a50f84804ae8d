import ArgumentParser
import Foundation
import Extraction
import FactCore

/// Options every extracting command shares.
struct ExtractionFlags: ParsableArguments {
    @Option(name: .long, help: "Publication date (YYYY-MM-DD) for 今年, 去年, 目前.")
    var date: String?

    @Option(name: .long, help: "Lexicon folder (default: the project's Lexicons/, or $ZHFACTS_LEXICONS).")
    var lexicons: String?

    @Flag(name: .long, help: "Also emit numerals that are not part of a fact (kind number) and ordinals.")
    var allNumbers = false

    func validate() throws {
        if let date, CalendarDate(iso: date) == nil {
            throw ValidationError("--date must be a real date written YYYY-MM-DD, not '\(date)'")
        }
    }

    var options: ExtractionOptions {
        ExtractionOptions(publicationDate: date.flatMap(CalendarDate.init(iso:)), allNumbers: allNumbers)
    }

    func loadLexicons() throws -> Lexicons {
        if let lexicons { return try Lexicons(directory: URL(fileURLWithPath: lexicons)) }
        return try Lexicons.standard()
    }
}

/// Writes one line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data(("zhfacts: " + message + "\n").utf8))
}
