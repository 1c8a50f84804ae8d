import Dispatch
import Foundation
import Extraction
import FactCore
import FactOutput
import Ingest
import Segmentation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `zhfacts bench`: extraction throughput against raw ICU word break, on
/// the same bytes, in one run.
///
/// For each corpus (a folder of `*.txt`) and for all of them together:
///
/// - **ICU word break**: `Segmenter.countWordBoundaries(inUTF16:)` over every
///   document's whole text (UTF-16 prepared beforehand, so only ICU is timed).
/// - **ICU sentence break**: `Segmenter.sentences(in:)` over every document.
/// - **extractor alone**: `Extractor.extract` on in-memory documents, one thread.
/// - **extract, N jobs**: the whole `zhfacts extract` pipeline (read, decode,
///   extract, render JSON Lines, ordered write to a discarding sink) with
///   N worker threads, from files in the page cache.
///
/// Throughput is MB (10⁶ bytes of the UTF-8 text) per second of wall time,
/// the median of `repeats` runs; CPU seconds are reported beside it.
public enum Benchmark {
    /// One timed measurement.
    public struct Measure: Sendable {
        public var name: String
        /// Median MB per wall-clock second.
        public var megabytesPerSecond: Double
        /// All runs' MB/s, in run order.
        public var runs: [Double]
        /// Median CPU seconds (user + system, whole process) per run.
        public var cpuSeconds: Double
    }

    /// The figures of one corpus (or the total).
    public struct CorpusReport: Sendable {
        public var name: String
        public var documents: Int
        public var bytes: Int
        public var facts: Int
        public var sentences: Int
        /// Sentences holding a digit or a Chinese numeral character: the
        /// only ones that can hold a figure, so the only ones that need
        /// word segmentation.
        public var candidateSentences: Int
        /// UTF-8 bytes of the candidate sentences.
        public var candidateBytes: Int
        /// Share of the text's code points that the extractor had ICU
        /// word-segment (the clauses around figures and forecast words).
        public var segmentedShare: Double
        public var measures: [Measure]

        public func measure(_ name: String) -> Measure? { measures.first { $0.name == name } }
    }

    public struct Report: Sendable {
        public var corpora: [CorpusReport]
        public var jobs: [Int]
        public var repeats: Int
        /// Peak resident set size of the process, in bytes.
        public var peakRSS: Int
        public var cores: Int
    }

    /// Runs every measurement. `corpora` are (name, folder) pairs.
    public static func run(corpora: [(name: String, path: String)], lexicons: Lexicons,
                           options: ExtractionOptions = ExtractionOptions(), jobs: [Int], repeats: Int,
                           log: (String) -> Void = { _ in }) throws -> Report {
        var reports: [CorpusReport] = []
        var allFiles: [String] = []
        var allTexts: [String] = []
        for corpus in corpora {
            log("loading \(corpus.name) from \(corpus.path)")
            let files = InputCollector(pattern: "*.txt").collect([corpus.path]).compactMap { try? $0.get() }
            guard !files.isEmpty else { throw BatchError.usage("\(corpus.path): no *.txt files to benchmark") }
            var texts: [String] = []
            for file in files {
                let bytes = try DocumentReader.read(path: file, limit: nil).bytes
                if let decoded = try? TextDecoding.decode(bytes, document: file) { texts.append(decoded.text) }
            }
            reports.append(try measure(name: corpus.name, files: files, texts: texts, lexicons: lexicons,
                                       options: options, jobs: jobs, repeats: repeats, log: log))
            allFiles += files
            allTexts += texts
        }
        if corpora.count > 1 {
            reports.append(try measure(name: "total", files: allFiles, texts: allTexts, lexicons: lexicons,
                                       options: options, jobs: jobs, repeats: repeats, log: log))
        }
        return Report(corpora: reports, jobs: jobs, repeats: repeats, peakRSS: peakResidentBytes(),
                      cores: ProcessInfo.processInfo.activeProcessorCount)
    }

