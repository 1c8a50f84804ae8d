import Testing
@testable import Extraction
import FactCore

/// The metric and time rules added for text the extractor was not tuned on
/// (Corpus/09-11): one test per rule, on sentences written for the test.
@Suite struct MetricPhraseTests {
    private func figure(_ text: String, _ span: String) throws -> Fact {
        let found = try figures(text)
        return try #require(found.first { $0.text == span }, "no \(span) in \(found.map(\.text))")
    }

    // MARK: Metric

    /// Rules from the articles of Corpus 12–14 (held out until their first run): a bank's
    /// self-reference, nouns made of a verb and a head suffix, comparative verbs, a noun that
    /// ends in the figure's classifier, verbs with 到/在 before a target level.
    @Test func aBanksSelfReferenceIsNoPartOfTheMetric() throws {
        #expect(try figure("截至6月末，该行资产总额4.87万亿元。", "4.87万亿元").metric == "资产总额")
        #expect(try figure("本行不良贷款率为1.21%。", "1.21%").metric == "不良贷款率")
    }

    @Test func aVerbBeforeAHeadSuffixMakesANoun() throws {
        #expect(try figure("拨备覆盖率为238.6%，保持稳定。", "238.6%").metric == "拨备覆盖率")
    }

    @Test func aComparativeVerbAfterAMeasureCutsTheComparison() throws {
        #expect(try figure("小微企业贷款增长18.6%，增速高于各项贷款平均增速9.3个百分点。", "9.3个百分点").metric == "增速")
        // Without a measure before it, the comparison names what the rate is of.
        #expect(try figure("市民可以买到低于市场零售价15%的平价蔬果。", "15%").metric == "市场零售价")
    }

    @Test func aNounEndingInTheClassifierIsWhatIsCounted() throws {
        #expect(try figure("带动脱贫户3,580户稳定增收。", "3,580户").metric == "脱贫户")
    }

    @Test func anAttributionPhraseKeepsItsDe() throws {
        #expect(try figure("上半年归属于本行股东的净利润142.17亿元。", "142.17亿元").metric == "归属于本行股东的净利润")
        #expect(try figure("预计2021年实现归属于上市公司股东的净利润2.98亿元。", "2.98亿元").metric == "归属于上市公司股东的净利润")
        // Elsewhere only what follows the last 的 is kept.
        #expect(try figure("全县从事茶叶种植的农户约2.1万户。", "约2.1万户").metric == "农户")
    }

    @Test func aTrailingWordIsKeptWhenItWouldLeaveOneCharacter() throws {
        #expect(try figure("古城接待游客96.3万人次，日均近19.3万人次。", "近19.3万人次").metric == "日均")
    }

    @Test func theMeasureStartsAfterLeiji() throws {
        #expect(try figure("假期期间江州东站累计发送旅客138.6万人次。", "138.6万人次").metric == "发送旅客")
    }

    /// 长三角, 珠三角 are names with a numeral inside (non-numerals.txt): no figure, no phrase bound.
    @Test func aRegionNamedWithANumeralStaysInTheMetric() throws {
        #expect(try figure("外地游客中，长三角地区游客约310万人次。", "约310万人次").metric == "长三角地区游客")
    }

    /// A topic opener (在能源方面，) starts a new subject: no period carried from before.
    @Test func aTopicOpenerCarriesNoPeriod() throws {
        let found = try figures("2022/23年度全球小麦产量约8亿吨。\n\n在能源方面，全县光伏装机容量将近186兆瓦。")
        #expect(found.first { $0.text == "将近186兆瓦" }?.time == nil)
    }

    /// 全年 alone widens a part of the year its paragraph named (下半年…力争全年) to the year;
    /// it is no date row, and after 目前 it says nothing.
    @Test func quanNianWidensAPartToTheYear() throws {
        let found = try figures("2025年上半年，工业增加值增长6.8%。下半年将加大力度，力争全年增长7%左右，新能源汽车产量突破130万辆。")
        #expect(found.first { $0.text == "7%左右" }?.time == "2025")
        #expect(found.first { $0.text == "突破130万辆" }?.time == "2025")
        #expect(try dates("2025年上半年，产量增长。下半年力争全年增长7%。").allSatisfy { $0.text != "全年" })
        let now = try figures("2023年，游客增长。\n\n目前，全年接待研学团队1,200余次。")
        #expect(now.first { $0.text == "1,200余次" }?.time == nil)
    }

