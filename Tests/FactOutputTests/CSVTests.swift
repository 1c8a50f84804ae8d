import Foundation
import Testing
import FactCore
@testable import FactOutput

@Suite struct CSVWriterTests {
    let columns = "doc,start,end,byte_start,byte_end,line,text,kind,value,value_max,unit,unit_text,"
        + "approx,time,time_text,metric,modality,sentence"

    @Test func headerHasTheColumnsInOrderAndCRLF() {
        #expect(CSVFactWriter().header == columns + "\r\n")
        #expect(FactColumn.allCases.map(\.rawValue).joined(separator: ",") == columns)
    }

    @Test func bomOnlyWhenAskedAndOnlyInTheHeader() {
        let withBOM = CSVFactWriter(bom: true).render([makeFact()])
        #expect(Array(withBOM.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(withBOM.utf8.count == CSVFactWriter().render([makeFact()]).utf8.count + 3)
        #expect(!CSVFactWriter().header.unicodeScalars.contains("\u{FEFF}"))
        var rows = ""
        CSVFactWriter(bom: true).write([makeFact()], to: &rows)
        #expect(!rows.unicodeScalars.contains("\u{FEFF}"))
    }

    @Test func rowIsInColumnOrderWithPlainDecimalsAndEmptyNils() {
        let fact = makeFact(value: "1.5", valueMax: nil, time: nil, sentence: "规模达到962.8亿元。")
        let row = CSVFactWriter().render([fact], includeHeader: false)
        #expect(row == "yunqi,104,111,300,315,3,962.8亿元,money,1.5,,CNY,亿元,exact,,2018年,云计算产业规模,actual,规模达到962.8亿元。\r\n")
        let big = CSVFactWriter().render([makeFact(value: "96280000000")], includeHeader: false)
        #expect(big.contains(",money,96280000000,,CNY,"))
    }

    @Test func fieldsWithCommaQuoteCROrLFAreQuoted() {
        func field(_ s: String?) -> String {
            var out = ""
            CSVFactWriter.appendField(s, to: &out)
            return out
        }
        #expect(field("plain 中文") == "plain 中文")
        #expect(field("a,b") == "\"a,b\"")
        #expect(field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(field("line\nbreak") == "\"line\nbreak\"")
        #expect(field("cr\rhere") == "\"cr\rhere\"")
        #expect(field("crlf\r\n") == "\"crlf\r\n\"")
        #expect(field("") == "\"\"")
        #expect(field(nil) == "")
        #expect(field("semi;colon\ttab") == "semi;colon\ttab")
        // A quote that starts a grapheme cluster is still doubled.
        #expect(field("\"\u{301}") == "\"\"\"\u{301}\"")
    }

    @Test func fullOutputParsesToTheRightNumberOfFields() throws {
        let text = CSVFactWriter().render(trickyFacts)
        let records = try CSVParser.records(in: Array(text.utf8))
        #expect(records.count == trickyFacts.count + 1)
        #expect(records.allSatisfy { $0.fields.count == FactColumn.allCases.count })
        // The second fact's sentence spans three physical lines.
        #expect(records.map(\.line) == [1, 2, 3, 6, 7, 8])
    }
}

@Suite struct CSVReaderTests {
    @Test(arguments: [false, true])
    func roundTrip(bom: Bool) throws {
        let text = CSVFactWriter(bom: bom).render(trickyFacts)
        let back = try CSVFactReader().read(text)
        #expect(back == trickyFacts)
        #expect(back[2].unitText == nil && back[3].unitText == "")
    }

