import Testing
@testable import Extraction
import FactCore

/// One figure that a sentence must yield.
struct FigureCase: CustomTestStringConvertible, Sendable {
    var sentence: String
    var text: String
    var kind: FactKind
    var value: String
    var valueMax: String? = nil
    var unit: String
    var approx: Approximation = .exact
    var testDescription: String { "\(text) in \(sentence)" }
}

@Suite struct FigureTableTests {
    static let numerals: [FigureCase] = [
        .init(sentence: "2018年中国云计算产业规模达到962.8亿元。", text: "962.8亿元", kind: .money, value: "96280000000", unit: "CNY"),
        .init(sentence: "全区企业总数为一千五百五十一家。", text: "一千五百五十一家", kind: .count, value: "1551", unit: "count"),
        .init(sentence: "共有一百 五 十 二家。", text: "一百 五 十 二家", kind: .count, value: "152", unit: "count"),
        .init(sentence: "合计7万 5千人。", text: "7万 5千人", kind: .count, value: "75000", unit: "count"),
        .init(sentence: "合同金额为1,234.5万元。", text: "1,234.5万元", kind: .money, value: "12345000", unit: "CNY"),
        .init(sentence: "共有１２３家企业入驻。", text: "１２３家", kind: .count, value: "123", unit: "count"),
        .init(sentence: "完成投资３．５亿元。", text: "３．５亿元", kind: .money, value: "350000000", unit: "CNY"),
        .init(sentence: "合同总价壹佰万元。", text: "壹佰万元", kind: .money, value: "1000000", unit: "CNY"),
        .init(sentence: "全市存款余额1.2万亿元。", text: "1.2万亿元", kind: .money, value: "1200000000000", unit: "CNY"),
        .init(sentence: "项目占地3万5千平方米。", text: "3万5千平方米", kind: .area, value: "35000", unit: "m2"),
        .init(sentence: "去年游客达到三萬人次。", text: "三萬人次", kind: .count, value: "30000", unit: "count"),
        .init(sentence: "营收为5億元新臺幣。", text: "5億元新臺幣", kind: .money, value: "500000000", unit: "TWD"),
        .init(sentence: "完成财政总收入2.1个亿。", text: "2.1个亿", kind: .money, value: "210000000", unit: "CNY"),
        .init(sentence: "127万人次通过网络直播观看。", text: "127万人次", kind: .count, value: "1270000", unit: "count"),
        .init(sentence: "腾转120万方空间。", text: "120万方", kind: .area, value: "1200000", unit: "m2"),
        .init(sentence: "建成3万平米展区。", text: "3万平米", kind: .area, value: "30000", unit: "m2"),
        .init(sentence: "流转土地1000亩。", text: "1000亩", kind: .area, value: "1000", unit: "mu"),
        .init(sentence: "湿地面积达到12公顷。", text: "12公顷", kind: .area, value: "12", unit: "ha"),
        .init(sentence: "成交均价为22537元/平方米。", text: "22537元/平方米", kind: .price, value: "22537", unit: "CNY/m2"),
        .init(sentence: "铁矿石报价120美元/吨。", text: "120美元/吨", kind: .price, value: "120", unit: "USD/t"),
        .init(sentence: "每股派息4.4港元。", text: "4.4港元", kind: .money, value: "4.4", unit: "HKD"),
        .init(sentence: "粮食产量达到6.95亿吨。", text: "6.95亿吨", kind: .weight, value: "695000000", unit: "t"),
        .init(sentence: "发电量120亿千瓦时。", text: "120亿千瓦时", kind: .energy, value: "12000000000", unit: "kWh"),
        .init(sentence: "装机容量达到50兆瓦。", text: "50兆瓦", kind: .power, value: "50", unit: "MW"),
        .init(sentence: "线路全长36公里。", text: "36公里", kind: .length, value: "36", unit: "km"),
        .init(sentence: "线路全长12千米。", text: "12千米", kind: .length, value: "12", unit: "km"),
        .init(sentence: "新增装机3千瓦。", text: "3千瓦", kind: .power, value: "3", unit: "kW"),
        .init(sentence: "年发电3.3亿千瓦时。", text: "3.3亿千瓦时", kind: .energy, value: "330000000", unit: "kWh"),
        .init(sentence: "售价￥300。", text: "￥300", kind: .money, value: "300", unit: "CNY"),
        .init(sentence: "融资US$20亿。", text: "US$20亿", kind: .money, value: "2000000000", unit: "USD"),
        .init(sentence: "利率为十点五个百分点。", text: "十点五个百分点", kind: .percentagePoint, value: "10.5", unit: "percentage_point"),
        .init(sentence: "王坚今年55岁。", text: "55岁", kind: .age, value: "55", unit: "year"),
        .init(sentence: "仅用85天建成了会展中心。", text: "85天", kind: .duration, value: "85", unit: "day"),
        .init(sentence: "工期三年半。", text: "三年半", kind: .duration, value: "3.5", unit: "year"),
        .init(sentence: "历时一个半月。", text: "一个半月", kind: .duration, value: "1.5", unit: "month"),
        .init(sentence: "全程约6 天。", text: "约6 天", kind: .duration, value: "6", unit: "day", approx: .about),
        .init(sentence: "项目为期7周。", text: "7周", kind: .duration, value: "7", unit: "week"),
        .init(sentence: "覆盖5公里半径。", text: "5公里", kind: .length, value: "5", unit: "km"),
        .init(sentence: "此平台仅一年时间就入选名单。", text: "一年", kind: .duration, value: "1", unit: "year"),
    ]

