import Dispatch
import Foundation
import Extraction
import FactCore
import FactOutput
import Ingest
import Segmentation
internal import SystemIO

/// `zhfacts bench`: extraction throughput against raw ICU word break, on
/// the same bytes, in one run.
///
/// For each corpus (a folder of `*.txt`) and for all of them together:
///
/// - **ICU word break**: `Segmenter.countWordBoundaries(inUTF16:)` over every
///   document's whole text (UTF-16 prepared beforehand, so only ICU is timed);
///   with the most jobs, also on that many threads (a segmenter each,
///   documents in turn): the machine's own scaling for work that shares
///   nothing but ICU's read-only dictionary, the ceiling for everything else.
/// - **ICU sentence break**: `Segmenter.sentences(in:)` over every document.
/// - **extractor alone**: `Extractor.extract` on in-memory documents, one
///   thread, and with the most jobs, that many threads taking documents in
///   turn: the machine's own scaling for this work, with no pipeline (no
///   reading, rendering or hand-offs), beside which the pipeline's is read.
/// - **extract, N jobs**: the whole `zhfacts extract` pipeline (read, decode,
///   extract, render JSON Lines, ordered write to a discarding sink) with
///   N worker threads, from files in the page cache: the corpus folders,
///   listed by the pipeline as `zhfacts extract FOLDER…` lists them.
///
/// Throughput is MB (10⁶ bytes of the UTF-8 text) per second of wall time,
/// the median of `repeats` runs; CPU seconds and the cores they kept busy
/// (CPU ÷ wall time) are reported beside it. A speed-up of all jobs over one
/// is the cores kept busy, over one job's, divided by the growth of the CPU
/// time the same work took: the report gives both factors. The
/// measurements are interleaved, one run of each per round, and a ratio
/// (against ICU word break, or of all jobs over one) is the median of the
/// ratios within the rounds: the machine's speed drifts over a run, and a
/// ratio of two figures taken a minute apart would carry that drift.
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
        /// Median over the runs of CPU seconds ÷ wall seconds: the cores kept busy.
        public var busyCores: Double
        /// Median over the rounds of this figure's MB/s ÷ ICU word break's MB/s in the same round.
        public var ratioToICU: Double
        /// For the most jobs (or threads): median over the rounds of its MB/s ÷ one job's.
        public var speedUpOverOneJob: Double?
        /// For the most jobs (or threads): median over the rounds of its CPU seconds ÷ one job's,
        /// for the same work (1 when the work costs the same however many run it).
        public var cpuOverOneJob: Double?
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
        var allFolders: [String] = []
        var allFileCount = 0
        var allTexts: [String] = []
        for corpus in corpora {
            log("loading \(corpus.name) from \(corpus.path)")
            let files = InputCollector(pattern: "*.txt").collectFiles([corpus.path]).compactMap { try? $0.get() }
            guard !files.isEmpty else { throw BatchError.usage("\(corpus.path): no *.txt files to benchmark") }
            var texts: [String] = []
            for file in files {
                if let decoded = try? TextDecoding.read(file) { texts.append(decoded.text) }
            }
            reports.append(try measure(name: corpus.name, folders: [corpus.path], files: files.count, texts: texts, lexicons: lexicons,
                                       options: options, jobs: jobs, repeats: repeats, log: log))
            allFolders.append(corpus.path)
            allFileCount += files.count
            allTexts += texts
        }
        if corpora.count > 1 {
            reports.append(try measure(name: "total", folders: allFolders, files: allFileCount, texts: allTexts, lexicons: lexicons,
                                       options: options, jobs: jobs, repeats: repeats, log: log))
        }
        return Report(corpora: reports, jobs: jobs, repeats: repeats, peakRSS: peakResidentBytes(),
                      cores: ProcessInfo.processInfo.activeProcessorCount)
    }

    private static func measure(name: String, folders: [String], files: Int, texts: [String], lexicons: Lexicons,
                                options: ExtractionOptions, jobs: [Int], repeats: Int,
                                log: (String) -> Void) throws -> CorpusReport {
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        let megabytes = Double(bytes) / 1_000_000
        let segmenter = try Segmenter(locale: "zh")

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

        // The measurements run interleaved, round by round (ICU, extractor, pipeline, ICU, …), so a
        // slow spell of the machine hits every figure of a round alike; the ratios are medians of
        // the ratios within each round.
        let utf16 = texts.map { Array($0.utf16) }
        let scalarArrays = texts.map { Array($0.unicodeScalars) }
        let extractor = try Extractor(lexicons: lexicons, options: options)
        var facts = 0
        var bodies: [(name: String, body: () throws -> Void)] = [
            ("icu-word-break", { for units in utf16 { _ = try segmenter.countWordBoundaries(inUTF16: units) } }),
            ("icu-word-break-candidates", { for units in candidateUTF16 { _ = try segmenter.countWordBoundaries(inUTF16: units) } }),
            ("icu-sentence-break", { for scalars in scalarArrays { _ = try segmenter.sentences(in: scalars[...]) } }),
            ("extractor-only", {
                for (index, text) in texts.enumerated() { _ = try extractor.extract(Document(id: String(index), text: text)) }
            }),
        ]
        if let most = jobs.max(), most > 1 {
            bodies.append(("icu-word-break-\(most)", { try segmentInParallel(utf16, threads: most) }))
            bodies.append(("extractor-only-\(most)", {
                try extractInParallel(texts, threads: most, lexicons: lexicons, options: options)
            }))
        }
        for count in jobs {
            var configuration = BatchConfiguration(lexicons: lexicons, options: options, jobs: count)
            configuration.maxDocumentBytes = Int.max
            let pipeline = BatchPipeline(configuration: configuration)
            bodies.append(("extract-\(count)", {
                var sinks: [any FactSink] = [DiscardingSink()]
                let summary = try pipeline.run(folders, sinks: &sinks)
                guard summary.documents == files else {
                    throw BatchError.usage("bench: the pipeline read \(summary.documents) documents, not \(files)")
                }
                facts = summary.facts
            }))
        }
        var rates = Array(repeating: [Double](), count: bodies.count)
        var cpu = Array(repeating: [Double](), count: bodies.count)
        var busy = Array(repeating: [Double](), count: bodies.count)
        for round in 0..<max(1, repeats) {
            log("\(name): round \(round + 1) of \(max(1, repeats))")
            for (index, entry) in bodies.enumerated() {
                let run = try time(megabytes: megabytes, entry.body)
                rates[index].append(run.rate)
                cpu[index].append(run.cpu)
                busy[index].append(run.cpu * run.rate / megabytes)
            }
        }
        var measures: [Measure] = []
        for (index, entry) in bodies.enumerated() {
            let ratios = zip(rates[index], rates[0]).map { $1 > 0 ? $0 / $1 : 0 }
            measures.append(Measure(name: entry.name, megabytesPerSecond: median(rates[index]), runs: rates[index],
                                    cpuSeconds: median(cpu[index]), busyCores: median(busy[index]), ratioToICU: median(ratios)))
        }
        // All jobs (threads) against one, round by round: the speed-up and the CPU the same work took.
        if let most = jobs.max(), most > 1 {
            for (single, many) in [("extract-1", "extract-\(most)"), ("extractor-only", "extractor-only-\(most)"),
                                   ("icu-word-break", "icu-word-break-\(most)")] {
                guard let one = bodies.firstIndex(where: { $0.name == single }),
                      let all = bodies.firstIndex(where: { $0.name == many }) else { continue }
                measures[all].speedUpOverOneJob = median(zip(rates[all], rates[one]).map { $1 > 0 ? $0 / $1 : 0 })
                measures[all].cpuOverOneJob = median(zip(cpu[all], cpu[one]).map { $1 > 0 ? $0 / $1 : 0 })
            }
        }
        let totalScalars = scalarArrays.reduce(0) { $0 + $1.count }
        let segmentedShare = totalScalars > 0 ? Double(extractor.segmentedScalars) / Double(max(1, repeats) * totalScalars) : 0
        return CorpusReport(name: name, documents: texts.count, bytes: bytes, facts: facts, sentences: sentences,
                            candidateSentences: candidates, candidateBytes: candidateBytes,
                            segmentedShare: segmentedShare, measures: measures)
    }

    /// Extracts every text on `threads` threads, each with its own
    /// ``Extractor``, taking the next document in turn.
    private static func extractInParallel(_ texts: [String], threads: Int, lexicons: Lexicons,
                                          options: ExtractionOptions) throws {
        try inParallel(texts.count, threads: threads, what: "extraction",
                       tools: { try Extractor(lexicons: lexicons, options: options) }) { extractor, index in
            _ = try extractor.extract(Document(id: String(index), text: texts[index]))
        }
    }

    /// Counts the word boundaries of every text on `threads` threads, each
    /// with its own ``Segmentation/Segmenter``, taking the next text in turn.
    private static func segmentInParallel(_ texts: [[UInt16]], threads: Int) throws {
        try inParallel(texts.count, threads: threads, what: "word break", tools: { try Segmenter(locale: "zh") }) { segmenter, index in
            _ = try segmenter.countWordBoundaries(inUTF16: texts[index])
        }
    }

    /// Runs `body` for every index below `count` on `threads` threads, each
    /// with its own tools (`tools()`, made on the thread), taking the next
    /// index in turn; the first failure is rethrown, naming `what` failed.
    private static func inParallel<Tools>(_ count: Int, threads: Int, what: String, tools: @Sendable () throws -> Tools,
                                          _ body: @Sendable (Tools, Int) throws -> Void) throws {
        let next = Monitor((index: 0, failure: String?.none))
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            do {
                let own = try tools()
                while true {
                    let index = next.withLock(waking: .nobody) { state -> Int in
                        defer { state.index += 1 }
                        return state.index
                    }
                    guard index < count else { return }
                    try body(own, index)
                }
            } catch {
                next.withLock(waking: .nobody) { $0.failure = "\(error)" }
            }
        }
        if let failure = next.read(\.failure) { throw BatchError.usage("bench: \(what) failed: \(failure)") }
    }

    /// Runs `body` once: MB per wall-clock second and the CPU seconds it took.
    private static func time(megabytes: Double, _ body: () throws -> Void) throws -> (rate: Double, cpu: Double) {
        let cpuStart = cpuSeconds()
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return (megabytes / max(seconds, 1e-9), cpuSeconds() - cpuStart)
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

    /// User plus system CPU time of the process so far.
    static func cpuSeconds() -> Double { CurrentProcess.cpuSeconds() }

    /// Peak resident set size so far, in bytes.
    public static func peakResidentBytes() -> Int { CurrentProcess.peakResidentBytes() }
}

