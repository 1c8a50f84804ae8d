import ArgumentParser
import Batch
import Foundation

/// `zhfacts bench`: extraction MB/s with 1 and all jobs against raw ICU word break, on the same bytes.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure extraction throughput against raw ICU word break.",
        discussion: """
        Reads every *.txt of each folder into memory, then times, on the same text: ICU word break \
        over the whole text and over the sentences holding a digit or numeral only, ICU sentence \
        break, Extractor.extract alone on one thread and on as many threads as the most jobs, and \
        the whole zhfacts extract pipeline on the folders (list, read, decode, extract, render JSON \
        Lines, ordered write) with each --jobs count. Prints MB/s (median of --repeats runs) with \
        CPU seconds, the ratio to ICU word break, the speed-up of all jobs over one beside the \
        extractor's own on as many threads, and the peak RSS. Use a release build (scripts/bench.sh).
        """
    )

    @Argument(help: "Folders of *.txt documents (default: the pd1998 and finna corpora of ../shared).")
    var folders: [String] = ["../shared/corpora/pd1998/text", "../shared/corpora/finna"]

    @Option(name: .shortAndLong, parsing: .upToNextOption, help: "Job counts to measure (default: 1 and all cores).")
    var jobs: [Int] = []

    @Option(name: .long, help: "Runs per figure; the median is reported.")
    var repeats = 3

    @OptionGroup var flags: ExtractionFlags

    func validate() throws {
        if jobs.contains(where: { $0 < 1 }) { throw ValidationError("--jobs must be at least 1") }
        if repeats < 1 { throw ValidationError("--repeats must be at least 1") }
    }

    func run() throws {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let counts = jobs.isEmpty ? Array(Set([1, cores])).sorted() : jobs
        let corpora = folders.map { (name: Self.name(of: $0), path: $0) }
        let report = try Benchmark.run(corpora: corpora, lexicons: flags.loadLexicons(), options: flags.options,
                                       jobs: counts, repeats: repeats, log: { printError("bench: " + $0) })
        print(report.text, terminator: "")
    }

    /// `../shared/corpora/pd1998/text` → `pd1998`; `../shared/corpora/finna` → `finna`.
    static func name(of folder: String) -> String {
        let components = URL(fileURLWithPath: folder).standardized.pathComponents.filter { $0 != "/" }
        guard let last = components.last else { return folder }
        if last == "text", components.count > 1 { return components[components.count - 2] }
        return last
    }
}
