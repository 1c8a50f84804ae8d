import Testing
@testable import Extraction
import FactCore

/// Date forms read by the rules added for issue 3 (Recognizers-Text DateTime specs), each
/// with the text that must stay what it is.
@Suite struct DateFormTests {
    static let cases: [DateCase] = [
        // Typeset spaces between the parts of a date.
        .init(sentence: "新车将在韩国生产，预计 2024 年投产。", text: "2024 年", time: "2024"),
        .init(sentence: "截至2022年1月 19日，检修已经完成。", text: "2022年1月 19日", time: "2022-01-19"),
        .init(sentence: "公司公告，2022 年至 2024 年每年分红两次。", text: "2022 年至 2024 年", time: "2022/2024"),
        .init(sentence: "2001 - 2003年的收入下降。", text: "2001 - 2003年", time: "2001/2003"),
        .init(sentence: "公司07 年上市。", text: "07 年", time: "2007"),
        .init(sentence: "公告日期 2021 03 15。", text: "2021 03 15", time: "2021-03-15"),
        // The weekday of a full date belongs to its span.
        .init(sentence: "国新办定于2022年1月24日（星期一）下午3时举行发布会。", text: "2022年1月24日（星期一）", time: "2022-01-24"),
        .init(sentence: "会议于2023年10月9日，星期一，开幕。", text: "2023年10月9日，星期一", time: "2023-10-09"),
        // A bare N号 that is a day.
        .init(sentence: "2023年5月，会议定于12号。", text: "12号", time: "2023-05-12"),
        .init(sentence: "2023年5月，新规3号起实施。", text: "3号", time: "2023-05-03"),
        // Years spelled with 千, and years under 1000.
        .init(sentence: "两千零八年八月八日，奥运会开幕。", text: "两千零八年八月八日", time: "2008-08-08"),
        .init(sentence: "公元330年，皇帝迁都于此。", text: "330年", time: "0330"),
        .init(sentence: "三六九年，城池建成。", text: "三六九年", time: "0369"),
        // A day without 日 after a month in Chinese numerals.
        .init(sentence: "一九九八年三月十五，工厂投产。", text: "一九九八年三月十五", time: "1998-03-15"),
        // Chinese numerals right after a comma.
        .init(sentence: "1997年，公司成立，三月九日，方案获批。", text: "三月九日", time: "1997-03-09"),
        // Decades.
        .init(sentence: "上世纪90年代，产业起步。", text: "上世纪90年代", time: "1990/1999", date: "2024-05-08"),
        .init(sentence: "上世纪90年代，产业起步。", text: "上世纪90年代", time: nil),
        .init(sentence: "二十世纪八十年代，工厂扩建。", text: "二十世纪八十年代", time: "1980/1989"),
        .init(sentence: "厂房建于50年代。", text: "50年代", time: "1950/1959"),
        .init(sentence: "九十年代，产业起步。", text: "九十年代", time: "1990/1999"),
        .init(sentence: "20年代的上海。", text: "20年代", time: nil),
        .init(sentence: "通胀达到1980年代以来最高。", text: "1980年代", time: "1980/1989"),
        .init(sentence: "本世纪五十至七十年代崛起的新派武侠。", text: "本世纪五十至七十年代", time: "1950/1979", date: "1998-01-10"),
        // Ranges.
        .init(sentence: "基础设施累计投资（2021-2025）达387亿元。", text: "2021-2025", time: "2021/2025"),
        .init(sentence: "2015年与2018年之间，营收翻番。", text: "2015年与2018年", time: "2015/2018"),
        .init(sentence: "20年3月1日至21年2月28日，客流下降。", text: "20年3月1日至21年2月28日", time: "2020-03-01/2021-02-28"),
        .init(sentence: "统计期为2021/3/1-2021/6/30。", text: "2021/3/1-2021/6/30", time: "2021-03-01/2021-06-30"),
        .init(sentence: "2022年1月5-7日，展会举行。", text: "2022年1月5-7日", time: "2022-01-05/2022-01-07"),
        .init(sentence: "统计2012年之后2016年之前的销量。", text: "2012年之后2016年", time: "2012/2016"),
        // Parts of a year.
        .init(sentence: "2021年后半年，放贷难。", text: "2021年后半年", time: "2021-07/2021-12"),
        .init(sentence: "到2022年的前两个月，机组运行1000小时。", text: "2022年的前两个月", time: "2022-01/2022-02"),
        .init(sentence: "通胀在2022年最后三个月降至2.1%。", text: "2022年最后三个月", time: "2022-10/2022-12"),
        .init(sentence: "2022年第一个月，原油基金领涨。", text: "2022年第一个月", time: "2022-01"),
    ]

