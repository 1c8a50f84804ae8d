import ArgumentParser

/// The `zhfacts` command: Chinese news in, checkable facts out.
@main
struct ZhFacts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zhfacts",
        abstract: "Turn Chinese news articles into structured, checkable facts.",
        subcommands: [Extract.self, Eval.self, Validate.self, ConformanceCommand.self, Review.self, Bench.self],
        defaultSubcommand: Extract.self
    )
}
