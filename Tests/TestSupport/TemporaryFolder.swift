import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A fresh folder under the system's temporary directory, removed with
/// everything in it when the value is released, so that a suite leaves
/// nothing behind in `/tmp` (keep the value alive for as long as its files
/// are used: a local `let` lives to the end of its scope).
public final class TemporaryFolder {
    public let url: URL
    public var path: String { url.path }

    /// - Parameter prefix: the start of the folder's name, to tell whose it is.
    public init(prefix: String = "zhfacts-tests") {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The path of `name` inside the folder (`name` may hold `/`).
    public func file(_ name: String) -> String { path + "/" + name }

    /// Writes `bytes` to `name`, creating folders on the way, and returns its path.
    @discardableResult
    public func write(_ name: String, _ bytes: [UInt8]) -> String {
        let target = file(name)
        folder((name as NSString).deletingLastPathComponent)
        _ = FileManager.default.createFile(atPath: target, contents: Data(bytes))
        return target
    }

    /// Writes `text` as UTF-8 to `name` and returns its path.
    @discardableResult
    public func write(_ name: String, text: String) -> String { write(name, Array(text.utf8)) }

    /// Creates the folder `name` (and the folders on the way).
    public func folder(_ name: String) {
        try? FileManager.default.createDirectory(atPath: file(name), withIntermediateDirectories: true)
    }

    /// Writes `bytes` to the file whose path inside the folder is `nameBytes`
    /// (a name that need not be UTF-8; its folders must exist).
    public func write(nameBytes: [UInt8], _ bytes: [UInt8]) {
        let target = Array(path.utf8) + [0x2F] + nameBytes + [0]
        let descriptor = target.withUnsafeBufferPointer { name in
            name.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        }
        precondition(descriptor >= 0, "cannot create a test file")
        _ = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
    }

    /// Creates the folder whose path inside the folder is `nameBytes` (a name that need not be UTF-8).
    public func folder(nameBytes: [UInt8]) {
        let target = Array(path.utf8) + [0x2F] + nameBytes + [0]
        _ = target.withUnsafeBufferPointer { name in name.withMemoryRebound(to: CChar.self) { mkdir($0.baseAddress!, 0o755) } }
    }

    /// The bytes of `name`, or nil when it cannot be read.
    public func contents(_ name: String) -> [UInt8]? {
        FileManager.default.contents(atPath: file(name)).map { [UInt8]($0) }
    }

    /// The text of `name` as UTF-8, or "" when it cannot be read.
    public func read(_ name: String) -> String {
        (try? String(contentsOfFile: file(name), encoding: .utf8)) ?? ""
    }
}
