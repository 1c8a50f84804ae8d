internal import ICUShim

/// One ICU break iterator (word or sentence), owned by one thread.
///
/// The iterator is not thread-safe, so this class is deliberately not
/// `Sendable`: every worker opens its own ``Segmenter``.
final class BreakIterator {
    enum Kind: Int32 {
        case word = 0
        case sentence = 1
    }

    private let handle: OpaquePointer
    private var boundaryBuffer: [Int32] = []
    private var statusBuffer: [Int32] = []

    init(kind: Kind, locale: String) throws(ICUStatus) {
        var status: Int32 = 0
        let opened = zf_breaker_open(kind.rawValue, locale, &status)
        try ICUStatus.check(status)
        guard let opened else { throw ICUStatus(rawValue: 5) }  // U_INTERNAL_PROGRAM_ERROR
        handle = opened
    }

    deinit { zf_breaker_close(handle) }

    /// Runs the iterator over `utf16` and calls `body` with each boundary
    /// (UTF-16 offset, 0 and `utf16.count` included) and the rule status of
    /// the segment ending there (0 for the first boundary).
    func forEachBoundary(in utf16: [UInt16], _ body: (Int, Int) -> Void) throws(ICUStatus) {
        let capacity = utf16.count + 1
        if boundaryBuffer.count < capacity {
            boundaryBuffer = [Int32](repeating: 0, count: capacity)
            statusBuffer = [Int32](repeating: 0, count: capacity)
        }
        var status: Int32 = 0
        let count = utf16.withUnsafeBufferPointer { text in
            boundaryBuffer.withUnsafeMutableBufferPointer { bounds in
                statusBuffer.withUnsafeMutableBufferPointer { statuses in
                    zf_breaker_boundaries(handle, text.baseAddress, Int32(text.count),
                                          bounds.baseAddress, statuses.baseAddress,
                                          Int32(capacity), &status)
                }
            }
        }
        try ICUStatus.check(status)
        for index in 0..<Int(max(count, 0)) {
            body(Int(boundaryBuffer[index]), Int(statusBuffer[index]))
        }
    }
}