    /// 报告期内 after a named report is that report's period: the anchor of its paragraph,
    /// and of a breakdown after it, though no date row; before any named report it is nothing.
    @Test func theReportPeriodIsTheNamedReportsPeriod() throws {
        let text = "公司发布2024年年度报告。报告显示，营业收入86亿元。\n\n盈利能力提升。报告期内，毛利率为27.8%。全年研发投入4.37亿元。\n\n分业务看，材料业务收入52亿元。"
        let found = try figures(text)
        #expect(found.first { $0.text == "27.8%" }?.time == "2024")
        #expect(found.first { $0.text == "4.37亿元" }?.time == "2024")
        #expect(found.first { $0.text == "52亿元" }?.time == "2024")
        #expect(try dates(text).isEmpty, "neither the report's date nor 报告期内 is a date row")
        let quarter = try figures("公司披露2024年第一季度报告。\n\n报告期内，毛利率为29.4%。")
        #expect(quarter.first { $0.text == "29.4%" }?.time == "2024-01/2024-03")
        #expect(try figures("2023年，营收增长。\n\n报告期内，毛利率为29.4%。").first { $0.text == "29.4%" }?.time == nil)
    }

    /// A date that says when a rule was issued or a body founded (8月底出台的政策) is a date
    /// row but no period: the breakdown after it, and 上月, still speak of 9月. Data
    /// published on a day, a race held on one, and 是…的 keep their dates as periods.
    @Test func anIssuedRulesDateIsNoPeriod() throws {
        let text = "2025年9月，全市成交6,152套。8月底出台的限购政策效应显现。\n\n分区域看，中心城区成交2,318套，比上月提高2.1个百分点。"
        let found = try figures(text)
        #expect(found.first { $0.text == "2,318套" }?.time == "2025-09")
        #expect(try dates(text).map(\.text) == ["2025年9月", "8月底", "上月"])
        #expect(try dates(text).first { $0.text == "上月" }?.time == "2025-08")
        #expect(try figures("2025年，公司营收增长。1月25日公布的数据显示，新增病例94326例。").first { $0.text == "94326例" }?.timeText == "1月25日")
        #expect(try figures("2023年10月3日举行的马拉松赛全程42.195公里。").first?.time == "2023-10-03")
        #expect(try figures("基金是2024年设立的。院长捐出奖金40多万元。").first?.time == "2024")
    }

    /// A part of the year named as a comparison base (增速比一季度加快) makes no run of parts:
    /// the next paragraph's breakdown still speaks of 上半年.
    @Test func aComparedPartMakesNoRun() throws {
        let found = try figures("2025年上半年，工业增加值增长7.6%，增速比一季度加快0.8个百分点。\n\n分门类看，上半年采矿业增长3.2%。高技术制造业增长11.8%。")
        #expect(found.first { $0.text == "11.8%" }?.time == "2025-01/2025-06")
    }

    /// After a verb of doing something to what is counted, the measure is its object.
    @Test func theObjectOfADoingVerbIsTheMeasure() throws {
        #expect(try figure("科学城承担国家级科研项目97项。", "97项").metric == "国家级科研项目")
        #expect(try figure("全省出动救援人员2.1万余人次。", "2.1万余人次").metric == "救援人员")
        #expect(try figure("省级财政同步下拨救灾资金8,000万元。", "8,000万元").metric == "救灾资金")
        #expect(try figure("博物馆展出文物近3,000件。", "近3,000件").metric == "文物")
    }

    /// A [prefix-word] keeps its strip prefix (在建, 到访), and 两院 is no numeral.
    @Test func wordsThatBeginWithAStripPrefixKeepIt() throws {
        #expect(try figure("全市在建项目320个。", "320个").metric == "在建项目")
        #expect(try figure("全市在岗职工8.6万人。", "8.6万人").metric == "在岗职工")
        #expect(try figure("到访游客120万人次。", "120万人次").metric == "到访游客")
        #expect(try figure("科学城拥有两院院士17名。", "17名").metric == "两院院士")
        #expect(try figure("全市在职员工3,860人。", "3,860人").metric == "在职员工")
        // 在 as a preposition still goes (在运 is no prefix word: 在运输 is 在 + 运输).
        #expect(try figure("在运输途中接触人员共8人。", "8人").metric == "运输途中接触人员")
    }

