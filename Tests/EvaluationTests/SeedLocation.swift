import Foundation

/// The seed gold at `<package root>/../shared/gold/seed`, found from this
/// file's path (symlinks resolved, so a scratch package that links the test
/// folder finds the same files).
enum Seed {
    /// The directory holding `yunqi.jsonl` and `yunqi.txt` for a test file at `filePath`.
    static func directory(forTestFile filePath: String) -> URL {
        let resolved = URL(fileURLWithPath: filePath).resolvingSymlinksInPath()
        let packageRoot = resolved.deletingLastPathComponent()  // Tests/EvaluationTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
        return packageRoot.deletingLastPathComponent()
            .appendingPathComponent("shared/gold/seed", isDirectory: true)
    }

    static let directory = directory(forTestFile: #filePath)
    static let gold = directory.appendingPathComponent("yunqi.jsonl")
    static let text = directory.appendingPathComponent("yunqi.txt")

    /// Both seed files exist.
    static var available: Bool {
        FileManager.default.fileExists(atPath: gold.path) && FileManager.default.fileExists(atPath: text.path)
    }

    /// `CI=true` (or `1`): a missing seed fails the tests instead of skipping them.
    static var isCI: Bool {
        let value = ProcessInfo.processInfo.environment["CI"]?.lowercased()
        return value == "true" || value == "1"
    }

    /// Whether the seed tests run: always on CI (where they then fail if the
    /// files are missing), elsewhere only when the files are there.
    static var shouldRun: Bool { available || isCI }
}
