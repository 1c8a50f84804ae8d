import Foundation
import Testing
import FactCore
import FactOutput
@testable import FactStore

@Suite("SQLite fact store")
struct SQLiteFactSinkTests {
    /// Writes the two-document article with one finding, as a batch would.
    func writeArticle(to path: String, append: Bool = false) throws {
        let sink = try SQLiteFactSink(path: path, append: append)
        try sink.add(DocumentRecord(id: Article.first.id, path: Article.first.id,
                                    bytes: Article.first.text.utf8.count, date: "2019-12-01", status: .ok),
                     facts: Article.firstFacts)
        try sink.add(DocumentRecord(id: Article.second.id, path: Article.second.id,
                                    bytes: Article.second.text.utf8.count, status: .ok,
                                    meta: ["source": JSONText(string: "报道"), "pages": JSONText(validJSON: Array("[3, 4]".utf8))]),
                     facts: Article.secondFacts)
        try sink.add(DocumentRecord(id: "missing.txt", path: "missing.txt", bytes: 0, status: .error,
                                    message: "missing.txt: no such file"), facts: [])
        let conflict = [Article.firstFacts[1].span, Article.secondFacts[1].span]
        try sink.addFindings([StoredFinding(rule: "conflict", severity: "warning",
                                            message: "云计算产业规模 2018: 962.8亿元 vs 963亿元", spans: conflict)])
        try sink.finish()
    }

    @Test("the three README queries give the figures over time, the conflicts and a document's figures")
    func readmeQueries() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("facts.db").path
        try writeArticle(to: db)