    @Test(arguments: cases)
    func date(_ expected: DateCase) throws {
        try expected.check()
    }

    @Test func anImpossibleDateIsReadWholeWithoutATime() throws {
        let found = try dates("2019年2月29日，公司成立。")
        #expect(found.map(\.text) == ["2019年2月29日"])
        #expect(found.first?.time == nil)
        #expect(try dates("2019年2月29日-3月1日举行。").map(\.text) == ["2019年2月29日-3月1日"])
    }

    @Test func aDesignationWithNumberHaoIsNoDate() throws {
        #expect(try dates("地铁3号线开通。").isEmpty)
        #expect(try dates("工作单位位于上地信息路2号。").isEmpty)
        #expect(try dates("见《通知》（财税〔2019〕11号）。").isEmpty)
        #expect(try dates("发射“嫦娥六号”探测器。").isEmpty)
        #expect(try dates("嫦娥五号前往月球。").isEmpty)
        #expect(try dates("1号、2号线同时开通。").isEmpty)
    }

    @Test func twoThousandYearsIsADuration() throws {
        #expect(try dates("这座桥有两千年历史。").isEmpty)
        #expect(try figures("这座桥有两千年历史。").first?.kind == .duration)
        #expect(try dates("这座桥有300年历史。").isEmpty)
    }

    @Test func aMonthAloneIsNotSpaced() throws {
        #expect(try dates("iPhone 12 月销量增长。").isEmpty)
        #expect(try dates("2021年 12 月销量增长。").map(\.text) == ["2021年 12 月"])
    }

    @Test func aDayWithoutRiMustStandAlone() throws {
        #expect(try dates("一月二十三个项目开工。").map(\.text) == ["一月"])
        #expect(try dates("8月15家企业签约。").map(\.text) == ["8月"])
        #expect(try dates("一月二十多天没有下雨。").map(\.text) == ["一月"])
    }

    @Test func aNameAfterADateIsNotItsWeekday() throws {
        #expect(try dates("2022年1月17日周一鸣表示同意。").map(\.text) == ["2022年1月17日"])
        #expect(try dates("3月5日，周一至周五开放。").map(\.text) == ["3月5日"])
    }

    @Test func twoNumbersWithAJoinerNeedTheEndOfAClause() throws {
        #expect(try dates("价格在2016-2018元之间。").isEmpty)
        #expect(try dates("编号1995-2001A。").isEmpty)
    }

    @Test func aPairWithoutABetweenWordIsTwoDates() throws {
        #expect(try dates("2015年和2018年的销售额分别增长。").map(\.text) == ["2015年", "2018年"])
        #expect(try dates("2015年以后，2018年以前的规划。").map(\.text) == ["2015年", "2018年"])
    }

    @Test func liangCountsAndIsNoMonthOrDay() throws {
        #expect(try dates("落实去年五月两国元首的决定。", date: "1998-01-10").map(\.text) == ["去年五月"])
        #expect(try dates("港股连续上涨，两日累计升一千点。").isEmpty)
    }

    @Test func oneDayIdiomsAreNoDates() throws {
        #expect(try dates("记者看到，一日三餐都在食堂。").isEmpty)
        #expect(try dates("几近“一日不作，一日不食”的境界。").isEmpty)
    }