extension Benchmark.Report {
    /// The report as printed by `zhfacts bench` and pasted into BENCHMARKS.md.
    public var text: String {
        var out = ""
        func line(_ s: String) { out += s + "\n" }
        line("cores: \(cores); runs per figure: \(repeats) (median), interleaved round by round; ratios are medians of the"
             + " ratios within a round; MB = 10^6 bytes of UTF-8 text")
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
                    if measure.name.hasPrefix("icu-word-break-"), let threads = Int(measure.name.dropFirst(15)) {
                        label = "ICU word break, whole text, \(threads) threads"
                    }
                    if measure.name.hasPrefix("extractor-only-") {
                        label = "Extractor.extract alone, \(measure.name.dropFirst(15)) threads, text in memory"
                    }
                    if measure.name.hasPrefix("extract-") { label = "zhfacts extract, \(measure.name.dropFirst(8)) job(s)" }
                }
                let runs = measure.runs.map { String(format: "%.2f", $0) }.joined(separator: " ")
                var row = label.padding(toLength: max(62, label.count), withPad: " ", startingAt: 0)
                row += String(format: " %8.2f MB/s  (cpu %.2f s, %.2f cores; runs ", measure.megabytesPerSecond,
                              measure.cpuSeconds, measure.busyCores) + runs + ")"
                if measure.name.hasPrefix("extract"), icu > 0 {
                    row += String(format: "  = %.2f× ICU word break", measure.ratioToICU)
                }
                line(row)
            }
            if let most = jobs.max(), most > 1, let all = corpus.measure("extract-\(most)"),
               let speedUp = all.speedUpOverOneJob {
                line(String(format: "speed-up, %d jobs over 1 job: %.2f×", most, speedUp) + Self.factors(all, corpus.measure("extract-1")))
                if let alone = corpus.measure("extractor-only-\(most)"), let aloneUp = alone.speedUpOverOneJob {
                    line(String(format: "  (the extractor alone on %d threads over 1 thread, no pipeline: %.2f×", most, aloneUp)
                         + Self.factors(alone, corpus.measure("extractor-only")) + ")")
                }
                if let icuAll = corpus.measure("icu-word-break-\(most)"), let icuUp = icuAll.speedUpOverOneJob {
                    line(String(format: "  (ICU word break alone on %d threads over 1 thread, sharing only ICU's read-only data: %.2f×", most, icuUp)
                         + Self.factors(icuAll, corpus.measure("icu-word-break")) + ")")
                }
            }
        }
        line("")
        line(String(format: "peak RSS: %.1f MB", Double(peakRSS) / 1e6))
        return out
    }

    /// `; cores busy 1.04 → 1.97, CPU for the same work ×1.02`: the two factors of a speed-up.
    private static func factors(_ many: Benchmark.Measure, _ one: Benchmark.Measure?) -> String {
        guard let one, let cpu = many.cpuOverOneJob else { return "" }
        return String(format: "; cores busy %.2f → %.2f, CPU for the same work ×%.2f", one.busyCores, many.busyCores, cpu)
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

    func add(_ record: DocumentRecord, factCount: Int, rendered: UTF8Buffer) throws {
        bytes += rendered.bytes.count
    }

    func finish() throws {}
}
