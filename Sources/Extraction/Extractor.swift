import Foundation
import FactCore
import Segmentation

/// Turns a document into facts: figures with value, unit, qualifier, time,
/// metric and modality, and date rows.
///
/// ```swift
/// let extractor = try Extractor()
/// let document = Document(id: "demo", text: "2018年中国云计算产业规模达到962.8亿元。")
/// for fact in try extractor.extract(document) {
///     print(fact.kind, fact.text, fact.value?.plainString ?? "-", fact.metric ?? "-")
/// }
/// // date 2018年 - -
/// // money 962.8亿元 96280000000 云计算产业规模
/// ```
///
/// An extractor owns ICU break iterators and is not thread-safe: use one per
/// worker. ``Lexicons`` are immutable and shared.
public final class Extractor {
    public let lexicons: Lexicons
    public let options: ExtractionOptions
    private let segmenter: Segmenter
    /// Code points that ICU word-segmented, over every document this
    /// extractor has read (words are segmented only in the clauses around
    /// figures and forecast words): for benchmarks.
    public private(set) var segmentedScalars = 0

    public init(lexicons: Lexicons? = nil, options: ExtractionOptions = ExtractionOptions()) throws {
        self.lexicons = try lexicons ?? Lexicons.standard()
        self.options = options
        self.segmenter = try Segmenter(locale: "zh")
    }

    /// The facts of `document`, ordered by span.
    ///
    /// - Complexity: linear in the document's length; ICU word segmentation
    ///   runs only on the clauses that metric phrases and forecast words
    ///   are read from (see ``segmentedScalars``).
    public func extract(_ document: Document) throws(ExtractionError) -> [Fact] {
        var text = FoldedText(document.scalars)
        let structure: TextStructure
        do {
            structure = try TextStructure(text: text, segmenter: segmenter)
        } catch {
            throw .segmentation(document: document.id, status: error)
        }
        var mask = WordMask(text: text, words: lexicons.nonNumerals)
        text.readColloquialTwo(outside: mask, twoOf: lexicons.twoOf)
        // The document's own date (JSON Lines), else its dateline, else the caller's.
        var dates = DateRecognizer(text: text, lexicons: lexicons,
                                   publication: document.publicationDate ?? options.publicationDate).recognize()
        if document.publicationDate == nil,
           let dateline = Dateline.find(in: dates, text: text, structure: structure), dateline != options.publicationDate {
            dates = DateRecognizer(text: text, lexicons: lexicons, publication: dateline).recognize()
        }
        for date in dates { mask.cover(date.range) }
        let currency = RegionCurrency.detect(in: text, lexicons: lexicons)
        var figures = FigureRecognizer(text: text, lexicons: lexicons, mask: mask, regionCurrency: currency).recognize()

        var assembly = FactAssembly(document: document, text: text, structure: structure, lexicons: lexicons,
                                    dates: dates, currency: currency, options: options)
        do {
            let facts = try assembly.facts(figures: &figures, segmenter: segmenter)
            segmentedScalars += assembly.segmentedScalars
            return facts
        } catch {
            throw .segmentation(document: document.id, status: error)
        }
    }
}
