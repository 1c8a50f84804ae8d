import Testing
@testable import Extraction
import FactCore

/// Numeral and unit forms beyond the plain `numeral + unit`: compound durations, mixed
/// fractions, 万万 and 兆, spaced numerals and units, shares without a numeral, cued and
/// word-final units, ranges closed by 之间, comparatives and bounds written with 或.
@Suite struct NumeralFormTests {
    /// The figure whose text is `text` (figures only, or every numeral with `allNumbers`).
    private func row(_ text: String, in sentence: String, allNumbers: Bool = false) throws -> Fact {
        let found = try facts(sentence, allNumbers: allNumbers).filter { !$0.isDate }
        return try #require(found.first { $0.text == text }, "no row \(text); got \(found.map(\.text))")
    }

    // MARK: - Durations and ages

    @Test func compoundDurationsAreOneFigureInTheirSmallestUnit() throws {
        let hours = try row("8天20小时", in: "还剩8天20小时")
        #expect(hours.kind == .duration && hours.unit == "hour" && hours.valueString == "212")
        let lateHour = try row("8天20时", in: "还剩8天20时")
        #expect(lateHour.unit == "hour" && lateHour.valueString == "212")
        let days = try row("一年又一个月21天", in: "一年又一个月21天")
        #expect(days.unit == "day" && days.valueString == "416")
        let months = try row("13年6个月", in: "在一审中获刑13年6个月。")
        #expect(months.unit == "month" && months.valueString == "162")
        let larger = try row("两天又一个月", in: "两天又一个月")
        #expect(larger.unit == "day" && larger.valueString == "32")
        let seconds = try row("一年多三个月又20天8小时余50分钟20秒", in: "一年多三个月又20天8小时余50分钟20秒")
        #expect(seconds.unit == "second" && seconds.valueString == "41071820" && seconds.approx == .over)
    }

    @Test func aRateIsNoCompoundAndMinutesAloneAreNoFigure() throws {
        let texts = try figures("一年365天都在工作，每次5分钟。").map(\.text)
        #expect(texts.contains("一年") && texts.contains("365天"))
        #expect(!texts.contains { $0.contains("分钟") })
    }

    @Test func aSpacedYearIsNoDuration() throws {
        #expect(try figures("公司将于2022 年2月8日起开始复工。").allSatisfy { $0.kind != .duration })
        #expect(try row("6 天", in: "全程6 天。").unit == "day")
        #expect(try row("300 年", in: "已有300 年历史。").unit == "year")
    }

    @Test func halfAfterADurationBeforeAVerb() throws {
        let found = try figures("三年半过去了，一年半又要过去了")
        #expect(found.map(\.text) == ["三年半", "一年半"])
        #expect(found.first?.valueString == "3.5")
    }

    @Test func halfAnHourOrAMonthWithoutANumeral() throws {
        #expect(try row("半小时", in: "半小时后离开。").valueString == "0.5")
        let month = try row("半个月", in: "他在希腊旅游了半个月")
        #expect(month.unit == "month" && month.valueString == "0.5")
        #expect(try row("一个钟头", in: "已经过了一个钟头").unit == "hour")
        #expect(try row("３个半钟头", in: "来回要走３个半钟头的山路").valueString == "3.5")
        #expect(try figures("发布半年报。").isEmpty)
        #expect(try figures("公司披露半年度报告。").isEmpty)
        let year = try row("半年", in: "这个饭店已经营业半年了")
        #expect(year.kind == .duration && year.unit == "year" && year.valueString == "0.5")
        #expect(try row("半年", in: "生猪生产提前半年完成目标任务。").unit == "year")
        #expect(try row("近半年", in: "近半年来，价格回落。").approx == .nearly)
        // 上半年 and 下半年 are dates, not halves of a year.
        #expect(try figures("上半年营收增长，下半年回落。").filter { $0.kind == .duration }.isEmpty)
        #expect(try figures("2023年半年度利润分配方案出台。").filter { $0.kind == .duration }.isEmpty)
        #expect(try figures("由半年前的5人增至8人。").filter { $0.kind == .duration }.isEmpty)
        #expect(try figures("等了半天。").isEmpty)
    }

