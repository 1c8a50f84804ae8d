import Foundation
import Testing
import FactCore
@testable import Extraction

/// The recogniser's cheap pre-test lets every date form through and stops
/// the common numerals and words that are not dates.
@Suite struct DateGateTests {
    private func gate(_ text: String, at index: Int = 0) throws -> Bool {
        let recognizer = DateRecognizer(text: FoldedText(Array(text.unicodeScalars)), lexicons: try Lexicons.standard(), publication: nil)
        return recognizer.dateMayStart(at: index)
    }

    @Test(arguments: ["2012年", "二〇一二年", "98年2月", "2019年11月", "2013年1月23日", "2015.5.13", "2015-05-13", "2022/23年度",
                      "2012至2015年", "2012-2015年", "1-11月", "3月底", "30日", "5号", "3年前", "5个月后", "3天后",
                      "一季度", "三季度", "十四五时期", "一月", "90年代", "二十世纪", "１２月", "1 月",
                      "上半年", "同年10月", "今年", "目前", "当时", "年底", "前三季度", "次年", "本月",
                      "上世纪90年代", "20世纪80年代", "九十年代", "2016到2018", "2010 01 29", "2008 年", "八月十五", "两千零四年八月"])
    func datesPass(_ text: String) throws {
        #expect(try gate(text), "\(text)")
    }

    @Test(arguments: ["一个", "3家", "一些企业", "三天", "十几个人", "962.8亿元", "45%", "2.0版", "一拍即合", "5G",
                      "上海", "下午好", "当地", "本报", "全国", "同志"])
    func otherNumeralsStop(_ text: String) throws {
        #expect(try !gate(text), "\(text)")
    }

    /// The month that a date fixes for the dates after it (同年10月, 月底) is read from its ISO time.
    @Test func monthOfAnISOTime() {
        #expect(DateRecognizer.month(ofISO: "2013-10") == 10)
        #expect(DateRecognizer.month(ofISO: "2013-01-23") == 1)
        #expect(DateRecognizer.month(ofISO: "2013-12-31") == 12)
        #expect(DateRecognizer.month(ofISO: "2013") == nil)
        #expect(DateRecognizer.month(ofISO: "2012/2015") == nil)
        #expect(DateRecognizer.month(ofISO: "2019-01/2019-06") == nil)
        #expect(DateRecognizer.month(ofISO: "2019-Q1") == nil)
    }

    /// Whatever the gate stops, the full matchers would not have matched either:
    /// the project corpus and a sample of forms give the same mentions without it.
    @Test func gateNeverHidesADate() throws {
        let corpus = packageRoot.appendingPathComponent("Corpus")
        var texts = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }
            .map { try String(contentsOf: corpus.appendingPathComponent($0), encoding: .utf8) }
        #expect(texts.count >= 5)
        texts.append("2018年，企业数量达到一个新高，3家公司在1-11月新增5个项目，一季度增长三成，当年12月31日前完成；3天后、5个月前、二〇〇二年、98年2月、2015.5.13。")
        let lexicons = try Lexicons.standard()
        for text in texts {
            let folded = FoldedText(Array(text.unicodeScalars))
            let gated = DateRecognizer(text: folded, lexicons: lexicons, publication: CalendarDate(iso: "2024-03-01")).recognize()
            var full = DateRecognizer(text: folded, lexicons: lexicons, publication: CalendarDate(iso: "2024-03-01"))
            full.gate = false
            let ungated = full.recognize()
            #expect(gated.map(\.range) == ungated.map(\.range))
            #expect(gated.map(\.time) == ungated.map(\.time))
            #expect(!gated.isEmpty)
        }
    }
}

@Suite struct NotDateWordTests {
    /// 马上 ("at once") holds 上, so 马上一年半 must not read as 上一年 (the year before).
    @Test func maShangIsNoRelativeYear() throws {
        let rows = try facts("项目马上一年半了，投资达到3亿元。", date: "2024-05-01")
        #expect(!rows.contains { $0.isDate && $0.text.contains("上一年") })
        #expect(rows.contains { $0.kind == .duration && $0.text == "一年半" && $0.value == Decimal(string: "1.5") })
        // 上一年 on its own is still the year before the one the text fixed.
        #expect(try dates("2019年产值10亿元，上一年产值20亿元。").map(\.time) == ["2019", "2018"])
    }
}

/// The date of a report being published is part of the report's title.
@Suite struct ReportTitleDateTests {
    @Test func aPublishedReportsDateIsNoDateRow() throws {
        #expect(try dates("公司发布2024年第一季度报告。报告显示，营业收入28亿元。").isEmpty)
        #expect(try dates("国家统计局发布了2023年统计公报。").isEmpty)
        // Without the verb, or before 报告期, the date is a date.
        #expect(try dates("2023年报告期内，营业收入28亿元。").map(\.text) == ["2023年"])
        #expect(try dates("公司披露2023年报告期内营收下降。").map(\.text) == ["2023年"])
        #expect(try dates("2024年第一季度，营业收入28亿元。").map(\.time) == ["2024-01/2024-03"])
    }

    /// A report's date is no row, but the period the text goes on to speak of.
    @Test func theReportDateStillAnchorsFigures() throws {
        let rows = try facts("公司公布了第四季度财报，净亏损9000万美元。")
        #expect(rows.filter(\.isDate).isEmpty)
        #expect(rows.first { $0.text == "9000万美元" }?.timeText == "第四季度")
        let later = try facts("基金发布2021年第四季度报告。经理指出，四季度以来行业变化深刻。")
        #expect(later.filter(\.isDate).map(\.time) == ["2021-10/2021-12"])
    }
}