    /// Digits glued to a Latin letter are part of the name before a figure (5G基站, Q4营收).
    @Test func aCodeWithDigitsIsPartOfTheNameBefore() throws {
        #expect(try figure("全市5G基站总数达到4.8万个。", "4.8万个").metric == "5G基站总数")
        #expect(try figure("公司Q4营收同比增长8.6%。", "8.6%").metric == "Q4营收")
    }

    /// A base value's year (由2016年的3,860亿元) is not part of the name before it.
    @Test func aBaseValuesYearIsCutFromTheName() throws {
        let found = try figures("全市数字经济规模由2016年的3,860亿元增长到7,520亿元。")
        #expect(found.first { $0.text == "3,860亿元" }?.metric == "数字经济规模")
        #expect(try figure("贫困人口从1978年的2.5亿人减少到5,800万人。", "2.5亿人").metric == "贫困人口")
    }

    /// A change from one figure to another (由A…到B) measures the same thing at both ends,
    /// named before 由/从; a 由/从 that starts no change (由104人组成) leaves them alone.
    @Test func bothEndsOfAChangeMeasureTheSame() throws {
        let found = try figures("全市数字经济规模由2016年的3,860亿元增长到2020年的7,520亿元。")
        #expect(found.first { $0.text == "7,520亿元" }?.metric == "数字经济规模")
        #expect(found.first { $0.text == "7,520亿元" }?.time == "2020")
        let hours = try figures("进口整体通关时间由28.5小时压缩至4.2小时。")
        #expect(hours.map(\.metric) == ["进口整体通关时间", "进口整体通关时间"])
        #expect(try figure("公司注册资本由20亿元增加至39.35亿元。", "39.35亿元").metric == "注册资本")
        // Different units are no change of one quantity: the second end keeps its own reading.
        #expect(try figure("产量由3万吨猛增到50万吨。", "50万吨").metric == "产量")
        #expect(try figure("产量由3万吨猛增到50亿元。", "50亿元").metric != "产量", "another unit inherits no measure")
    }

    /// A change in a clause that opens with 比/较 compares what was named before the clause;
    /// a clause that opens with a word beginning with 比 (比亚迪) is no comparison.
    @Test func aClauseOpenedByAComparisonMeasuresWhatCameBefore() throws {
        let found = try figures("全省规模以上工业增加值同比增长7.6%，增速比一季度加快0.8个百分点，比全国平均水平高1.2个百分点。")
        #expect(found.first { $0.text == "1.2个百分点" }?.metric == "增速")
        #expect(try figure("研发投入强度为6.8%，比全省平均水平高约3个百分点。", "约3个百分点").metric == "研发投入强度")
        #expect(try figure("货物贸易进出口总值39.1万亿元，比2020年增长21.4%。", "21.4%").metric == "货物贸易进出口总值")
        #expect(try figure("比亚迪销量增长20%。", "20%").metric == "比亚迪销量")
        // A base that is a date (比上月) is no measure either; 缩短 is a change.
        #expect(try figure("改善型住宅成交占比达到58.3%，比上月提高2.1个百分点。", "2.1个百分点").metric == "改善型住宅成交")
        #expect(try figure("进口整体通关时间压缩至28.5小时，比上年同期缩短4.2小时。", "4.2小时").metric == "进口整体通关时间")
    }

    /// A short parenthesis after the measure (an abbreviation, a scope) does not hide it.
    @Test func theMeasureBeforeAParenthesisIsRead() throws {
        #expect(try figure("全市居民消费价格（CPI）同比上涨0.4%。", "0.4%").metric == "居民消费价格")
        #expect(try figure("一季度国内生产总值(GDP)增长5.2%。", "5.2%").metric == "国内生产总值")
        #expect(try figure("春节档新片预售总票房（含点映）破1.25亿元。", "破1.25亿元").metric == "春节档新片预售总票房")
    }

