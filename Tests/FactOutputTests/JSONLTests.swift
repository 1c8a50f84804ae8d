import Foundation
import Testing
import FactCore
@testable import FactOutput

@Suite struct JSONLWriterTests {
    @Test func objectHasKeysInColumnOrderAndTypedValues() {
        let line = JSONLFactWriter().render([makeFact(valueMax: nil, timeText: nil)])
        #expect(line == #"{"doc":"yunqi","start":104,"end":111,"byte_start":300,"byte_end":315,"line":3,"#
            + #""text":"962.8亿元","kind":"money","value":"96280000000","value_max":null,"unit":"CNY","#
            + #""unit_text":"亿元","approx":"exact","time":"2018","time_text":null,"metric":"云计算产业规模","#
            + #""modality":"actual","sentence":"2018年中国云计算产业规模达到962.8亿元。"}"# + "\n")
    }

    @Test func noHeader() {
        #expect(JSONLFactWriter().header == "")
    }

    @Test func escapesQuotesBackslashAndControlCharactersButKeepsNonASCII() {
        func json(_ s: String?) -> String {
            var out = ""
            JSONLFactWriter.appendString(s, to: &out)
            return out
        }
        #expect(json(nil) == "null")
        #expect(json("") == #""""#)
        #expect(json("中文 𠮷 é") == "\"中文 𠮷 é\"")
        #expect(json(#"say "hi""#) == #""say \"hi\"""#)
        #expect(json(#"back\slash"#) == #""back\\slash""#)
        #expect(json("a\nb\rc\td") == #""a\nb\rc\td""#)
        #expect(json("\u{08}\u{0C}") == #""\b\f""#)
        #expect(json("\u{00}\u{01}\u{1F}") == #""\u0000\u0001\u001f""#)
        #expect(json("\u{7F}\u{2028}/") == "\"\u{7F}\u{2028}/\"")
    }

    @Test func outputIsValidJSONWithTheSameValues() throws {
        let meta = ["source": JSONText(string: "新华社"), "id": JSONText(string: "a\"1"),
                    "rank": JSONText(validJSON: Array("1.50".utf8)),
                    "tags": JSONText(validJSON: Array(#"[ "经济", {"k" : null}, true ]"#.utf8))]
        let text = JSONLFactWriter().render(trickyFacts, meta: meta)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == trickyFacts.count + 1 && lines.last == "")
        for (line, fact) in zip(lines, trickyFacts) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["doc"] as? String == fact.span.document)
            #expect((object["start"] as? NSNumber)?.intValue == fact.span.scalarStart)
            #expect(object["text"] as? String == fact.text)
            #expect(object["value"] as? String == fact.value?.plainString)
            #expect((object["value_max"] is NSNull) == (fact.valueMax == nil))
            #expect(object["metric"] as? String == fact.metric)
            #expect(object["sentence"] as? String == fact.provenance.sentence)
            // Values keep their JSON types: strings, numbers, arrays and objects.
            let passed = try #require(object["meta"] as? [String: Any])
            #expect(passed["source"] as? String == "新华社")
            #expect(passed["id"] as? String == "a\"1")
            #expect((passed["rank"] as? NSNumber)?.doubleValue == 1.5)
            let tags = try #require(passed["tags"] as? [Any])
            #expect(tags.count == 3 && tags[0] as? String == "经济" && (tags[1] as? [String: Any])?["k"] is NSNull)
            #expect(line.contains(#""rank":1.50,"#) && line.contains(#""tags":["经济",{"k":null},true]"#))
            #expect(object.count == FactColumn.allCases.count + 1)
        }
    }

    @Test func metaComesLastWithSortedKeysAndIsOmittedWhenEmpty() {
        let fact = makeFact()
        let withMeta = JSONLFactWriter().render([fact], meta: ["z": JSONText(string: "1"), "a": JSONText(validJSON: Array("2".utf8))])
        #expect(withMeta.hasSuffix(#","meta":{"a":2,"z":"1"}}"# + "\n"))
        let plain = JSONLFactWriter().render([fact])
        #expect(JSONLFactWriter().render([fact], meta: [:]) == plain)
        #expect(!plain.contains("meta"))
        #expect(withMeta.hasPrefix(String(plain.dropLast(2))))
    }

    @Test func keysAppearInColumnOrder() throws {
        let line = JSONLFactWriter().render([makeFact()])
        var position = line.startIndex
        for column in FactColumn.allCases {
            let range = try #require(line.range(of: "\"\(column.rawValue)\":", range: position..<line.endIndex))
            position = range.upperBound
        }
    }
}

@Suite struct FactFormatTests {
    @Test func factoryMakesTheRightWriter() {
        #expect(FactFormat.csv.makeWriter(bom: true) is CSVFactWriter)
        #expect((FactFormat.csv.makeWriter(bom: true) as? CSVFactWriter)?.bom == true)
        #expect(FactFormat.jsonl.makeWriter(bom: true) is JSONLFactWriter)
        #expect(FactFormat.jsonl.makeWriter().header == "")
        #expect(FactFormat(rawValue: "csv") == .csv)
        #expect(FactFormat(fileExtension: "JSONL") == .jsonl)
        #expect(FactFormat(fileExtension: "ndjson") == .jsonl)
        #expect(FactFormat(fileExtension: "txt") == nil)
    }

    @Test func writersStreamToAnyTextOutputStream() {
        struct Counter: TextOutputStream {
            var writes = 0
            var text = ""
            mutating func write(_ string: String) {
                writes += 1
                text += string
            }
        }
        var counter = Counter()
        let writer = FactFormat.jsonl.makeWriter()
        writer.write([makeFact(), makeFact()], meta: nil, to: &counter)
        #expect(counter.writes == 2)
        #expect(counter.text == writer.render([makeFact(), makeFact()]))
    }
}
