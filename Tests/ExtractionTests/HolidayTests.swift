import Testing
@testable import Extraction
import FactCore

/// Public holidays ([holiday] of date-words.tsv) and the words that refer back to one
/// ([holiday-reference]): their month, or the days the text writes for them.
@Suite struct HolidayTests {
    private let report = "2025年五一假期（5月1日至5日），全市接待游客862.4万人次。五一假期，博物馆接待观众10.6万人次。"
        + "\n\n交通方面，假期期间发送旅客138.6万人次。"

    @Test func theDaysInBracketsAreTheHolidaysTime() throws {
        let found = try dates(report)
        #expect(found.first?.text == "2025年五一假期" && found.first?.time == "2025-05-01/2025-05-05")
        // The bracketed days stay a date row of their own.
        #expect(found.contains { $0.text == "5月1日至5日" && $0.time == "2025-05-01/2025-05-05" })
    }

    @Test func laterMentionsAndReferencesTakeThoseDays() throws {
        let found = try dates(report)
        #expect(found.first { $0.text == "五一假期" }?.time == "2025-05-01/2025-05-05")
        #expect(found.first { $0.text == "假期期间" }?.time == "2025-05-01/2025-05-05")
        let people = try figures(report)
        #expect(people.first { $0.text == "10.6万人次" }?.time == "2025-05-01/2025-05-05")
        #expect(people.first { $0.text == "138.6万人次" }?.time == "2025-05-01/2025-05-05", "a paragraph opening with 假期期间")
    }

    @Test func withoutItsDaysAHolidayIsItsMonth() throws {
        #expect(try dates("2024年国庆假期，全市接待游客500万人次。").first?.time == "2024-10")
        #expect(try dates("2024年国庆期间，客流增长。").first?.text == "2024年国庆期间")
        // A lunar holiday is its year, and needs one before it.
        #expect(try dates("2025年春节假期，客流增长。").first?.time == "2025")
        #expect(try dates("春节期间，客流增长。").isEmpty)
    }

    @Test func aReferenceNeedsANamedHoliday() throws {
        #expect(try dates("假期期间，客流增长。").isEmpty)
    }
}
