import Testing
@testable import Extraction
import FactCore

struct DateCase: CustomTestStringConvertible, Sendable {
    var sentence: String
    var text: String
    var time: String?
    var date: String? = nil
    var testDescription: String { "\(text) in \(sentence)" }

    /// The sentence has a date row spanning `text`, with time `time`.
    func check() throws {
        let found = try dates(sentence, date: date)
        let match = try #require(found.first { $0.text == text }, "no date \(text); got \(found.map(\.text))")
        #expect(match.time == time)
    }
}

@Suite struct DateTableTests {
    static let cases: [DateCase] = [
        .init(sentence: "2012年，他到任。", text: "2012年", time: "2012"),
        .init(sentence: "二〇一二年，他到任。", text: "二〇一二年", time: "2012"),
        .init(sentence: "截至2019年11月，企业达到1551家。", text: "2019年11月", time: "2019-11"),
        .init(sentence: "转折点在2013年1月23日。", text: "2013年1月23日", time: "2013-01-23"),
        .init(sentence: "一九九七年十二月三十一日晚。", text: "一九九七年十二月三十一日", time: "1997-12-31"),
        .init(sentence: "截至2018年底，企业达到1061家。", text: "2018年底", time: "2018-12-31"),
        .init(sentence: "2019年初，企业达到10家。", text: "2019年初", time: "2019-01"),
        .init(sentence: "2019年上半年，营收增长。", text: "2019年上半年", time: "2019-01/2019-06"),
        .init(sentence: "2020年一季度，营收增长。", text: "2020年一季度", time: "2020-01/2020-03"),
        .init(sentence: "2020年前三季度，营收增长。", text: "2020年前三季度", time: "2020-01/2020-09"),
        .init(sentence: "2012年至2015年，营收增长。", text: "2012年至2015年", time: "2012/2015"),
        .init(sentence: "2012-2015年，营收增长。", text: "2012-2015年", time: "2012/2015"),
        .init(sentence: "2022/23年度，营收增长。", text: "2022/23年度", time: "2022/2023"),
        .init(sentence: "2013年，双方合作，同年10月成立联盟。", text: "同年10月", time: "2013-10"),
        .init(sentence: "2013年签约，次年投产。", text: "次年", time: "2014"),
        .init(sentence: "2015年建成。那一年，名额一抢而空。", text: "那一年", time: "2015"),
        .init(sentence: "2019年3月开工，5月底完工。", text: "5月底", time: "2019-05-31"),
        .init(sentence: "2019年1-11月，营收增长。", text: "2019年1-11月", time: "2019-01/2019-11"),
        .init(sentence: "今年上半年，营收增长。", text: "今年上半年", time: nil),
        .init(sentence: "今年上半年，营收增长。", text: "今年上半年", time: "2024-01/2024-06", date: "2024-05-08"),
        .init(sentence: "去年全年，营收增长。", text: "去年全年", time: "2023", date: "2024-05-08"),
        .init(sentence: "目前共有7人。", text: "目前", time: nil),
        .init(sentence: "目前共有7人。", text: "目前", time: "2024-05-08", date: "2024-05-08"),
        .init(sentence: "2012年，他到任，当时园区很小。", text: "当时", time: "2012"),
        .init(sentence: "十四五时期，产业加快发展。", text: "十四五时期", time: "2021/2025"),
        .init(sentence: "十年前的今天。", text: "十年前", time: "2014", date: "2024-05-08"),
        .init(sentence: "2019年3月开工，30日完工。", text: "30日", time: "2019-03-30"),
        .init(sentence: "1998年元月1日起实行。", text: "1998年元月1日", time: "1998-01-01"),
        .init(sentence: "本月15日开幕。", text: "本月15日", time: "2024-05-15", date: "2024-05-08"),
        .init(sentence: "上月销量增长。", text: "上月", time: "2024-04", date: "2024-05-08"),
        .init(sentence: "2013年1月23日签约，次日开工。", text: "次日", time: "2013-01-24"),
        .init(sentence: "展会于7月4日到7月6日举行。", text: "7月4日到7月6日", time: nil),
        .init(sentence: "2023年7月4日至6日举行。", text: "2023年7月4日至6日", time: "2023-07-04/2023-07-06"),
        .init(sentence: "他的任期将于二○○二年结束。", text: "二○○二年", time: "2002"),
        .init(sentence: "公告日期为2010-01-29。", text: "2010-01-29", time: "2010-01-29"),
        .init(sentence: "2023年前11个月，进出口下降。", text: "2023年前11个月", time: "2023-01/2023-11"),
        .init(sentence: "今年前三个月，进出口下降。", text: "今年前三个月", time: "2024-01/2024-03", date: "2024-05-08"),
        .init(sentence: "会议于2015.5.13召开。", text: "2015.5.13", time: "2015-05-13"),
        .init(sentence: "98年2月，工厂投产。", text: "98年2月", time: "1998-02"),
        .init(sentence: "08年，公司上市。", text: "08年", time: "2008"),
        .init(sentence: "九七年主题美术创作。", text: "九七年", time: "1997"),
    ]

    @Test(arguments: cases)
    func date(_ expected: DateCase) throws {
        try expected.check()
    }

    @Test func aTwoDigitCountOfYearsIsADuration() throws {
        #expect(try dates("公司成立30年。").isEmpty)
        #expect(try figures("公司成立30年。").first?.kind == .duration)
        #expect(try figures("增长2015.5亿元。").first?.valueString == "201550000000")
    }

    @Test func aDayBeforeAWordIsNoDate() throws {
        #expect(try dates("2019年3月，5日本企业来访。").map(\.text) == ["2019年3月"])
    }

    @Test func aYearThatDatesATitleIsNotAFact() throws {
        let found = try dates("据《2020年统计公报》显示，全市人口增长。")
        #expect(found.isEmpty)
    }

    @Test func aPeriodNameAloneIsNotADate() throws {
        #expect(try dates("落实十三五规划。").isEmpty)
    }

    @Test func figuresTakeTheirClauseThenSentenceThenParagraphTime() throws {
        let text = """
        2012年，他到任。园区腾转120万方空间，但是2013年仅有8家企业入驻。

        小镇布局了1000亩科学城。
        """
        let found = try figures(text)
        #expect(found.first { $0.text == "120万方" }?.time == "2012")
        #expect(found.first { $0.text == "8家" }?.time == "2013")
        #expect(found.first { $0.text == "1000亩" }?.time == nil)
    }

    @Test func aTargetYearDoesNotMoveTheYearOfTheText() throws {
        let text = "2023年，园区营收增长。预计到2025年营收翻一番。上半年，出口增长5%。"
        #expect(try dates(text).first { $0.text == "上半年" }?.time == "2023-01/2023-06")
    }

    @Test func aSentenceAfterPartsOfTheYearSpeaksOfTheYear() throws {
        let text = "2023年全区生产总值增长6.1%。一季度增长4.8%，前三季度增长5.9%。第三产业增加值702.35亿元。"
        #expect(try figures(text).first { $0.text == "702.35亿元" }?.time == "2023")
        #expect(try figures(text).first { $0.text == "5.9%" }?.time == "2023-01/2023-09")
    }

    @Test func aComparisonBaseIsNotTheFiguresTime() throws {
        let found = try figures("2019年全市地区生产总值比上年增长6.1%。")
        let rate = try #require(found.first { $0.text == "6.1%" })
        #expect(rate.time == "2019")
        #expect(rate.metric == "地区生产总值")
    }
}
