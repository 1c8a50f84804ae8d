import Testing
@testable import Extraction
import FactCore

/// Text that holds numeral characters but no figure: the negative corpus.
@Suite struct TrapTests {
    static let traps: [String] = [
        "国千人才计划",
        "与航天五院502所合作。",
        "启动2.0版建设。",
        "创建国家4A级旅游景区。",
        "推进5G网络建设。",
        "落实十三五规划。",
        "于是一拍即合。",
        "一、对于云计算发展空间的超前洞见力",
        "（二）加强组织领导",
        "1. 浙江新闻：小镇升级",
        "他一直在犹豫。",
        "大家一起开始共谋。",
        "全市统一部署。",
        "万一出现问题。",
        "千万不要大意。",
        "阿里一个机房落地。",
        "一次偶然机会。",
        "第一届大会在荒地上举办。",
        "获得第3名。",
        "十分值得研究。",
        "咨询电话0571-88886666。",
        "入选TOP10榜单。",
        "中国企业百强。",
        "(0)",
        "千家万户受益。",
        "四川三星电子",
        "集百家之长。",
        "伍首歌曲。",
        "上世纪80年代的工厂。",
        "庆祝建校九十周年。",
        "美联储加息50个基点。",
        "恒指报23664.8点。",
        "一成不变。",
        "三成为主流。",
        "按5折算。",
        "入选国家“万人计划”。",
    ]

    @Test(arguments: traps)
    func noFigure(_ text: String) throws {
        let found = try figures(text)
        #expect(found.isEmpty, "unexpected figures \(found.map(\.text)) in \(text)")
    }

    @Test func allNumbersKeepsListMarkersAndWordsOut() throws {
        let all = try facts("一、统一部署。二、投资5个项目，编号为3。", allNumbers: true)
        let texts = all.map(\.text)
        #expect(!texts.contains("一"))
        #expect(!texts.contains("二"))
        #expect(texts.contains("5个"))
        #expect(all.first { $0.text == "3" }?.kind == .number)
    }

    /// A word after a comma or point stays a word: the separator is no numeral before it.
    @Test func wordsAfterSeparatorsStayWords() throws {
        let all = try facts("一般贸易增长5%，一般来说如此。价格为3.一般情况下", allNumbers: true)
        #expect(all.map(\.text) == ["5%", "3"])
        // A numeral right before still reads through the word (五十分钟 is 五十, not 五 + 十分;
        // minutes alone are no figure).
        #expect(try facts("用了五十分钟。", allNumbers: true).map(\.text) == ["五十"])
    }

    /// A Chinese numeral without a magnitude after a currency name is no amount.
    @Test func aCurrencyNameBeforeAWordNumeralIsNoAmount() throws {
        #expect(try figures("数字人民币六问六答").isEmpty)
        #expect(try figures("画作能卖到二万元人民币一幅。").map(\.text) == ["二万元人民币"])
        #expect(try figures("迈上6万亿美元两大台阶。").map(\.text) == ["6万亿美元"])
        #expect(try figures("兑换人民币500，另付人民币五亿。").map(\.value) == [500, 500_000_000])
    }

    @Test func ordinalsOnlyWithAllNumbers() throws {
        #expect(try facts("第一届大会。").isEmpty)
        #expect(try facts("第一届大会。", allNumbers: true).first?.kind == .ordinal)
    }
}