    /// A clause of only link words before its figure (，至17740美元) gives the level of what
    /// the figure before it measures.
    @Test func aLevelAfterALinkWordMeasuresWhatCameBefore() throws {
        #expect(try figure("巴拿马型船日均获利上涨1046美元，至17740美元。", "17740美元").metric == "巴拿马型船日均获利")
        #expect(try figure("全国智能手机出货量同比下降6.5%，至8380万部。", "8380万部").metric == "智能手机出货量")
        #expect(try figure("全国共有企业5家，另有3家在建。", "3家").metric == nil, "另有 is no link word")
        #expect(try figure("微软股价上涨1.2%至304.56美元。", "304.56美元").metric == "微软股价")
        // A link word alone after a figure names nothing (14亿元到10亿元).
        #expect(try figures("公司预计净亏损14亿元到10亿元。").map(\.metric) == ["净亏损", "净亏损"])
        // A date may stand among the link words (上年同期为).
        #expect(try figure("基本每股收益1.47元，上年同期为1.24元。", "1.24元").metric == "基本每股收益")
    }

    /// 全社会, 每千人口, 平均 belong to the measure's name.
    @Test func scopeWordsThatNameTheMeasure() throws {
        #expect(try figure("全社会用电量1,620亿千瓦时。", "1,620亿千瓦时").metric == "全社会用电量")
        #expect(try figure("土地平均溢价率为12.5%。", "12.5%").metric == "土地平均溢价率")
        #expect(try figure("每千人口医疗卫生机构床位数6.2张。", "6.2张").metric == "每千人口医疗卫生机构床位数")
        #expect(try figure("单晶硅片产量约3.1亿片。", "约3.1亿片").kind == .count)
    }

    @Test func aTargetLevelAfterAVerbWithDaoOrZai() throws {
        let schools = try figure("计划将合作学校扩大到120所。", "120所")
        #expect(schools.kind == .count && schools.metric == "合作学校", "扩大到120所 is a count, not a designation")
        #expect(try figure("不良贷款率控制在1.25%以内。", "1.25%以内").metric == "不良贷款率")
        #expect(try figure("日均车流量约52万辆次。", "约52万辆次").unit == "count")
    }

    /// 增速比…: the segmenter reads 速比 as one word; the comparison still cuts after the head.
    @Test func comparisonAfterAHeadTheSegmenterJoins() throws {
        let fact = try figure("今年一季度，全市工业增加值增速比全省平均水平高1.5个百分点。", "1.5个百分点")
        #expect(fact.metric == "工业增加值增速")
    }

    /// A compared rate noun (增速比全省高) is kept, and is not what later rates inherit.
    @Test func aRateOfARateIsNotInherited() throws {
        let found = try figures("2023年全市地区生产总值增长5.6%，增速比全省高0.8个百分点。分季度看，一季度增长4.9%，上半年增长5.2%。")
        #expect(found.map(\.metric) == ["地区生产总值", "增速", "地区生产总值", "地区生产总值"])
    }

    /// 比率, 比重, 比例 name a ratio; their 比 does not start a comparison.
    @Test func ratioNounsAreNotComparisons() throws {
        #expect(try figure("2023年，公司派息比率约为35.2%。", "约为35.2%").metric == "派息比率")
        #expect(try figure("2023年，出口产品比重为42%。", "42%").metric == "出口产品比重")
    }

    /// A rate noun with a verb between it and the figure is the measure (出口增速保持在6%).
    @Test func rateNounBeforeAVerbIsKept() throws {
        #expect(try figure("2024年全省出口增速保持在6%左右。", "6%左右").metric == "出口增速")
        // Right before the figure, 增幅 is the verb of change: the rate measures what grew.
        #expect(try figure("酒店业务收入回升至12.3亿港元，增幅高达87.2%。", "87.2%").metric == "酒店业务收入")
    }

    /// 对A和B分别V x和y: the names before 分别 are the coordinated measures.
    @Test func respectiveCoordinationBeforeFenbie() throws {
        let found = try figures("一季度，对日本和韩国分别出口320亿元和210亿元。")
        #expect(found.map(\.metric) == ["日本", "韩国"])
    }