    static let percents: [FigureCase] = [
        .init(sentence: "全国近45%的产业人才集聚于此。", text: "近45%", kind: .percent, value: "45", unit: "percent", approx: .nearly),
        .init(sentence: "占比达到百分之四十五。", text: "百分之四十五", kind: .percent, value: "45", unit: "percent"),
        .init(sentence: "出口占全省的四成。", text: "四成", kind: .percent, value: "40", unit: "percent"),
        .init(sentence: "出口占全省的7.2成。", text: "7.2成", kind: .percent, value: "72", unit: "percent"),
        .init(sentence: "出口占全省的七成六。", text: "七成六", kind: .percent, value: "76", unit: "percent"),
        .init(sentence: "入住率达到十成。", text: "十成", kind: .percent, value: "100", unit: "percent"),
        .init(sentence: "全场商品打八折。", text: "打八折", kind: .percent, value: "80", unit: "percent"),
        .init(sentence: "会员享受75折优惠。", text: "75折", kind: .percent, value: "75", unit: "percent"),
        .init(sentence: "会员享受八点五折优惠。", text: "八点五折", kind: .percent, value: "85", unit: "percent"),
        .init(sentence: "增速回落5个百分点。", text: "5个百分点", kind: .percentagePoint, value: "5", unit: "percentage_point"),
        .init(sentence: "地区生产总值增长6.1%。", text: "6.1%", kind: .percent, value: "6.1", unit: "percent"),
        .init(sentence: "增速提高４５％。", text: "４５％", kind: .percent, value: "45", unit: "percent"),
        .init(sentence: "外资企业占三分之一。", text: "三分之一", kind: .percent, value: "33.333333333333", unit: "percent"),
        .init(sentence: "约3/5的企业盈利。", text: "约3/5", kind: .percent, value: "60", unit: "percent", approx: .about),
        .init(sentence: "售价四百点五元。", text: "四百点五元", kind: .money, value: "400.5", unit: "CNY"),
        .init(sentence: "收入翻一番。", text: "翻一番", kind: .multiple, value: "2", unit: "times"),
        .init(sentence: "产量增长了3倍。", text: "3倍", kind: .multiple, value: "3", unit: "times"),
    ]

