/// A set of code points as one bit per BMP code point (code points above
/// the BMP are all in or all out), for the per-character filters of the
/// scanners: one shift and mask instead of several lookups.
struct ScalarBitmap: Sendable, ExpressibleByArrayLiteral {
    private var bits = [UInt64](repeating: 0, count: 1024)
    private var astral = false

    init() {}

    init(arrayLiteral scalars: Unicode.Scalar...) { self.init(scalars) }

    init(_ scalars: some Sequence<Unicode.Scalar>) {
        for scalar in scalars { insert(scalar) }
    }

    /// The code points that start a word of any of `tries`.
    init<each Value>(firstCharactersOf tries: repeat ScalarTrie<each Value>) {
        for trie in repeat each tries { formUnion(trie.firstCharacters) }
    }

    @inline(__always) func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value >= 0x10000 { return astral }
        return bits[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0
    }

    mutating func insert(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value >= 0x10000 { astral = true } else { bits[Int(value >> 6)] |= 1 << UInt64(value & 63) }
    }

    mutating func formUnion(_ other: ScalarBitmap) {
        for index in bits.indices { bits[index] |= other.bits[index] }
        astral = astral || other.astral
    }
}
