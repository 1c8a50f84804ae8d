import ArgumentParser
import Foundation

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

extension ZhFacts {
    /// ArgumentParser's `main`, except that usage errors exit with status 2
    /// (as `zhfacts extract` documents), not 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
