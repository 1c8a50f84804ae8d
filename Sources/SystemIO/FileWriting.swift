#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// `write(2)` from Swift arrays and strings.
extension FileDescriptor {
    /// Writes every byte, calling `write(2)` again after a partial write or `EINTR`.
    public func writeAll(_ bytes: [UInt8]) throws(SystemError) {
        let code = bytes.withUnsafeBytes { writeAll($0) }
        if code != 0 { throw SystemError(code: code) }
    }

    /// Writes the UTF-8 bytes of `text` (without copying them to an array).
    public func writeAll(_ text: String) throws(SystemError) {
        var text = text
        let code = text.withUTF8 { writeAll(UnsafeRawBufferPointer($0)) }
        if code != 0 { throw SystemError(code: code) }
    }

    /// The loop behind both public `writeAll`s: 0, or the `errno` that stopped it.
    private func writeAll(_ bytes: UnsafeRawBufferPointer) -> Int32 {
        var written = 0
        while written < bytes.count {
            let count = systemWrite(rawValue, bytes.baseAddress.map { $0 + written }, bytes.count - written)
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            written += count
        }
        return 0
    }
}
