import Foundation
import FactCore

/// A fact with every field set from the arguments; provenance as the CSV
/// reader gives it back (sentence index -1, rule "csv") so round trips
/// compare with `==`.
func makeFact(
    doc: String = "yunqi", start: Int = 104, end: Int = 111, byteStart: Int = 300, byteEnd: Int = 315,
    line: Int = 3, text: String = "962.8亿元", kind: FactKind = .money, value: String? = "96280000000",
    valueMax: String? = nil, unit: String? = "CNY", unitText: String? = "亿元", approx: Approximation = .exact,
    time: String? = "2018", timeText: String? = "2018年", metric: String? = "云计算产业规模",
    modality: Modality = .actual, sentence: String = "2018年中国云计算产业规模达到962.8亿元。",
    sentenceIndex: Int = -1, rule: String = "csv"
) -> Fact {
    Fact(
        span: Span(document: doc, scalarStart: start, scalarEnd: end), text: text, kind: kind,
        value: value.map { Decimal(string: $0)! }, valueMax: valueMax.map { Decimal(string: $0)! },
        unit: unit, unitText: unitText, approx: approx, time: time, timeText: timeText, metric: metric,
        modality: modality,
        provenance: Provenance(byteStart: byteStart, byteEnd: byteEnd, line: line,
                               sentenceIndex: sentenceIndex, sentence: sentence),
        rule: rule)
}

/// Facts that exercise quoting, escaping, nils, ranges and non-BMP text.
let trickyFacts: [Fact] = [
    makeFact(),
    makeFact(doc: "dir/a,b.txt", start: 0, end: 4, byteStart: 0, byteEnd: 12, line: 1, text: "数千万元",
             value: "20000000", valueMax: "90000000", unitText: "万元", approx: .vague, time: nil, timeText: nil,
             metric: "投入", sentence: "他说：\"数千万元\"，\r\n第二行\n第三行"),
    makeFact(start: 5, end: 10, byteStart: 15, byteEnd: 20, line: 2, text: "2019年", kind: .date, value: nil,
             unit: nil, unitText: nil, time: "2019", timeText: "2019年", metric: nil, modality: .forecast,
             sentence: ""),
    makeFact(start: 20, end: 24, byteStart: 40, byteEnd: 50, line: 7, text: "1.27%", kind: .percent,
             value: "1.27", unit: "percent", unitText: "", approx: .about, time: "2019-01/2019-06",
             timeText: "上半年", metric: "𠮷野家,\"占比\"", sentence: "tab\there, comma; 𠮷"),
    makeFact(start: 30, end: 33, text: "0.005吨", kind: .weight, value: "0.005", valueMax: "-3.5", unit: "t",
             unitText: "吨", approx: .range, metric: "back\\slash\u{01}"),
]