    /// 新增 is a change verb: 新增860家 counts what the figure before it counts, and
    /// 新增就业岗位 stays whole (新增 no longer cuts an object off).
    @Test func xinzengIsAChangeVerb() throws {
        #expect(try figure("截至6月底，全市科技型企业达1.2万家，新增860家。", "860家").metric == "科技型企业")
        #expect(try figure("今年全市将新增就业岗位3万个。", "3万个").metric == "新增就业岗位")
    }

    /// Heads for lengths and ages (身高) keep the phrase before the figure.
    @Test func lengthHeadsWinOverThePhraseAfter() throws {
        #expect(try figure("身高1.2米以下儿童免费乘车。", "1.2米以下").metric == "身高")
    }

    /// 安排 cuts like a verb; 拟 trails like 计划, so the phrase after the figure is read.
    @Test func verbsAnpaiAndNi() throws {
        #expect(try figure("市财政安排专项资金5000万元。", "5000万元").metric == "专项资金")
        #expect(try figure("公司拟以不超过2亿元的自有资金，回购部分股份。", "不超过2亿元").metric == "自有资金")
    }

    /// 共有 is a scope word dropped from the start; 共设 cuts like a verb.
    @Test func gongyouAndGongshe() throws {
        #expect(try figure("集团目前共有员工2,100名。", "2,100名").metric == "员工")
        #expect(try figure("新线共设车站18座。", "18座").metric == "车站")
    }

    /// 接待游客 is the measure as a whole (接待 no longer cuts its object off).
    @Test func jiedaiYoukeStaysWhole() throws {
        #expect(try figure("2023年，全县接待游客560万人次。", "560万人次").metric == "接待游客")
    }

    /// 凭 and 落成 end a phrase read after its figure.
    @Test func pingAndLuochengStopThePhraseAfter() throws {
        #expect(try figure("70岁以上老人凭证免费入园。", "70岁以上").metric == "老人")
        #expect(try figure("明年将有12个项目落成。", "12个").metric == "项目")
    }

    /// A numeral inside a name (一期) bounds the phrase mid-word; it starts at the next word.
    @Test func phraseAfterANumeralInANameStartsAtAWord() throws {
        #expect(try figure("地铁3号线一期线路全长21.5公里。", "21.5公里").metric == "线路全长")
    }

    /// The Traditional forms 屆時 and 將 are dropped from a metric's start like 届时 and 将.
    @Test func traditionalScopeWordsAreStripped() throws {
        #expect(try figure("新廠預計明年投產，屆時將新增就業機會800個。", "800個").metric == "新增就業機會")
    }

    // MARK: Time

    /// A paragraph that opens with a breakdown (从…看，) speaks of the previous paragraph's period.
    @Test func breakdownParagraphContinuesThePeriod() throws {
        let found = try figures("2023年，全省进出口总值4.2万亿元。\n\n从贸易方式看，加工贸易进出口2.9万亿元。")
        #expect(found.map(\.time) == ["2023", "2023"])
    }

    /// 另一 and 本届 at a paragraph's start point back at what the previous paragraph reported.
    @Test func backReferenceParagraphContinuesThePeriod() throws {
        let found = try figures("2023年5月8日，滨湖地块以12亿元成交。\n\n另一宗地块以8.5亿元成交。")
        #expect(found.map(\.time) == ["2023-05-08", "2023-05-08"])
        let festival = try figures("本届展会于2024年6月1日至3日举行，接待观众12万人次。\n\n本届展会签约项目36个。")
        #expect(festival.map(\.time) == ["2024-06-01/2024-06-03", "2024-06-01/2024-06-03"])
    }

    /// Without such an opener, a new paragraph does not inherit the period.
    @Test func plainParagraphDoesNotContinueThePeriod() throws {
        let found = try figures("2023年，全省进出口总值4.2万亿元。\n\n加工贸易进出口0.9万亿元。")
        #expect(found.map(\.time) == ["2023", nil])
    }

    /// After one part of the year, a sentence without a date speaks of that part;
    /// after a run of parts (一季度…上半年), of the whole year.
    @Test func singleYearPartIsNotWidenedToTheYear() throws {
        #expect(try figure("2024年一季度，公司实现营业收入12亿元。基本每股收益0.3元。", "0.3元").time == "2024-01/2024-03")
        #expect(try figure("2023年一季度增长4.8%，上半年增长5.6%。全年实现增加值100亿元。", "100亿元").time == "2023")
    }
}