    private static func measure(name: String, files: [String], texts: [String], lexicons: Lexicons,
                                options: ExtractionOptions, jobs: [Int], repeats: Int,
                                log: (String) -> Void) throws -> CorpusReport {
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        let megabytes = Double(bytes) / 1_000_000
        let segmenter = try Segmenter(locale: "zh")
        var measures: [Measure] = []

        // Candidate sentences (context for the word-segmentation claim).
        var sentences = 0, candidates = 0, candidateBytes = 0
        var candidateUTF16: [[UInt16]] = []
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            for sentence in try segmenter.sentences(in: scalars[...]) {
                sentences += 1
                let slice = scalars[sentence.scalarRange]
                if slice.contains(where: isNumeralCandidate) {
                    candidates += 1
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: slice)
                    let sentenceText = String(view)
                    candidateBytes += sentenceText.utf8.count
                    candidateUTF16.append(Array(sentenceText.utf16))
                }
            }
        }

        log("\(name): ICU word break")
        let utf16 = texts.map { Array($0.utf16) }
        measures.append(try time("icu-word-break", megabytes: megabytes, repeats: repeats) {
            for units in utf16 { _ = try segmenter.countWordBoundaries(inUTF16: units) }
        })
        measures.append(try time("icu-word-break-candidates", megabytes: megabytes, repeats: repeats) {
            for units in candidateUTF16 { _ = try segmenter.countWordBoundaries(inUTF16: units) }
        })
        log("\(name): ICU sentence break")
        let scalarArrays = texts.map { Array($0.unicodeScalars) }
        measures.append(try time("icu-sentence-break", megabytes: megabytes, repeats: repeats) {
            for scalars in scalarArrays { _ = try segmenter.sentences(in: scalars[...]) }
        })

        log("\(name): extractor alone")
        let extractor = try Extractor(lexicons: lexicons, options: options)
        measures.append(try time("extractor-only", megabytes: megabytes, repeats: repeats) {
            for (index, text) in texts.enumerated() { _ = try extractor.extract(Document(id: String(index), text: text)) }
        })
        let totalScalars = scalarArrays.reduce(0) { $0 + $1.count }
        let segmentedShare = totalScalars > 0 ? Double(extractor.segmentedScalars) / Double(max(1, repeats) * totalScalars) : 0

        var facts = 0
        for count in jobs {
            log("\(name): extract, \(count) job\(count == 1 ? "" : "s")")
            var configuration = BatchConfiguration(lexicons: lexicons, options: options, jobs: count)
            configuration.maxDocumentBytes = Int.max
            let pipeline = BatchPipeline(configuration: configuration)
            measures.append(try time("extract-\(count)", megabytes: megabytes, repeats: repeats) {
                var sinks: [any FactSink] = [DiscardingSink()]
                let summary = try pipeline.run(files, sinks: &sinks)
                facts = summary.facts
            })
        }
        return CorpusReport(name: name, documents: texts.count, bytes: bytes, facts: facts, sentences: sentences,
                            candidateSentences: candidates, candidateBytes: candidateBytes,
                            segmentedShare: segmentedShare, measures: measures)
    }

    /// Runs `body` `repeats` times; MB/s is the median over wall time.
    private static func time(_ name: String, megabytes: Double, repeats: Int, _ body: () throws -> Void) throws -> Measure {
        var rates: [Double] = []
        var cpu: [Double] = []
        for _ in 0..<max(1, repeats) {
            let cpuStart = cpuSeconds()
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            cpu.append(cpuSeconds() - cpuStart)
            rates.append(megabytes / max(seconds, 1e-9))
        }
        return Measure(name: name, megabytesPerSecond: median(rates), runs: rates, cpuSeconds: median(cpu))
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// ASCII and full-width digits and the characters of Chinese numerals.
    static func isNumeralCandidate(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "0"..."9", "０"..."９": return true
        case "〇", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万", "亿", "两",
             "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖", "拾", "佰", "仟", "萬", "億", "兩", "廿", "卅":
            return true
        default: return false
        }
    }

    #if canImport(Glibc)
    private static let rusageSelf = __rusage_who_t(RUSAGE_SELF.rawValue)
    #else
    private static let rusageSelf = RUSAGE_SELF
    #endif

    /// User plus system CPU time of the process so far.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(rusageSelf, &usage)
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    /// Peak resident set size so far, in bytes.
    public static func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(rusageSelf, &usage)
        #if canImport(Darwin)
        return Int(usage.ru_maxrss)
        #else
        return Int(usage.ru_maxrss) * 1024
        #endif
    }
}