        let overTime = try sqlite3(db, ".parameter set :metric '云计算产业规模'\n" + readmeQuery("metric-over-time"))
        #expect(overTime == [
            ["2018", "96280000000", "CNY", "exact", "actual", "yunqi.txt"],
            ["2018", "96300000000", "CNY", "exact", "actual", "news/其他.txt"],
            ["2019", "100000000000", "CNY", "over", "forecast", "yunqi.txt"],
        ])

        let conflicts = try sqlite3(db, readmeQuery("conflicts"))
        #expect(conflicts.count == 1)
        if let row = conflicts.first {
            #expect(Array(row.prefix(3)) == ["云计算产业规模", "2018", "CNY"])
            #expect(row[3].split(separator: ",").sorted() == ["96280000000", "96300000000"])
            #expect(row[4] == "2")
        }

        let figures = try sqlite3(db, ".parameter set :doc 'yunqi.txt'\n" + readmeQuery("document-figures"))
        #expect(figures.map { $0[2] } == ["2018年", "962.8亿元", "2019年", "1000亿元", "2019年11月", "1551家"])
        let money = Article.firstFacts[1].span
        #expect(figures[1] == [String(money.scalarStart), String(money.scalarEnd), "962.8亿元", "money", "96280000000", "CNY", "2018", "云计算产业规模", "conflict"])
        #expect(figures[5][8] == "NULL")
        for (row, fact) in zip(figures, Article.firstFacts) {
            #expect(row[0] == String(fact.span.scalarStart) && row[1] == String(fact.span.scalarEnd))
        }
    }

    @Test("every CSV column is stored, typed, with exact decimals and indexes on metric, time and kind")
    func schema() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("facts.db").path
        try writeArticle(to: db)

        let columns = try sqlite3(db, "SELECT name, type FROM pragma_table_info('facts');")
        let names = Set(columns.map { $0[0] })
        for column in FactColumn.allCases { #expect(names.contains(column.rawValue), "facts lacks \(column.rawValue)") }
        let types = Dictionary(uniqueKeysWithValues: columns.map { ($0[0], $0[1]) })
        #expect(types["start"] == "INTEGER" && types["byte_end"] == "INTEGER" && types["line"] == "INTEGER")
        #expect(types["value"] == "TEXT" && types["value_num"] == "REAL")

        let indexed = try sqlite3(db, "SELECT name FROM pragma_index_list('facts') ORDER BY name;").map { $0[0] }
        #expect(Set(["facts_metric", "facts_time", "facts_kind"]).isSubset(of: Set(indexed)))
        let plan = try sqlite3(db, "EXPLAIN QUERY PLAN SELECT * FROM facts WHERE metric = 'x';")
        #expect(plan.contains { $0.joined().contains("facts_metric") })

        let row = try sqlite3(db, """
            SELECT doc, start, end, byte_start, byte_end, line, text, kind, value, typeof(value), value_num,
                   unit, unit_text, approx, time, time_text, metric, modality, sentence, sentence_index, rule
            FROM facts WHERE text = '962.8亿元';
            """)
        let fact = Article.firstFacts[1]
        #expect(row == [[
            "yunqi.txt", String(fact.span.scalarStart), String(fact.span.scalarEnd), String(fact.provenance.byteStart), String(fact.provenance.byteEnd), "2",
            "962.8亿元", "money", "96280000000", "text", "96280000000.0", "CNY", "亿元", "exact", "2018", "2018年",
            "云计算产业规模", "actual", fact.provenance.sentence, String(fact.provenance.sentenceIndex), "figure",
        ]])

        let documents = try sqlite3(db, "SELECT id, path, bytes, date, status, message, meta FROM documents ORDER BY rowid;")
        #expect(documents == [
            ["yunqi.txt", "yunqi.txt", String(Article.first.text.utf8.count), "2019-12-01", "ok", "NULL", "NULL"],
            ["news/其他.txt", "news/其他.txt", String(Article.second.text.utf8.count), "NULL", "ok", "NULL", #"{"pages":[3,4],"source":"报道"}"#],
            ["missing.txt", "missing.txt", "0", "NULL", "error", "missing.txt: no such file", "NULL"],
        ])
        let findings = try sqlite3(db, "SELECT finding, rule, severity, doc, start, end FROM findings ORDER BY id;")
        let (a, b) = (Article.firstFacts[1].span, Article.secondFacts[1].span)
        #expect(findings == [["1", "conflict", "warning", "yunqi.txt", String(a.scalarStart), String(a.scalarEnd)],
                             ["1", "conflict", "warning", "news/其他.txt", String(b.scalarStart), String(b.scalarEnd)]])
        #expect(try sqlite3(db, "PRAGMA user_version;") == [[String(FactStoreSchema.version)]])
    }

    @Test("without append an existing file is replaced at finish and no partial file is left")
    func replace() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("facts.db").path
        try writeArticle(to: db)

        // A run that fails before finish leaves the previous store as it was.
        do {
            let sink = try SQLiteFactSink(path: db, append: false)
            try sink.add(DocumentRecord(id: "other", bytes: 1, status: .ok), facts: [])
        }
        #expect(try sqlite3(db, "SELECT count(*) FROM documents;") == [["3"]])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["facts.db"])

        let sink = try SQLiteFactSink(path: db, append: false)
        try sink.add(DocumentRecord(id: Article.second.id, bytes: 10, status: .ok), facts: Article.secondFacts)
        // Until finish the old store is untouched.
        #expect(try sqlite3(db, "SELECT count(*) FROM facts;") == [["8"]])
        try sink.finish()
        #expect(try sqlite3(db, "SELECT count(*), min(doc) FROM facts;") == [["2", "news/其他.txt"]])
        #expect(try sqlite3(db, "SELECT count(*) FROM findings;") == [["0"]])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["facts.db"])
        #expect(throws: FactStoreError.finished(path: db)) {
            try sink.add(DocumentRecord(id: "late", bytes: 0, status: .ok), facts: [])
        }
    }

    @Test("append adds documents and replaces one already stored, with its facts and findings")
    func append() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("facts.db").path

        // Append creates a missing store.
        let first = try SQLiteFactSink(path: db, append: true)
        try first.add(DocumentRecord(id: Article.first.id, bytes: 100, status: .ok), facts: Article.firstFacts)
        try first.addFindings([StoredFinding(rule: "r1", severity: "info", message: "m", spans: [Article.firstFacts[3].span]),
                               StoredFinding(rule: "r2", severity: "error", message: "no span")])
        try first.finish()

        let second = try SQLiteFactSink(path: db, append: true)
        try second.add(DocumentRecord(id: Article.second.id, bytes: 50, status: .ok), facts: Article.secondFacts)
        try second.addFindings([StoredFinding(rule: "r3", severity: "warning", message: "m",
                                              spans: [Article.secondFacts[1].span])])
        try second.finish()
        #expect(try sqlite3(db, "SELECT doc, count(*) FROM facts GROUP BY doc ORDER BY doc;")
                    == [["news/其他.txt", "2"], ["yunqi.txt", "6"]])
        #expect(try sqlite3(db, "SELECT finding, rule, doc FROM findings ORDER BY id;")
                    == [["1", "r1", "yunqi.txt"], ["2", "r2", "NULL"], ["3", "r3", "news/其他.txt"]])

        // The same document again: its rows are replaced, not duplicated.
        let third = try SQLiteFactSink(path: db, append: true)
        try third.add(DocumentRecord(id: Article.first.id, bytes: 101, status: .ok), facts: Array(Article.firstFacts.prefix(2)))
        try third.finish()
        #expect(try sqlite3(db, "SELECT doc, count(*) FROM facts GROUP BY doc ORDER BY doc;")
                    == [["news/其他.txt", "2"], ["yunqi.txt", "2"]])
        #expect(try sqlite3(db, "SELECT id, bytes FROM documents ORDER BY id;")
                    == [["news/其他.txt", "50"], ["yunqi.txt", "101"]])
        #expect(try sqlite3(db, "SELECT rule FROM findings ORDER BY id;") == [["r2"], ["r3"]])
    }

    @Test("append refuses a database that is not a fact store")
    func appendToForeignDatabase() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("other.db").path
        _ = try sqlite3(db, "CREATE TABLE notes(x); PRAGMA user_version = 7;")
        #expect(throws: FactStoreError.incompatibleSchema(path: db, version: 7)) {
            _ = try SQLiteFactSink(path: db, append: true)
        }
        #expect(try sqlite3(db, "SELECT name FROM sqlite_master;") == [["notes"]])
    }
}
