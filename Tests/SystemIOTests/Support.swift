import Foundation

/// `count` bytes that differ from one 64 KiB chunk to the next, so a chunk
/// read twice or skipped shows.
func patternBytes(_ count: Int) -> [UInt8] {
    (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 16) }
}
