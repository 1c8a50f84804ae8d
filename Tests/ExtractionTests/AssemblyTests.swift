import Testing
@testable import Extraction
import FactCore

/// Metric, modality and coordination: the parts of a fact beyond its value.
@Suite struct AssemblyTests {
    struct MetricCase: Sendable, CustomTestStringConvertible {
        var sentence: String
        var figure: String
        var metric: String?
        var testDescription: String { "\(figure) → \(metric ?? "nil")" }
    }

    static let metrics: [MetricCase] = [
        .init(sentence: "2018年中国云计算产业规模达到962.8亿元。", figure: "962.8亿元", metric: "云计算产业规模"),
        .init(sentence: "诞生了阿里云和数梦工场2家云计算独角兽企业。", figure: "2家", metric: "云计算独角兽企业"),
        .init(sentence: "2017年小镇与云相关的税收已高达10亿元。", figure: "10亿元", metric: "税收"),
        .init(sentence: "2015年，云栖小镇实现了涉云产值近30个亿，完成财政总收入2.1个亿。", figure: "近30个亿", metric: "涉云产值"),
        .init(sentence: "2015年，云栖小镇实现了涉云产值近30个亿，完成财政总收入2.1个亿。", figure: "2.1个亿", metric: "财政总收入"),
        .init(sentence: "其中涉云企业达到255家。", figure: "255家", metric: "涉云企业"),
        .init(sentence: "但是2012年仅仅有8家涉云企业入驻。", figure: "8家", metric: "涉云企业"),
        .init(sentence: "阿里一个容量5000台计算机机房落地。", figure: "5000台", metric: "容量"),
        .init(sentence: "2015年，云栖小镇投资2亿元。", figure: "2亿元", metric: "投资"),
        .init(sentence: "小镇设立了20亿的空天信息产业投资基金。", figure: "20亿", metric: "空天信息产业投资基金"),
        .init(sentence: "小镇布局了1000亩飞天科学城。", figure: "1000亩", metric: "飞天科学城"),
        .init(sentence: "全国近45%的云计算大数据产业人才集聚于此。", figure: "近45%", metric: "云计算大数据产业人才"),
        .init(sentence: "引进“新华智云”等重点企业400余家。", figure: "400余家", metric: "重点企业"),
        .init(sentence: "仅用85天建成了云栖会展中心。", figure: "85天", metric: "建成了云栖会展中心"),
        .init(sentence: "截至午盘，恒指跌2.57%，国企指数跌3.01%。", figure: "2.57%", metric: "恒指"),
        .init(sentence: "科济药业、维亚生物等跌超10%。", figure: "超10%", metric: "维亚生物"),
        .init(sentence: "科学城建成人才公寓2,600套。", figure: "2,600套", metric: "人才公寓"),
        .init(sentence: "第三产业增加值702.35亿元，占比达到54.6%，提高1.2个百分点。", figure: "54.6%", metric: "第三产业增加值"),
        .init(sentence: "第三产业增加值702.35亿元，占比达到54.6%，提高1.2个百分点。", figure: "1.2个百分点", metric: "第三产业增加值"),
        .init(sentence: "全区实现地区生产总值1,286.4亿元，同比增长6.1%。", figure: "6.1%", metric: "地区生产总值"),
        .init(sentence: "截至2023年末，公司总资产达到356亿元，较年初增长8%。", figure: "8%", metric: "总资产"),
        .init(sentence: "2023年国内生产总值1260582亿元，比上年增长5.2%。", figure: "5.2%", metric: "国内生产总值"),
        .init(sentence: "年末全国人口140967万人，比上年末减少208万人。", figure: "208万人", metric: "人口"),
        .init(sentence: "2023年杭州实现地区生产总值20059亿元。", figure: "20059亿元", metric: "地区生产总值"),
        .init(sentence: "建成后预计年产值可达100亿元。", figure: "100亿元", metric: "年产值"),
        .init(sentence: "園區營業額年增１２．５％。", figure: "１２．５％", metric: "營業額"),
    ]

    @Test(arguments: metrics)
    func metric(_ expected: MetricCase) throws {
        let found = try figures(expected.sentence)
        let fact = try #require(found.first { $0.text == expected.figure }, "no \(expected.figure) in \(found.map(\.text))")
        #expect(fact.metric == expected.metric)
    }

    @Test func respectiveCoordinationPairsMetricsInOrder() throws {
        let found = try figures("截至2019年11月，云栖小镇企业数和涉云企业数已达1551家和1036家。")
        #expect(found.map(\.text) == ["1551家", "1036家"])
        #expect(found.map(\.metric) == ["企业数", "涉云企业数"])
        #expect(found.allSatisfy { $0.time == "2019-11" })
    }