    static let qualified: [FigureCase] = [
        .init(sentence: "2万多个参会名额被一抢而空。", text: "2万多个", kind: .count, value: "20000", unit: "count", approx: .over),
        .init(sentence: "举办110余场峰会。", text: "110余场", kind: .count, value: "110", unit: "count", approx: .over),
        .init(sentence: "有400多家合作伙伴参与。", text: "400多家", kind: .count, value: "400", unit: "count", approx: .over),
        .init(sentence: "涉云产值近30个亿。", text: "近30个亿", kind: .money, value: "3000000000", unit: "CNY", approx: .nearly),
        .init(sentence: "产业规模预计超过千亿。", text: "超过千亿", kind: .money, value: "100000000000", unit: "CNY", approx: .over),
        .init(sentence: "双方投入数千万元。", text: "数千万元", kind: .money, value: "20000000", valueMax: "90000000", unit: "CNY", approx: .vague),
        .init(sentence: "他工作了十几年。", text: "十几年", kind: .duration, value: "11", valueMax: "19", unit: "year", approx: .vague),
        .init(sentence: "上百家企业参展。", text: "上百家", kind: .count, value: "100", unit: "count", approx: .about),
        .init(sentence: "项目投资约5亿元。", text: "约5亿元", kind: .money, value: "500000000", unit: "CNY", approx: .about),
        .init(sentence: "投资1000万元左右。", text: "1000万元左右", kind: .money, value: "10000000", unit: "CNY", approx: .about),
        .init(sentence: "将近200人到场。", text: "将近200人", kind: .count, value: "200", unit: "count", approx: .nearly),
        .init(sentence: "接近3000辆车。", text: "接近3000辆", kind: .count, value: "3000", unit: "count", approx: .nearly),
        .init(sentence: "逾50家企业签约。", text: "逾50家", kind: .count, value: "50", unit: "count", approx: .over),
        .init(sentence: "营收突破100亿元。", text: "突破100亿元", kind: .money, value: "10000000000", unit: "CNY", approx: .over),
        .init(sentence: "增速在5%以上。", text: "5%以上", kind: .percent, value: "5", unit: "percent", approx: .over),
        .init(sentence: "不到10%的企业盈利。", text: "不到10%", kind: .percent, value: "10", unit: "percent", approx: .under),
        .init(sentence: "不足300人参加。", text: "不足300人", kind: .count, value: "300", unit: "count", approx: .under),
        .init(sentence: "至少20家银行参与。", text: "至少20家", kind: .count, value: "20", unit: "count", approx: .atLeast),
        .init(sentence: "不少于500套住房。", text: "不少于500套", kind: .count, value: "500", unit: "count", approx: .atLeast),
        .init(sentence: "最多3名代表。", text: "最多3名", kind: .count, value: "3", unit: "count", approx: .atMost),
        .init(sentence: "名额最多为5个。", text: "最多为5个", kind: .count, value: "5", unit: "count", approx: .atMost),
        .init(sentence: "参会人数超过了80人。", text: "超过了80人", kind: .count, value: "80", unit: "count", approx: .over),
        .init(sentence: "面积大于100平方米。", text: "大于100平方米", kind: .area, value: "100", unit: "m2", approx: .over),
        .init(sentence: "不超过50万元。", text: "不超过50万元", kind: .money, value: "500000", unit: "CNY", approx: .atMost),
        .init(sentence: "双方在3年内投入资金。", text: "3年内", kind: .duration, value: "3", unit: "year", approx: .atMost),
        .init(sentence: "工期3至5年。", text: "3至5年", kind: .duration, value: "3", valueMax: "5", unit: "year", approx: .range),
        .init(sentence: "月薪2000-3000元。", text: "2000-3000元", kind: .money, value: "2000", valueMax: "3000", unit: "CNY", approx: .range),
        .init(sentence: "来了三四十人。", text: "三四十人", kind: .count, value: "30", valueMax: "40", unit: "count", approx: .range),
        .init(sentence: "来了五六个人。", text: "五六个", kind: .count, value: "5", valueMax: "6", unit: "count", approx: .range),
        .init(sentence: "投资两三万元。", text: "两三万元", kind: .money, value: "20000", valueMax: "30000", unit: "CNY", approx: .range),
        .init(sentence: "总投资六七十亿元。", text: "六七十亿元", kind: .money, value: "6000000000", valueMax: "7000000000", unit: "CNY", approx: .range),
        .init(sentence: "投资3至5万元。", text: "3至5万元", kind: .money, value: "30000", valueMax: "50000", unit: "CNY", approx: .range),
        .init(sentence: "于是两人一拍即合。", text: "两人", kind: .count, value: "2", unit: "count"),
    ]

    @Test(arguments: numerals + percents + qualified)
    func figure(_ expected: FigureCase) throws {
        let found = try figures(expected.sentence)
        let match = try #require(found.first { $0.text == expected.text }, "no figure \(expected.text); got \(found.map(\.text))")
        #expect(match.kind == expected.kind)
        #expect(match.valueString == expected.value)
        #expect(match.valueMaxString == expected.valueMax)
        #expect(match.unit == expected.unit)
        #expect(match.approx == expected.approx)
    }

    @Test func hongKongTextReadsBareYuanAsHKD() throws {
        let text = "香港某公司公布业绩，港股午后走高。该公司全年纯利120亿元，每股派息4.4港元。"
        let money = try figures(text).first { $0.text == "120亿元" }
        #expect(money?.unit == "HKD")
    }

    @Test func taiwanTextReadsBareYuanAsTWD() throws {
        let text = "臺灣某晶圓廠公布財報，臺北股市收紅。該公司營收達3,000億元。"
        let money = try figures(text).first { $0.text == "3,000億元" }
        #expect(money?.unit == "TWD")
        #expect(money?.valueString == "300000000000")
    }
}
