import Foundation
import Testing

/// Runs `scripts/browser-test.sh` (headless Chromium on the seed article) when
/// `ZHFACTS_BROWSER_TEST=1`; the ordinary `swift test` skips it.
@Suite("Browser")
struct BrowserTests {
    @Test("the seed report renders in headless Chromium with every fact highlighted and no console error",
          .enabled(if: ProcessInfo.processInfo.environment["ZHFACTS_BROWSER_TEST"] == "1"),
          .timeLimit(.minutes(20)))
    func seedReportInChromium() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [packageRoot.appendingPathComponent("scripts/browser-test.sh").path]
        process.currentDirectoryURL = packageRoot
        var environment = ProcessInfo.processInfo.environment
        // `swift test` has built the CLI beside the test runner: use it rather than build again.
        let built = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("zhfacts").path
        if environment["ZHFACTS_BIN"] == nil, FileManager.default.isExecutableFile(atPath: built) {
            environment["ZHFACTS_BIN"] = built
        }
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let log = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "scripts/browser-test.sh failed:\n\(log)")
    }
}
