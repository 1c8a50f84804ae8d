#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// A failed system call: its `errno` value and the C library's text for it.
///
/// Every function of ``SystemIO`` that can fail throws this, so callers can
/// tell a missing path from other failures without importing Glibc and put
/// ``message`` into their own errors.
///
/// ```swift
/// do throws(SystemError) {
///     _ = try FileDescriptor.open("/no/such/file", .readOnly)
/// } catch {
///     error.isNotFound      // true
///     error.message         // "No such file or directory"
/// }
/// ```
public struct SystemError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The `errno` value.
    public let code: Int32

    public init(code: Int32) {
        self.code = code
    }

    /// `strerror(3)` for ``code``, e.g. `No such file or directory`.
    public var message: String { Self.message(for: code) }

    public var description: String { message }

    /// `ENOENT`: the path, or a folder on it, does not exist.
    public var isNotFound: Bool { code == ENOENT }

    /// `ENOTDIR`: a part of the path that should be a folder is a file.
    public var isNotAFolder: Bool { code == ENOTDIR }

    /// `strerror(3)` as a Swift string (`error N` if the C library has no text).
    public static func message(for code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }

    /// The error of the call that just failed (`errno`).
    static var last: SystemError { SystemError(code: errno) }
}
