import Foundation
import Testing
@testable import Extraction
import FactCore
import TestSupport

/// Lexicons are data: a one-line change in a file changes what is extracted.
@Suite struct LexiconTests {
    /// A copy of the project's Lexicons/ in a temporary folder, with `edit` applied,
    /// loaded (the tables are read whole, so the folder goes when this returns).
    private func lexicons(editing file: String, append line: String) throws -> Lexicons {
        let temporary = TemporaryFolder(prefix: "zhfacts-lexicons")
        let folder = temporary.url
        // Copy file by file from the real folder (it may be reached through a symbolic link).
        let source = Lexicons.defaultDirectory.resolvingSymlinksInPath()
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            let data = try Data(contentsOf: source.appendingPathComponent(name))
            try data.write(to: folder.appendingPathComponent(name))
        }
        let url = folder.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        try (text + "\n" + line + "\n").write(to: url, atomically: true, encoding: .utf8)
        return try Lexicons(directory: folder)
    }

    private func figures(_ text: String, _ lexicons: Lexicons) throws -> [Fact] {
        try Extractor(lexicons: lexicons).extract(Document(id: "t", text: text)).filter { !$0.isDate }
    }

    @Test func aUnitIsOneLine() throws {
        #expect(try figures("航程约5光年。", Lexicons.standard()).isEmpty)
        let edited = try lexicons(editing: "units.tsv", append: "光年\tly\tlength")
        let found = try figures("航程约5光年。", edited)
        #expect(found.first?.unit == "ly")
        #expect(found.first?.kind == .length)
        #expect(found.first?.approx == .about)
    }

    @Test func aNonNumeralWordIsOneLine() throws {
        #expect(try figures("三和公司有5家门店。", Lexicons.standard()).map(\.text) == ["5家"])
        #expect(try figures("他在三家门店。", Lexicons.standard()).map(\.text) == ["三家"])
        let edited = try lexicons(editing: "non-numerals.txt", append: "三家门店")
        #expect(try figures("他在三家门店。", edited).isEmpty)
    }

    @Test func aLoneFinancialDigitIsOneLine() throws {
        #expect(try figures("伍人", Lexicons.standard()).isEmpty)
        let edited = try lexicons(editing: "lone-digits.txt", append: "伍")
        #expect(try figures("伍人", edited).first?.valueString == "5")
    }

    @Test func aClassifierIsOneLine() throws {
        #expect(try figures("新开5爿商店。", Lexicons.standard()).isEmpty)
        let edited = try lexicons(editing: "classifiers.tsv", append: "爿")
        #expect(try figures("新开5爿商店。", edited).first?.unit == "count")
    }

    @Test func aMalformedLineNamesFileAndLine() throws {
        do {
            _ = try lexicons(editing: "units.tsv", append: "光年\tly\tnot-a-kind")
            Issue.record("a bad kind was accepted")
        } catch let error as LexiconError {
            #expect(error.file.hasSuffix("units.tsv"))
            #expect(error.line != nil)
            #expect(error.description.contains("unknown kind 'not-a-kind'"))
        }
    }

    @Test func everyLexiconFileLoads() throws {
        let lexicons = try Lexicons.standard()
        #expect(lexicons.units.count > 50)
        #expect(lexicons.nonNumerals.contains("国千"))
        #expect(lexicons.nonNumerals.contains("一拍即合"))
    }
}
