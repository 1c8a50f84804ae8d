#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// `memchr(3)` and `memmove(3)` over byte arrays, for buffered readers
/// that scan for line feeds and move pending bytes to the front.
extension Array where Element == UInt8 {
    /// The index of the first `byte` in `self[range]`, found with `memchr`.
    public func firstIndex(ofByte byte: UInt8, in range: Range<Int>) -> Int? {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "range outside the array")
        guard !range.isEmpty else { return nil }
        return withUnsafeBufferPointer { pointer -> Int? in
            guard let base = pointer.baseAddress,
                  let found = memchr(base + range.lowerBound, Int32(byte), range.count) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Copies `self[range]` to `destination...` with `memmove` (the two may overlap).
    public mutating func moveBytes(_ range: Range<Int>, to destination: Int) {
        precondition(range.lowerBound >= 0 && range.upperBound <= count
                     && destination >= 0 && destination + range.count <= count, "range outside the array")
        guard !range.isEmpty else { return }
        withUnsafeMutableBufferPointer { pointer in
            guard let base = pointer.baseAddress else { return }
            _ = memmove(base + destination, base + range.lowerBound, range.count)
        }
    }
}
