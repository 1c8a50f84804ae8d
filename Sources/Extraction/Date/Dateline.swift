import FactCore

/// The publication date a document states in its dateline: a full date
/// (`2024年1月26日`) in one of its first paragraphs that is followed by 讯/电
/// (`融媒体中心2024年1月26日讯`), written in brackets (`本报讯（2023年5月8日）`),
/// or stands alone on its line.
enum Dateline {
    static let paragraphs = 3
    private static let markers: ScalarBitmap = ["讯", "电", "訊", "電"]

    /// The dateline among `mentions` (the document's dates in text order), if any.
    static func find(in mentions: [DateMention], text: FoldedText, structure: TextStructure) -> CalendarDate? {
        guard let last = structure.paragraphs.prefix(paragraphs).last else { return nil }
        for mention in mentions where mention.rule == "date.year" {
            if mention.range.lowerBound >= last.upperBound { break }
            guard let time = mention.time, time.count == 10, let date = CalendarDate(iso: time) else { continue }
            guard let paragraph = structure.paragraphs.prefix(paragraphs).first(where: { $0.contains(mention.range.lowerBound) }) else { continue }
            let after = text.at(mention.range.upperBound)
            let before = text.at(mention.range.lowerBound - 1)
            let alone = paragraph == mention.range
            let marked = after.map { markers.contains($0) } ?? false
            let bracketed = (before == "(" || before == "（") && (after == ")" || after == "）")
            if alone || marked || bracketed { return date }
        }
        return nil
    }
}
