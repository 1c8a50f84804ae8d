import Foundation
import Testing
@testable import Validation

@Suite struct ReferenceTests {
    /// Known figures for the seed article; 税收 2017 is wrong on purpose
    /// (the article says 10亿元).
    static let seedReference = """
        # known figures for the seed article
        metric,time,value,unit,tolerance
        企业数|企业总数,2019,1916,count,
        涉云企业,2018-12-31,788,count,
        财政收入|财政总收入,2015,210000000,CNY,
        产业规模|云计算产业规模,2018,96280000000,CNY,0.5%
        税收,2017,1200000000,CNY,
        涉云企业,2099,1,count,
        """

    @Test func knownFiguresAreConfirmedAndAWrongOneReported() throws {
        let text = "2017年小镇与云相关的税收已高达10亿元。截至2018年底,落户云栖小镇的企业已达1061家,其中涉云企业788家。2019年企业数达1916家。2015年,云栖小镇完成财政总收入2.1个亿。"
        let table = try ReferenceTable(csv: Self.seedReference, file: "known.csv")
        let checked = try Checked(text, reference: table)
        let confirmed = checked.of(RuleCatalog.reference, .confirmed).flatMap(\.texts)
        #expect(Set(confirmed) == ["788家", "1916家", "2.1个亿"], "\(checked.dump)")
        let errors = checked.of(RuleCatalog.reference, .inconsistent)
        #expect(errors.count == 1, "\(checked.dump)")
        #expect(errors.first?.texts == ["10亿元"])
        #expect(errors.first?.severity == .error)
        #expect(errors.first?.message.contains("-200000000") == true)
        #expect(errors.first?.message.contains("known.csv line 7") == true)
    }

    @Test(.enabled(if: SeedArticle.shouldRun, "seed article ../shared/gold/seed/yunqi.txt not found: skipped"))
    func seedArticleAgainstTheReference() throws {
        let table = try ReferenceTable(csv: Self.seedReference, file: "known.csv")
        let checked = try Checked(try SeedArticle.text(), id: "yunqi", reference: table)
        let confirmed = Set(checked.of(RuleCatalog.reference, .confirmed).flatMap(\.texts))
        #expect(confirmed == ["788家", "1916家", "2.1个亿", "962.8亿元"], "\(checked.dump)")
        #expect(checked.of(RuleCatalog.reference, .inconsistent).flatMap(\.texts) == ["10亿元"])
    }

    @Test func toleranceForms() throws {
        let table = try ReferenceTable(csv: """
            metric,time,value,unit,tolerance
            营业收入,2019,1250000000,CNY,5%
            营业收入,2020,1250000000,CNY,10000000
            """, file: "t.csv")
        #expect(table.rows[0].tolerance == .relative(Decimal(string: "0.05")!))
        #expect(table.rows[1].tolerance == .absolute(10_000_000))
        // 12.0亿元 is 11.95亿…12.05亿: within 5% of 12.5亿, not within 0.1亿 of it.
        let checked = try Checked("2019年,该公司营业收入为12.0亿元。2020年,该公司营业收入为12.0亿元。", reference: table)
        #expect(checked.of(RuleCatalog.reference, .confirmed).flatMap(\.facts).map(\.time) == ["2019"])
        #expect(checked.of(RuleCatalog.reference, .inconsistent).flatMap(\.facts).map(\.time) == ["2020"])
    }

    @Test func fourColumnsWithoutTolerance() throws {
        let table = try ReferenceTable(csv: "metric,time,value,unit\r\n\"企业数\",2019,300,count\r\n", file: "t.csv")
        #expect(table.rows.count == 1)
        #expect(table.rows[0].tolerance == nil)
    }

    @Test(arguments: [
        ("metric,value,unit\n", 1, "header"),
        ("metric,time,value,unit\n企业数,2019,3e5,count\n", 2, "plain decimal"),
        ("metric,time,value,unit\n企业数,2019年,300,count\n", 2, "ISO 8601"),
        ("metric,time,value,unit,tolerance\n企业数,2019,300,count,about\n", 2, "tolerance"),
        ("metric,time,value,unit\n# comment\n企业数,2019,300\n", 3, "fields"),
    ])
    func malformedTablesNameTheLine(_ csv: String, _ line: Int, _ words: String) throws {
        #expect {
            try ReferenceTable(csv: csv, file: "bad.csv")
        } throws: { error in
            guard let error = error as? ReferenceTableError else { return false }
            return error.line == line && error.message.contains(words) && error.description.hasPrefix("bad.csv:")
        }
    }
}