    /// A count right after 每 is the base of a rate (每10股派现3.5元): no figure of its own.
    @Test func theBaseOfARateIsNoFigure() throws {
        let found = try figures("公司拟每10股派发现金红利3.5元（含税）。")
        #expect(found.map(\.text) == ["3.5元"])
        #expect(try figures("每年接待游客100万人次。").map(\.text) == ["100万人次"])
    }

    /// 最长 before a figure is at most (救助期限最长3个月), as 最多 is.
    @Test func zuiChangIsAtMost() throws {
        let term = try row("最长3个月", in: "救助期限最长3个月。")
        #expect(term.approx == .atMost && term.unit == "month")
    }

    /// 标箱 (containers) and 列 (trains) count.
    @Test func containersAndTrainsCount() throws {
        #expect(try row("1,018.6万标箱", in: "完成集装箱吞吐量1,018.6万标箱。").valueString == "10186000")
        #expect(try row("1,126列", in: "开行海铁联运班列1,126列。").kind == .count)
    }

    /// A price range may write the currency on the first bound and the price unit on the second.
    @Test func aPriceRangeWithThePerUnitOnTheSecondBound() throws {
        let price = try row("11,000元至14,000元/平方米", in: "成交均价多在11,000元至14,000元/平方米之间。")
        #expect(price.kind == .price && price.unit == "CNY/m2" && price.valueString == "11000" && price.valueMaxString == "14000")
        #expect(price.approx == .range)
        // Another unit on the second bound keeps the two apart.
        #expect(try figures("3万元至5万吨").count == 2)
    }

    /// 多 and 余 after a duration, length or weight unit mean "over" (after-unit in qualifiers.tsv).
    @Test func overAfterTheUnit() throws {
        let years = try row("3年多", in: "3年多来，产值翻了一番。")
        #expect(years.approx == .over && years.valueString == "3" && years.unit == "year")
        #expect(try row("两天多", in: "用了两天多的时间。").approx == .over)
        #expect(try row("5公里多", in: "走了5公里多，到了。").approx == .over)
        #expect(try row("3年多", in: "走了3年多，到了。").approx == .over)
        #expect(try row("10年余", in: "坚持10年余。").approx == .over)
        // A word made with 多 stays a word; a numeral after it makes a compound duration.
        #expect(try row("近3年", in: "近3年多次获奖。").approx == .nearly)
        #expect(try row("一年多三个月", in: "历时一年多三个月。").unit == "month")
    }

    @Test func agesInMonthsWeeksAndDays() throws {
        #expect(try row("十个月大", in: "宝宝只有十个月大的时候").unit == "month")
        #expect(try row("三周大", in: "已经三周大了").unit == "week")
        let days = try row("90天大", in: "90天大的小孩")
        #expect(days.kind == .age && days.unit == "day" && days.valueString == "90")
        // 大会 is a word: 三天 stays a duration.
        #expect(try row("三天", in: "召开三天大会。").kind == .duration)
    }

    // MARK: - Units

    @Test func aBareDegreeIsATemperatureOnlyWithACue() throws {
        let raised = try row("5度", in: "把温度升高5度")
        #expect(raised.kind == .temperature && raised.unit == "C")
        let fahrenheit = try row("华氏温度100度", in: "华氏温度100度")
        #expect(fahrenheit.unit == "F" && fahrenheit.valueString == "100")
        #expect(try row("39°C", in: "他烧到了39°C那么高").unit == "C")
        #expect(try figures("车头转了180度。").isEmpty)
        #expect(try figures("气温一度下降。").filter { $0.kind == .temperature }.isEmpty)
        #expect(try figures("高温天气下，全市用电量达到5亿度。").filter { $0.kind == .temperature }.isEmpty)
    }

