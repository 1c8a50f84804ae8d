import Foundation

/// The workspace's `../shared` folder: peer suites and corpora, read at run
/// time and never copied into the package.
///
/// ```swift
/// if let shared = SharedFolder.locate() {
///     print(shared.recognizersText.path)   // …/shared/peer-suites/recognizers-text
/// }
/// ```
///
/// Lookup order: `$ZHFACTS_SHARED` when set and non-empty; else the folder
/// `shared` beside the package root, the package root being the first folder
/// holding `Package.swift` above this source file (as compiled, then with
/// symlinks resolved).
public struct SharedFolder: Sendable {
    /// The shared root (holds `peer-suites/` and `corpora/`).
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// `peer-suites/recognizers-text`.
    public var recognizersText: URL { root.appendingPathComponent("peer-suites/recognizers-text", isDirectory: true) }
    /// `peer-suites/cn2an`.
    public var cn2an: URL { root.appendingPathComponent("peer-suites/cn2an", isDirectory: true) }
    /// `peer-suites/sighan2005`.
    public var sighan2005: URL { root.appendingPathComponent("peer-suites/sighan2005", isDirectory: true) }
    /// `corpora/pd1998`.
    public var pd1998: URL { root.appendingPathComponent("corpora/pd1998", isDirectory: true) }

    /// The environment variable that overrides the lookup.
    public static let environmentKey = "ZHFACTS_SHARED"

    /// The package root this module was compiled from (the folder holding
    /// `Package.swift`), or nil when the sources were moved.
    public static var packageRoot: URL? {
        let here = URL(fileURLWithPath: #filePath)
        for start in [here, here.resolvingSymlinksInPath()] {
            var directory = start.deletingLastPathComponent()
            while directory.path != "/" && !directory.path.isEmpty {
                if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                    return directory
                }
                directory = directory.deletingLastPathComponent()
            }
        }
        return nil
    }

    /// The shared folder, or nil when neither the override nor `../shared` exists.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> SharedFolder? {
        if let override = environment[environmentKey], !override.isEmpty {
            let url = URL(fileURLWithPath: override, isDirectory: true)
            return FileManager.default.fileExists(atPath: url.path) ? SharedFolder(root: url) : nil
        }
        guard let packageRoot else { return nil }
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared", isDirectory: true)
        return FileManager.default.fileExists(atPath: url.path) ? SharedFolder(root: url) : nil
    }

    /// Where ``locate(environment:)`` looked, for messages.
    public static var searchDescription: String {
        let beside = packageRoot.map { $0.deletingLastPathComponent().appendingPathComponent("shared").path } ?? "(package root not found)"
        return "$\(environmentKey) or \(beside)"
    }
}