    @Test func adjacentChineseDigitsAreARangeOfYears() throws {
        #expect(try dates("力求在三五年之内基本解决。").isEmpty)
        #expect(try dates("没有七八年时间是不行的。").isEmpty)
        #expect(try dates("八九年六月，他出国。").first?.time == "1989-06")
        #expect(try dates("九七年主题美术创作。").first?.time == "1997")
    }

    /// 比上月: a base of comparison is told from the month the text speaks of; 上月 alone from
    /// the publication date.
    @Test func lastMonthAsAComparisonBase() throws {
        let found = try dates("2025年9月，成交占比58.3%，比上月提高2.1个百分点。")
        #expect(found.first { $0.text == "上月" }?.time == "2025-08")
        #expect(try dates("上月，全市成交增长。").first?.time == nil)
        #expect(try dates("上月，全市成交增长。", date: "2025-10-08").first?.time == "2025-09")
    }

    /// 前8个月 alone takes the year the text has fixed; 提前3个月 is no date ([not-date]).
    @Test func firstMonthsWithoutAYear() throws {
        let found = try dates("2025年前8个月，货物吞吐量增长。前8个月，外贸增长6.5%。")
        #expect(found.map(\.text) == ["2025年前8个月", "前8个月"])
        #expect(found.last?.time == "2025-01/2025-08")
        #expect(try dates("前8个月，外贸增长6.5%。").isEmpty, "no year fixed")
        #expect(try dates("2025年，生猪出栏提前3个月完成。").map(\.text) == ["2025年"])
        #expect(try dates("2025年，患者入院前3个月出现症状。").map(\.text) == ["2025年"], "a stretch before an event")
    }

    /// 上年同期 is one date: the period the text speaks of, a year earlier.
    @Test func theSamePeriodLastYear() throws {
        let found = try dates("2025年前8个月，增速比上年同期加快2.1个百分点。")
        #expect(found.last?.text == "上年同期" && found.last?.time == "2024-01/2024-08")
        #expect(DateRecognizer.period("2024-02-29", movedTo: 2025) == nil)
        #expect(DateRecognizer.period("2012/2015", movedTo: 2011) == nil)
    }

    /// A time of day after a day is read into the date's span; the date stays a date to the day.
    @Test func aTimeOfDayBelongsToItsDay() throws {
        let found = try dates("2025年7月21日8时至23日8时，降雨186毫米。最大小时降雨量出现在22日凌晨3时至4时。24日夜间至26日，仍有降雨。截至7月24日12时，转移12.6万人。")
        #expect(found.map(\.text) == ["2025年7月21日8时至23日8时", "22日凌晨3时至4时", "24日夜间至26日", "7月24日12时"])
        #expect(found.map(\.time) == ["2025-07-21/2025-07-23", "2025-07-22", "2025-07-24/2025-07-26", "2025-07-24"])
        // 8时间 is no hour; 5日本企业 still no 5th.
        #expect(try dates("2025年3月5日时间紧。").first?.text == "2025年3月5日")
        #expect(try dates("2025年3月，5日本企业来访。").map(\.text) == ["2025年3月"])
    }

    /// A date that opens a 以来 phrase (今年入汛以来最强的一次降雨) is no period of the paragraph's
    /// later sentences: they keep the event's period.
    @Test func aSincePhraseIsNoParagraphPeriod() throws {
        let found = try figures("2025年7月21日8时至23日8时，北部出现今年入汛以来最强的一次降雨过程。此次过程平均降雨量为186毫米。")
        #expect(found.first { $0.text == "186毫米" }?.time == "2025-07-21/2025-07-23")
    }

    /// 当天 points at the day the text fixed, as 当日 does; a plan's name is dated like a report's.
    @Test func dangTianAndAPlansYear() throws {
        #expect(try dates("2025年11月16日，马拉松开跑。比赛当天，观众约52万人次。").last?.time == "2025-11-16")
        #expect(try dates("公司同日披露2024年度利润分配预案。").isEmpty)
    }

    @Test func halfAYearEarlyIsNoDate() throws {
        #expect(try dates("生猪生产提前半年完成目标任务。").isEmpty)
    }
}