    @Test func latinUnitSymbolsAndCentimetres() throws {
        #expect(try row("168公分", in: "如今身高168公分").unit == "cm")
        #expect(try row("168CM", in: "如今身高168CM").unit == "cm")
        #expect(try row("超过250m", in: "这里水深超过250m").unit == "m")
        let volume = try row("3200m³", in: "对1座3200m³高炉检修")
        #expect(volume.kind == .volume && volume.unit == "m3")
        #expect(try row("2.4微克", in: "每天需要摄入2.4微克的维生素").unit == "ug")
        #expect(try row("323千卡", in: "热量323千卡").unit == "kcal")
    }

    @Test func coinsAfterAnAmount() throws {
        #expect(try row("五元三毛", in: "这个手机壳五元三毛").valueString == "5.3")
        #expect(try row("50元6角三分", in: "50元6角三分").valueString == "50.63")
        let dollars = try row("两美元又三美分", in: "这台电脑两美元又三美分")
        #expect(dollars.unit == "USD" && dollars.valueString == "2.03")
    }

    @Test func liangOnlyAtAPhrasesEnd() throws {
        let liang = try row("三十两", in: "三十两")
        #expect(liang.kind == .weight && liang.unit == "liang" && liang.valueString == "30")
        #expect(try row("三千两百两", in: "三千两百两").valueString == "3200")
        #expect(try figures("来了三两个人。").allSatisfy { $0.unit != "liang" })
        #expect(try figures("散坐着三三两两的游客。").isEmpty)
        #expect(try row("两万两千元", in: "花了两万两千元。").valueString == "22000")
    }

    @Test func aCurrencyNameBeforeSpacesAndTheNumeral() throws {
        #expect(try row("人民币  50元", in: "人民币  50元").unit == "CNY")
        #expect(try row("5美元", in: "4人民币 5美元").unit == "USD")
    }

    @Test func aCurrencyPrefixDecidesOnlyABareYuan() throws {
        #expect(try row("5美元", in: "4人民币5美元").unit == "USD")
        #expect(try row("445奈拉", in: "达到445奈拉兑换").unit == "NGN")
        #expect(try row("300美圆", in: "售价300美圆。").unit == "USD")
    }

    // MARK: - Numerals

    @Test func mixedNumbersReadAsOneNumber() throws {
        let half = try row("三又二分之一", in: "三又二分之一", allNumbers: true)
        #expect(half.kind == .number && half.valueString == "3.5")
        #expect(try row("一又二分之一倍", in: "增长了一又二分之一倍").valueString == "1.5")
        #expect(try row("三 百 五 又 三 分之 一", in: "三 百 五 又 三 分之 一", allNumbers: true).value.map { $0 > 350.33 && $0 < 350.34 } == true)
        #expect(try row("1 4/3", in: "1 4/3的美梦", allNumbers: true).value.map { $0 > 2.33 && $0 < 2.34 } == true)
    }

    @Test func fractionsWithSpacesSignsAndLoneMagnitudes() throws {
        #expect(try row("五 分之 一", in: "五 分之 一").valueString == "20")
        #expect(try row("二分 之一", in: "二分 之一").valueString == "50")
        #expect(try row("负３分之负一百五十七", in: "负３分之负一百五十七").value.map { $0 > 5233.33 && $0 < 5233.34 } == true)
        #expect(try row("-3/2", in: "-3/2").valueString == "-150")
        #expect(try row("万分之三", in: "国土只占地球陆地的万分之三").valueString == "0.03")
        #expect(try row("仟分之贰", in: "仟分之贰").valueString == "0.2")
        #expect(try row("十分之一", in: "只有十分之一的人。").valueString == "10")
        #expect(try figures("这十分值得研究。").isEmpty)
        #expect(try figures("只是国外同类火箭的几十分之一。").allSatisfy { $0.text != "十分之一" })
    }

