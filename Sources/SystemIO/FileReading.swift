#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// `read(2)` into Swift arrays.
extension FileDescriptor {
    /// Reads once into `buffer[offset...]` (as many bytes as the call
    /// gives, at most `buffer.count - offset`), retrying `EINTR`.
    ///
    /// - Returns: the number of bytes read, 0 at the end of input.
    public func read(into buffer: inout [UInt8], at offset: Int) throws(SystemError) -> Int {
        precondition(offset >= 0 && offset <= buffer.count, "offset outside the buffer")
        while true {
            let (count, code) = buffer.withUnsafeMutableBytes { raw -> (Int, Int32) in
                let count = systemRead(rawValue, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                return (count, count < 0 ? errno : 0)
            }
            if count >= 0 { return count }
            if code != EINTR { throw SystemError(code: code) }
        }
    }

    /// Reads to the end of input, or until more than `limit` bytes have
    /// been read (the result is then longer than `limit` and the rest is
    /// left unread).
    ///
    /// The first `sizeHint + 1` bytes go straight into the result's storage,
    /// so a regular file of `sizeHint` bytes (its ``FileStatus/size``) takes
    /// one `read(2)` and no copying: a read that stops short at exactly
    /// `sizeHint` bytes is the whole file as `fstat` saw it, and the call
    /// that would confirm the end is not made. A pipe (hint 0), a file that
    /// grew, or a read that stopped short elsewhere is read on, to the end,
    /// in 64 KiB chunks.
    public func readAll(sizeHint: Int, limit: Int?) throws(SystemError) -> [UInt8] {
        let capacity = max(sizeHint, 0) + 1
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            count = 0
            while count < buffer.count {
                let result = systemRead(rawValue, buffer.baseAddress.map { $0 + count }, buffer.count - count)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if result == 0 { return }
                count += result
                if count == sizeHint, sizeHint > 0 { return }
            }
        }
        if failure != 0 { throw SystemError(code: failure) }
        if let limit, bytes.count > limit { return bytes }
        guard bytes.count == capacity else { return bytes }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = try read(into: &chunk, at: 0)
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if let limit, bytes.count > limit { break }
        }
        return bytes
    }
}