extension Benchmark.Report {
    /// The report as printed by `zhfacts bench` and pasted into BENCHMARKS.md.
    public var text: String {
        var out = ""
        func line(_ s: String) { out += s + "\n" }
        line("cores: \(cores); runs per figure: \(repeats) (median); MB = 10^6 bytes of UTF-8 text")
        for corpus in corpora {
            line("")
            line("## \(corpus.name): \(corpus.documents) documents, \(String(format: "%.2f", Double(corpus.bytes) / 1e6)) MB, \(corpus.facts) facts")
            let sentenceShare = corpus.sentences > 0 ? 100 * Double(corpus.candidateSentences) / Double(corpus.sentences) : 0
            let byteShare = corpus.bytes > 0 ? 100 * Double(corpus.candidateBytes) / Double(corpus.bytes) : 0
            line(String(format: "sentences holding a digit or numeral character: %d of %d (%.0f%%), %.0f%% of the text",
                        corpus.candidateSentences, corpus.sentences, sentenceShare, byteShare))
            line(String(format: "code points the extractor word-segments (clauses around figures and forecast words): %.0f%% of the text",
                        100 * corpus.segmentedShare))
            let icu = corpus.measure("icu-word-break")?.megabytesPerSecond ?? 0
            for measure in corpus.measures {
                var label = measure.name
                switch measure.name {
                case "icu-word-break": label = "ICU word break, whole text"
                case "icu-word-break-candidates": label = "ICU word break, candidate sentences only (MB of whole text)"
                case "icu-sentence-break": label = "ICU sentence break, whole text"
                case "extractor-only": label = "Extractor.extract alone, 1 thread, text in memory"
                default:
                    if measure.name.hasPrefix("extract-") { label = "zhfacts extract, \(measure.name.dropFirst(8)) job(s)" }
                }
                let runs = measure.runs.map { String(format: "%.2f", $0) }.joined(separator: " ")
                var row = label.padding(toLength: max(62, label.count), withPad: " ", startingAt: 0)
                row += String(format: " %8.2f MB/s  (cpu %.2f s; runs ", measure.megabytesPerSecond, measure.cpuSeconds) + runs + ")"
                if measure.name.hasPrefix("extract"), icu > 0 {
                    row += String(format: "  = %.2f× ICU word break", measure.megabytesPerSecond / icu)
                }
                line(row)
            }
            if let one = corpus.measure("extract-1"), let most = jobs.max(), most > 1,
               let all = corpus.measure("extract-\(most)"), one.megabytesPerSecond > 0 {
                line(String(format: "speed-up, %d jobs over 1 job: %.2f×", most, all.megabytesPerSecond / one.megabytesPerSecond))
            }
        }
        line("")
        line(String(format: "peak RSS: %.1f MB", Double(peakRSS) / 1e6))
        return out
    }
}

/// A sink that renders JSON Lines (on the workers) and throws it away:
/// the benchmark's output.
final class DiscardingSink: PrerenderingFactSink {
    private(set) var bytes = 0
    let renderer: any FactRendering = TextRenderer(format: .jsonl)

    func add(_ record: DocumentRecord, facts: [Fact]) throws {
        bytes += renderer.render(record, facts: facts).bytes.count
    }

    func add(_ record: DocumentRecord, facts: [Fact], rendered: UTF8Buffer) throws {
        bytes += rendered.bytes.count
    }

    func finish() throws {}
}
