import Foundation
import Testing
import TestSupport
@testable import Batch
import Extraction
import FactCore
@testable import Ingest

/// Seeded random-input tests: the extractor, the decoder and the JSON Lines
/// parser never crash, and every fact's span lies inside its document with
/// `text == document[span]` and consistent byte offsets and line.
@Suite struct FuzzTests {
    /// Characters that exercise numerals, units, dates, qualifiers,
    /// punctuation, white space, surrogate pairs and combining marks.
    static let alphabet: [Unicode.Scalar] = Array((
        "0123456789０１２３４５６７８９〇零一二三四五六七八九十百千万亿两壹贰叁拾佰仟萬億廿"
            + "年月日季度号时分秒周末初底上中下半前后今去明本同比环增长减少下降达到约近超过逾多余左右至到、，。；：！？%％‰"
            + "元美欧港台币人民股家个位吨公斤平方米亩千瓦时度倍点个百分点岁年期间"
            + ".,-+~/()（）《》“”\"' \t\n\r　\u{00A0}\u{200B}\u{FEFF}\u{0301}\u{20BB7}😀aZ$€¥"
            + "中国经济产业规模营收利润出口投资市场企业政府计划预计将可能"
    ).unicodeScalars)

    static func randomText(_ generator: inout SeededGenerator, maxLength: Int) -> String {
        let length = Int.random(in: 0...maxLength, using: &generator)
        var view = String.UnicodeScalarView()
        for _ in 0..<length { view.append(alphabet.randomElement(using: &generator)!) }
        return String(view)
    }

    /// A corpus sentence with random insertions, deletions, replacements and cuts.
    static func mutated(_ text: String, _ generator: inout SeededGenerator) -> String {
        var scalars = Array(text.unicodeScalars)
        for _ in 0..<Int.random(in: 1...6, using: &generator) {
            let position = scalars.isEmpty ? 0 : Int.random(in: 0..<scalars.count, using: &generator)
            switch Int.random(in: 0..<5, using: &generator) {
            case 0: scalars.insert(alphabet.randomElement(using: &generator)!, at: position)
            case 1: if !scalars.isEmpty { scalars.remove(at: position) }
            case 2: if !scalars.isEmpty { scalars[position] = alphabet.randomElement(using: &generator)! }
            case 3: scalars = Array(scalars.prefix(position))
            default:
                let copy = scalars.prefix(Int.random(in: 0...min(scalars.count, 40), using: &generator))
                scalars.insert(contentsOf: copy, at: position)
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    static var seedSentences: [String] {
        let corpus = packageRoot.appendingPathComponent("Corpus")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path))?.filter { $0.hasSuffix(".txt") }.sorted() ?? []
        var sentences = articleText.split(separator: "。").map(String.init) + [simplifiedText]
        for name in names {
            let text = (try? String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)) ?? ""
            sentences += text.split(separator: "。").map { String($0) + "。" }
        }
        return sentences
    }

    static func checkInvariants(_ facts: [Fact], of document: Document) {
        for fact in facts {
            let span = fact.span
            #expect(span.document == document.id)
            #expect(0 <= span.scalarStart && span.scalarStart <= span.scalarEnd && span.scalarEnd <= document.count,
                    "span \(span) outside a document of \(document.count) code points: \(document.text.debugDescription)")
            guard 0 <= span.scalarStart, span.scalarStart <= span.scalarEnd, span.scalarEnd <= document.count else { continue }
            #expect(fact.text == document.text(in: span.range), "text of \(span) in \(document.text.debugDescription)")
            #expect(fact.provenance.byteStart == document.utf8Offset(ofScalar: span.scalarStart))
            #expect(fact.provenance.byteEnd == document.utf8Offset(ofScalar: span.scalarEnd))
            #expect(fact.provenance.line == document.line(ofScalar: span.scalarStart))
        }
    }

    @Test func randomTextNeverBreaksTheExtractor() throws {
        var generator = SeededGenerator(seed: 0x5EED_0001)
        let extractor = try Extractor(lexicons: testLexicons)
        var total = 0
        for iteration in 0..<2000 {
            let document = Document(id: "r\(iteration)", text: Self.randomText(&generator, maxLength: 60))
            let facts = try extractor.extract(document)
            total += facts.count
            Self.checkInvariants(facts, of: document)
        }
        #expect(total > 0, "random text should hit some figures")
    }

    @Test func mutatedNewsNeverBreaksTheExtractor() throws {
        var generator = SeededGenerator(seed: 0x5EED_0002)
        let extractor = try Extractor(lexicons: testLexicons)
        let seeds = Self.seedSentences
        #expect(seeds.count > 20)
        var total = 0
        for iteration in 0..<1500 {
            var text = Self.mutated(seeds.randomElement(using: &generator)!, &generator)
            if iteration % 3 == 0 { text += Self.mutated(seeds.randomElement(using: &generator)!, &generator) }
            let date = iteration % 2 == 0 ? CalendarDate(year: 2023, month: 6, day: 30) : nil
            let document = Document(id: "m\(iteration)", text: text, publicationDate: date)
            let facts = try extractor.extract(document)
            total += facts.count
            Self.checkInvariants(facts, of: document)
        }
        #expect(total > 500)
    }

    @Test func randomBytesNeverBreakTheDecoder() {
        var generator = SeededGenerator(seed: 0x5EED_0003)
        let article = Array(articleText.utf8)
        let gb = TextDecoding.encode(articleText, to: "GB18030") ?? []
        for iteration in 0..<1500 {
            var bytes: [UInt8]
            switch iteration % 3 {
            case 0: bytes = (0..<Int.random(in: 0...300, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            case 1: bytes = article
            default: bytes = gb
            }
            if iteration % 3 != 0 {
                for _ in 0..<Int.random(in: 1...4, using: &generator) where !bytes.isEmpty {
                    bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
                }
                bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &generator)))
            }
            do {
                let decoded = try TextDecoding.decode(bytes, document: "f")
                #expect(!decoded.text.isEmpty)
            } catch {
                #expect(error.description.hasPrefix("f: "))
                if case .undecodable(_, _, let offset?) = error { #expect(offset >= 0 && offset <= bytes.count) }
                if case .notText(_, let offset) = error { #expect(offset >= 0 && offset < bytes.count) }
            }
        }
    }

    @Test func randomLinesNeverBreakTheJSONParser() {
        var generator = SeededGenerator(seed: 0x5EED_0004)
        let valid = Array(#"{"id":"x1","text":"利润增长\u0031\u0032%\n","date":null,"tags":["a",{"b":[1,2.5e3,true,false,null]}],"n":-0.5}"#.utf8)
        #expect((try? JSONLRecord.parse(valid))?.text == "利润增长12%\n")
        for _ in 0..<3000 {
            var bytes = valid
            for _ in 0..<Int.random(in: 1...5, using: &generator) {
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes[position] = UInt8.random(in: 0...255, using: &generator)
                case 1: bytes.remove(at: position)
                default: bytes.insert(Array("{}[]\",:\\u".utf8).randomElement(using: &generator)!, at: position)
                }
                if bytes.isEmpty { bytes = [0x7B] }
            }
            do {
                _ = try JSONLRecord.parse(bytes)
            } catch {
                #expect(error.column >= 1 && error.column <= bytes.count + 1)
            }
            _ = JSONLRecord.peekID(bytes)
        }
    }
}
