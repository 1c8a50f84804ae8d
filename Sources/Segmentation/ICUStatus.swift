internal import ICUShim

/// An ICU `UErrorCode`, carried as its raw value.
///
/// ICU reports success as 0, warnings as negative values and failures as
/// positive values. Every status returned by ``ICUShim`` goes through
/// ``check(_:_:)``, so no failure is ignored.
public struct ICUStatus: RawRepresentable, Error, Sendable, Equatable, CustomStringConvertible {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// True for ICU errors (warnings are not failures).
    public var isFailure: Bool { rawValue > 0 }

    /// ICU's name for the code, e.g. `U_INVALID_CHAR_FOUND`.
    public var name: String { String(cString: zf_status_name(rawValue)) }

    public var description: String { "\(name) (\(rawValue))" }

    /// Throws `ICUStatus` when `rawValue` is a failure.
    @inline(__always)
    static func check(_ rawValue: Int32) throws(ICUStatus) {
        let status = ICUStatus(rawValue: rawValue)
        if status.isFailure { throw status }
    }
}
