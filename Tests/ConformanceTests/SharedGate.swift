import Foundation
import Testing
import Conformance

/// Whether the suites that read `../shared` run, and why not.
///
/// They run when the shared folder is found (`$ZHFACTS_SHARED`, else `shared` beside the
/// package). Without it they are skipped with ``missingMessage``, except with `CI=true`,
/// where they run and fail on the missing folder.
enum SharedGate {
    static let shared: SharedFolder? = SharedFolder.locate()
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"
    static var shouldRun: Bool { shared != nil || isCI }

    static let missingMessage: Comment = """
        ../shared not found (looked at \(SharedFolder.searchDescription)): skipping the peer suites. \
        With CI=true they fail instead.
        """

    /// The shared folder, or a recorded failure (CI) when it is missing.
    static func require() throws -> SharedFolder {
        try #require(shared, missingMessage)
    }
}
