import Foundation
import Testing
@testable import Extraction
import Evaluation
import FactCore

/// `zhfacts eval` on the project's corpus and on the shared seed article.
@Suite struct GoldScoreTests {
    private func score(_ folder: URL) throws -> EvaluationReport {
        let extractor = try Extractor()
        return try GoldFolder(folder).evaluate { id, text in try extractor.extract(Document(id: id, text: text)) }
    }

    @Test func corpusScoresAsGoodAsTheSeedTargets() throws {
        let report = try score(packageRoot.appendingPathComponent("Corpus"))
        #expect(try GoldFolder(packageRoot.appendingPathComponent("Corpus")).ids().count >= 6)
        #expect((report.figures.f1 ?? 0) >= 0.95)
        #expect((report.dates.f1 ?? 0) >= 0.95)
        #expect((report.figureFields.value.accuracy ?? 0) >= 0.99)
        #expect((report.figureFields.unit.accuracy ?? 0) >= 0.98)
        #expect((report.figureFields.approx.accuracy ?? 0) >= 0.95)
        #expect((report.figureFields.time.accuracy ?? 0) >= 0.80)
        #expect((report.figureFields.metric.mean ?? 0) >= 0.65)
    }

    @Test(.enabled(if: sharedRequired, "../shared is absent: the seed gold cannot be scored (it runs when CI=true)"))
    func seedMeetsItsTargets() throws {
        let report = try score(try requireShared("gold/seed"))
        #expect((report.figures.f1 ?? 0) >= 0.95)
        #expect((report.dates.f1 ?? 0) >= 0.95)
        #expect(report.figureFields.value.accuracy == 1.0)
        #expect((report.figureFields.unit.accuracy ?? 0) >= 0.98)
        #expect((report.figureFields.approx.accuracy ?? 0) >= 0.95)
        #expect((report.figureFields.time.accuracy ?? 0) >= 0.90)
        #expect((report.figureFields.metric.mean ?? 0) >= 0.75)
    }
}

/// For every fact, `text == document[start..<end]` by code points and by UTF-8 bytes.
@Suite struct SpanPropertyTests {
    static var documents: [URL] {
        var urls = (try? FileManager.default.contentsOfDirectory(at: packageRoot.appendingPathComponent("Corpus"),
                                                                 includingPropertiesForKeys: nil)) ?? []
        if let sharedFolder { urls.append(sharedFolder.appendingPathComponent("gold/seed/yunqi.txt")) }
        return urls.filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
    }

    @Test(arguments: documents)
    func spansIndexTheOriginalText(_ url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        let bytes = Array(text.utf8)
        let found = try Extractor(options: ExtractionOptions(allNumbers: true)).extract(Document(id: url.lastPathComponent, text: text))
        #expect(!found.isEmpty)
        for fact in found {
            #expect(String(String.UnicodeScalarView(scalars[fact.span.range])) == fact.text)
            #expect(String(decoding: bytes[fact.provenance.byteStart..<fact.provenance.byteEnd], as: UTF8.self) == fact.text)
            let lineStart = scalars[..<fact.span.scalarStart].filter { $0 == "\n" }.count + 1
            #expect(fact.provenance.line == lineStart)
            #expect(fact.provenance.sentence.contains(fact.text))
        }
    }

    @Test func theSeedIsPresentWhenCIRequiresIt() throws {
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            _ = try requireShared("gold/seed/yunqi.txt")
        }
    }
}