    @Test func forecastWordsGovernLaterFigures() throws {
        let found = try figures("预计到2022年，小镇实现财政总收入15亿元，累计引进企业2000家。")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.modality == .forecast && $0.time == "2022" })
    }

    /// A prediction (据预测) and a weather forecast (据气象台预报) are forecasts too.
    @Test func predictionsAndWeatherForecastsAreForecasts() throws {
        #expect(try figures("据机构预测，2025年全球市场规模达到1.2万亿元。").first?.modality == .forecast)
        #expect(try figures("据省气象台预报，北部累计降雨量50至80毫米。").first?.modality == .forecast)
        #expect(try figures("据统计，北部累计降雨量186毫米。").first?.modality == .actual)
    }

    /// GUIDELINES.md names 预计/将/计划/目标/有望/力争; 拟 (a proposal: 拟派发现金股利) is not among them.
    @Test func niIsNoForecastWord() throws {
        let found = try figures("董事会审议通过利润分配方案，拟向全体股东每股派发现金股利0.235元。")
        #expect(found.first?.text == "0.235元" && found.first?.modality == .actual)
    }

    /// 按照规划, 根据规划 open a sentence of planned figures: every later figure is a forecast.
    @Test func aPlanOpensAForecastSentence() throws {
        let found = try figures("按照规划，全市将新开通线路3条，新增运营里程约96公里。")
        #expect(found.count == 2 && found.allSatisfy { $0.modality == .forecast })
    }

    /// 预期寿命 (life expectancy) holds 预期 but is no forecast word (modality.tsv, scope none).
    @Test func lifeExpectancyIsNoForecast() throws {
        #expect(try figures("全县居民人均预期寿命达到79.6岁。").first?.modality == .actual)
        #expect(try figures("预期全年增长5%。").first?.modality == .forecast)
    }

    @Test func jiangAsObjectMarkerIsNotAForecast() throws {
        let found = try figures("并将产值20亿元的电商企业拒之门外。")
        #expect(found.first?.modality == .actual)
        let forecast = try figures("云产值将破200亿。")
        #expect(forecast.first?.modality == .forecast)
        #expect(forecast.first?.approx == .over)
        #expect(forecast.first?.unit == "CNY")
    }

    @Test func aDatelineGivesThePublicationDate() throws {
        let text = "标题\n\n区融媒体中心2024年1月26日讯　去年全区实现产值100亿元。"
        let found = try facts(text)
        #expect(found.first { $0.text == "去年" }?.time == "2023")
        #expect(found.first { $0.text == "100亿元" }?.time == "2023")
        // Without a dateline, 去年 needs the caller's date.
        #expect(try facts("去年全区实现产值100亿元。").first { $0.text == "去年" }?.time == nil)
        #expect(try facts("去年全区实现产值100亿元。", date: "2020-06-01").first { $0.text == "去年" }?.time == "2019")
    }

    @Test func aBareYuanInATraditionalTaiwanTextIsTWDButAQuotedPriceStaysCNY() throws {
        let mainland = try figures("台湾游客带来约2,000万元新台币消费，景区门票收入1.2亿元。")
        #expect(mainland.first { $0.text == "1.2亿元" }?.unit == "CNY")
        #expect(mainland.first { $0.text.hasSuffix("新台币") }?.unit == "TWD")
    }

    @Test func provenanceMatchesTheText() throws {
        let text = "标题\n\n２０１８年，产值达到962.8亿元。"
        let found = try facts(text)
        let money = try #require(found.first { $0.kind == .money })
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[money.span.range])) == money.text)
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[money.provenance.byteStart..<money.provenance.byteEnd], as: UTF8.self) == money.text)
        #expect(money.provenance.line == 3)
        #expect(money.provenance.sentence == "２０１８年，产值达到962.8亿元。")
        #expect(money.time == "2018")
    }
}

@Suite struct ChangeAndSignTests {
    @Test func aBaseValueTakesItsOwnYear() throws {
        let found = try figures("2019年，全市产值从2018年的50亿元增长到60亿元，增长了20%。")
        #expect(found.first { $0.text == "50亿元" }?.time == "2018")
        #expect(found.first { $0.text == "60亿元" }?.time == "2019")
        #expect(found.first { $0.text == "20%" }?.time == "2019")
        let base = try figures("2019年全市收入比上年的1000亿元增加5%。")
        #expect(base.first { $0.text == "1000亿元" }?.time == "2018")
    }

    @Test func minusSignsMakeNegativeValues() throws {
        let found = try figures("营业利润约-2319.44万元，气温-5℃，增速为负3.9%。")
        let profit = try #require(found.first { $0.text == "约-2319.44万元" })
        #expect(profit.valueString == "-23194400")
        #expect(profit.approx == .about)
        #expect(found.first { $0.text == "-5℃" }?.valueString == "-5")
        #expect(found.first { $0.text == "负3.9%" }?.valueString == "-3.9")
        // A range joiner and a code hyphen are not signs.
        #expect(try figures("月薪2000-3000元。").first?.valueString == "2000")
    }

    @Test func aShareWordIsNotCutFromOccupancy() throws {
        let found = try figures("去年，市场占有率达到20%。")
        #expect(found.first?.metric == "市场占有率")
    }
}