    /// JSON Lines input: its pass-through members end every record, as one JSON object.
    @Test func metaColumnEndsEveryRecordAndIsReadBack() throws {
        let writer = CSVFactWriter(includesMeta: true)
        let meta = ["src": JSONText(string: "新华社, 北京"), "page": JSONText(validJSON: Array("[1, 2]".utf8))]
        let facts = [makeFact(), makeFact(start: 1, end: 2)]
        let text = writer.render(facts, meta: meta)
        #expect(text.hasPrefix(FactColumn.allCases.map(\.rawValue).joined(separator: ",") + ",meta\r\n"))
        let records = try CSVParser.records(in: Array(text.utf8))
        #expect(records.count == 3)
        for record in records.dropFirst() {
            #expect(record.fields.count == FactColumn.allCases.count + 1)
            #expect(record.fields.last?.text == #"{"page":[1,2],"src":"新华社, 北京"}"#)
        }
        // A document without meta has an empty field; without the column, records are as before.
        let bare = writer.render([makeFact()], meta: nil)
        #expect(bare.hasSuffix(",\r\n"))
        #expect(CSVFactWriter().render(facts, meta: meta) == CSVFactWriter().render(facts))
        // The reader takes the column and reads the facts as without it.
        let read = try CSVFactReader().readRecords(Array(text.utf8)).map(\.fact)
        let plain = try CSVFactReader().readRecords(Array(CSVFactWriter().render(facts).utf8)).map(\.fact)
        #expect(read == plain)
        #expect(read.count == 2)
    }

    @Test func roundTripThroughAFileWithLFLineEnds() throws {
        // Records re-terminated with LF (quoted line breaks kept) still read.
        let text = CSVFactWriter().render([makeFact(), makeFact(start: 1, end: 2)])
            .replacing("\r\n", with: "\n")
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("factoutput-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let records = try CSVFactReader().readRecords(contentsOf: url)
        #expect(records.map(\.line) == [2, 3])
        #expect(records.map(\.fact) == [makeFact(), makeFact(start: 1, end: 2)])
    }

    @Test func ruleIsTheReadersAndSentenceIndexIsUnknown() throws {
        let text = CSVFactWriter().render([makeFact(sentenceIndex: 12, rule: "money.basic")])
        let fact = try #require(try CSVFactReader(rule: "from-file").read(text).first)
        #expect(fact.rule == "from-file")
        #expect(fact.provenance.sentenceIndex == -1)
    }

    @Test func missingFinalTerminatorAndBlankLinesAreAccepted() throws {
        var text = CSVFactWriter().render([makeFact()])
        text.removeLast()  // "\r\n" is one Character
        #expect(!text.hasSuffix("\n"))
        text = text.replacing("\r\nyunqi", with: "\r\n\r\n\nyunqi")
        #expect(try CSVFactReader().read(text) == [makeFact()])
    }

    @Test func errorsNameTheLine() {
        let header = CSVFactWriter().header
        let good = CSVFactWriter().render([makeFact()], includeHeader: false)
        func failure(_ text: String) -> CSVReadError? {
            do {
                _ = try CSVFactReader().read(text, file: "x.csv")
                return nil
            } catch {
                return error
            }
        }
        #expect(failure("")?.message.contains("no header") == true)
        #expect(failure("doc,start\r\n")?.line == 1)
        #expect(failure(header + good + "a,1,2\r\n")?.line == 3)
        #expect(failure(header + good + "a,1,2\r\n")?.description.hasPrefix("x.csv:3:") == true)
        #expect(failure(header + good.replacing(",money,", with: ",cash,"))?.message == "kind: unknown value: cash")
        #expect(failure(header + good.replacing("96280000000", with: "9.6e10"))?.message
            == "value: not a plain decimal: 9.6e10")
        #expect(failure(header + good.replacing("yunqi,104,111", with: "yunqi,111,104"))?.message
            == "start 111 after end 104")
        #expect(failure(header + good.replacing("云计算产业规模", with: "\"unterminated"))?.line == 2)
        #expect(failure(header + good.replacing("云计算产业规模", with: "in\"side"))?.message
            == "quote inside an unquoted field")
        #expect(failure(header + good.replacing("云计算产业规模", with: "\"q\"x"))?.message
            == "unexpected character after a closing quote")
    }

    @Test func unreadableFileIsAnError() {
        let url = URL(fileURLWithPath: "/nonexistent/\(UUID().uuidString).csv")
        #expect(throws: CSVReadError.self) { try CSVFactReader().read(contentsOf: url) }
    }
}