    @Test func wanWanAndZhao() throws {
        #expect(try row("四万万", in: "四万万同胞", allNumbers: true).valueString == "400000000")
        #expect(try row("10万万", in: "10万万", allNumbers: true).valueString == "1000000000")
        #expect(try row("五兆六十二亿四万五千二", in: "五兆六十二亿四万五千二", allNumbers: true).valueString == "5006200045200")
        let money = try row("四十九兆九千五百九十二億元", in: "为四十九兆九千五百九十二億元，")
        #expect(money.kind == .money && money.valueString == "49959200000000")
        #expect(try row("百万万分之七", in: "百万万分之七").valueString == "0.00000007")
    }

    @Test func wanWanAndZhaoTraps() throws {
        #expect(try facts("万万没想到。", allNumbers: true).filter { !$0.isDate }.allSatisfy { ($0.value ?? 0) < 100_000_000 })
        #expect(try facts("织进了千千万万人的深情。", allNumbers: true).filter { !$0.isDate }.allSatisfy { ($0.value ?? 0) < 100_000_000 })
        #expect(try facts("开通100兆宽带。", allNumbers: true).filter { !$0.isDate }.allSatisfy { ($0.value ?? 0) < 1000 })
        #expect(try row("50兆瓦", in: "装机容量达到50兆瓦。").unit == "MW")
    }

    @Test func spacesInsideNumeralsUnitsAndShares() throws {
        let over = try row("十 余 万", in: "十 余 万", allNumbers: true)
        #expect(over.valueString == "100000" && over.approx == .over)
        #expect(try row("四百 点 五", in: "四百 点 五", allNumbers: true).valueString == "400.5")
        #expect(try row("八千 三百 二十六 点三三", in: "八千 三百 二十六 点三三", allNumbers: true).valueString == "8326.33")
        let points = try row("四点 五个百分点", in: "四点 五个百分点")
        #expect(points.kind == .percentagePoint && points.valueString == "4.5")
        #expect(try row("六   个 百 分点", in: "六   个 百 分点").valueString == "6")
        #expect(try row("百 分 之2.4", in: "百 分 之2.4").valueString == "2.4")
        #expect(try row("百分之一 点五", in: "百分之一 点五").valueString == "1.5")
        #expect(try row("七成 六", in: "七成 六").valueString == "76")
        #expect(try row("六 点 五 成", in: "六 点 五 成").valueString == "65")
        #expect(try row("60万 kW", in: "光伏发电60万 kW").valueString == "600000")
    }

    @Test func aZeroBeforeTenAndALeadingPoint() throws {
        #expect(try row("零十", in: "零十", allNumbers: true).valueString == "10")
        #expect(try row("一百零十万", in: "一百零十万", allNumbers: true).valueString == "1100000")
        #expect(try row(".5", in: ".5", allNumbers: true).valueString == "0.5")
        #expect(try row("-.5", in: "-.5", allNumbers: true).valueString == "-0.5")
        #expect(try row(".23456000", in: ".23456000", allNumbers: true).valueString == "0.23456")
    }

    @Test func spacedSharesPointsAndSuffixes() throws {
        #expect(try row("陆 点 五 折", in: "陆 点 五 折").valueString == "65")
        let points = try row("一 百 五 十 个 百 分 点", in: "一 百 五 十 个 百 分 点")
        #expect(points.kind == .percentagePoint && points.valueString == "150")
        #expect(try row("170 之下", in: "小明的身高在 170 之下 ", allNumbers: true).approx == .under)
        #expect(try row("万万分之七", in: "万万分之七").valueString == "0.000007")
        #expect(try row("負壹又二分之壹", in: "負壹又二分之壹", allNumbers: true).valueString == "-1.5")
    }

