import Testing
@testable import Validation

@Suite struct SamePeriodConflictTests {
    @Test func sameMetricSamePeriodDifferentValues() throws {
        let checked = try Checked("2019年,该公司营业收入为12亿元。2019年,该公司营业收入为15亿元。")
        let warnings = checked.of(RuleCatalog.samePeriodConflict)
        #expect(warnings.count == 1, "\(checked.dump)")
        #expect(warnings.first?.severity == .warning)
        #expect(warnings.first?.texts == ["12亿元", "15亿元"])
    }

    @Test func normalisedMetricsMatch() throws {
        // 企业数 and 企业总数 are the same metric after normalisation.
        let checked = try Checked("2019年,该园区企业数达到300家。2019年,该园区企业总数为350家。")
        #expect(checked.of(RuleCatalog.samePeriodConflict).count == 1, "\(checked.dump)")
    }

    @Test func sameValueOrOtherPeriodIsFine() throws {
        #expect(try Checked("2019年,该公司营业收入为12亿元。2019年,该公司营业收入为12亿元。")
            .of(RuleCatalog.samePeriodConflict).isEmpty)
        #expect(try Checked("2018年,该公司营业收入为12亿元。2019年,该公司营业收入为15亿元。")
            .of(RuleCatalog.samePeriodConflict).isEmpty)
        // 涉云企业 contains 企业 but is another metric (a part).
        #expect(try Checked("2019年,该镇企业数达到300家。2019年,该镇涉云企业数达到200家。")
            .of(RuleCatalog.samePeriodConflict).isEmpty)
    }
}

@Suite struct NestedPeriodTests {
    @Test func periodInsideAnotherWithDifferentValueIsForReview() throws {
        let checked = try Checked("截至2019年11月,该园区企业数达到300家。2019年,该园区企业数达到350家。")
        let reviews = checked.of(RuleCatalog.nestedPeriod)
        #expect(reviews.count == 1, "\(checked.dump)")
        #expect(reviews.first?.outcome == .review)
        #expect(reviews.first?.text("inner") == ["300家"])
        #expect(reviews.first?.text("outer") == ["350家"])
    }

    @Test func sameValueIsFine() throws {
        let checked = try Checked("截至2019年11月,该园区企业数达到300家。2019年,该园区企业数达到300家。")
        #expect(checked.of(RuleCatalog.nestedPeriod).isEmpty, "\(checked.dump)")
    }
}

@Suite struct CorpusConflictTests {
    let first = "2019年,该园区企业数达到300家。"
    let second = "据报道,2019年该园区企业数达到350家。"

    func findings(_ a: String, _ b: String, corpus: Bool) throws -> [Finding] {
        let documents = [try extract(a, id: "a.txt"), try extract(b, id: "b.txt")]
        return try standardValidator().validate(documents: documents, corpus: corpus)
    }

    @Test func differentValuesAcrossDocumentsCiteEachSource() throws {
        let conflicts = try findings(first, second, corpus: true).filter { $0.rule == RuleCatalog.corpusConflict }
        #expect(conflicts.count == 1)
        #expect(conflicts.first?.documents == ["a.txt", "b.txt"])
        #expect(conflicts.first?.texts == ["300家", "350家"])
        #expect(conflicts.first?.severity == .warning)
        #expect(conflicts.first?.message.contains("a.txt") == true)
    }

    @Test func onlyWithCorpusAndOnlyForDifferentValues() throws {
        #expect(try findings(first, second, corpus: false).filter { $0.rule == RuleCatalog.corpusConflict }.isEmpty)
        #expect(try findings(first, first, corpus: true).filter { $0.rule == RuleCatalog.corpusConflict }.isEmpty)
    }
}

@Suite struct CumulativeShrinkTests {
    @Test func runningTotalThatShrinks() throws {
        let checked = try Checked("2018年,该市累计引进企业500家。2019年,该市累计引进企业450家。")
        let warnings = checked.of(RuleCatalog.cumulativeShrink)
        #expect(warnings.count == 1, "\(checked.dump)")
        #expect(warnings.first?.text("earlier") == ["500家"])
        #expect(warnings.first?.text("later") == ["450家"])
        #expect(warnings.first?.severity == .warning)
    }

    @Test func runningTotalThatGrowsOrIsNoRunningTotal() throws {
        #expect(try Checked("2018年,该市累计引进企业500家。2019年,该市累计引进企业550家。")
            .of(RuleCatalog.cumulativeShrink).isEmpty)
        #expect(try Checked("2018年,该市新增企业500家。2019年,该市新增企业450家。")
            .of(RuleCatalog.cumulativeShrink).isEmpty)
    }
}