    @Test func aDigitAfterItsUnitThenDecimals() throws {
        #expect(try row("两千三点一", in: "两千三点一", allNumbers: true).valueString == "2300.1")
        #expect(try row("一千六点五", in: "一千六点五。", allNumbers: true).valueString == "1600.5")
    }

    @Test func anArticleKeepsItsClassifierAsUnitText() throws {
        let article = try row("一只", in: "一只", allNumbers: true)
        #expect(article.kind == .number && article.unitText == "只")
    }

    // MARK: - Shares

    @Test func sharesWithoutANumeral() throws {
        #expect(try row("半成", in: "占半成").valueString == "5")
        #expect(try row("半折", in: "半折").valueString == "50")
        #expect(try row("对折", in: "全场打对折").valueString == "50")
        #expect(try figures("对折").isEmpty)
        #expect(try figures("它多半成了虚应的客套。").isEmpty)
        #expect(try figures("十折").isEmpty)
    }

    @Test func numeralsInsideAURLAreNoFigures() throws {
        #expect(try figures("你可以访问一下 https://www.test.com/search?q=30%25%2020%").isEmpty)
        #expect(try figures("详见 WWW.test.com/a?q=30%25").isEmpty)
        #expect(try row("30%", in: "增速为30%。").valueString == "30")
    }

    // MARK: - Ranges and bounds

    @Test func rangesClosedByBetween() throws {
        let between = try row("位于20和30之间", in: "这个数字是位于20和30之间的", allNumbers: true)
        #expect(between.approx == .range && between.valueString == "20" && between.valueMaxString == "30")
        let percent = try row("介于2.25%和2.5%之间", in: "目前可能介于2.25%和2.5%之间")
        #expect(percent.kind == .percent && percent.valueMaxString == "2.5")
        #expect(try row("10000与20000间", in: "10000与20000间", allNumbers: true).valueMaxString == "20000")
        let negative = try row("-10000与20000间", in: "-10000与20000间", allNumbers: true)
        #expect(negative.valueString == "-10000" && negative.valueMaxString == "20000")
    }

    @Test func unitlessAndSpacedRanges() throws {
        let range = try row("一千到一千五百", in: "数字的范围是一千到一千五百", allNumbers: true)
        #expect(range.approx == .range && range.valueMaxString == "1500")
        let spaced = try row("大概有20 - 100个", in: "这些苹果大概有20 - 100个")
        #expect(spaced.kind == .count && spaced.valueMaxString == "100")
        // A date goes on after the second numeral: no range of numbers.
        #expect(try facts("从1到10月", allNumbers: true).allSatisfy { $0.approx != .range || $0.isDate })
    }

    @Test func comparativesAreOpenBounds() throws {
        #expect(try row("比三十大", in: "他的年龄比三十大一些", allNumbers: true).approx == .over)
        #expect(try row("比 170 低", in: "小明的身高比 170 低 ", allNumbers: true).approx == .under)
        #expect(try facts("工作力度一年比一年大。").allSatisfy { $0.approx != .over })
        #expect(try row("52周", in: "股票比52周高点下跌").approx == .exact)
    }

    @Test func boundsWrittenWithOr() throws {
        #expect(try row("大于或者等于三千", in: "这个数字大于或者等于三千", allNumbers: true).approx == .atLeast)
        #expect(try row("三十或者以上", in: "他的年龄在三十或者以上", allNumbers: true).approx == .atLeast)
        #expect(try row("五百或者更多", in: "数目在五百或者更多的产品", allNumbers: true).approx == .atLeast)
        #expect(try row("12个月及以上", in: "须间隔12个月及以上的限制").approx == .atLeast)
        #expect(try row("小于等于150升", in: "容量小于等于150升").approx == .atMost)
        #expect(try row("小于 或 等于100", in: "找出 小于 或 等于100 的质数", allNumbers: true).approx == .atMost)
    }
}
