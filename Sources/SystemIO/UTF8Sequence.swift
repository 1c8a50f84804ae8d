/// One step of UTF-8 validation, shared by the file-name and text checks.
public enum UTF8Sequence {
    /// The length (1 to 4) of the valid UTF-8 sequence starting at `index`,
    /// or 0 when none starts there: a stray continuation byte, a bad lead,
    /// a sequence cut short, overlong, a surrogate or beyond U+10FFFF.
    @inlinable
    public static func length<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, at index: Int) -> Int
    where Bytes.Index == Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        let length = announcedLength(lead)
        guard length > 1, index + length <= bytes.endIndex else { return 0 }
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return 0 }
            value = value << 6 | UInt32(next & 0x3F)
        }
        if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return 0 }
        return length
    }

    /// The length a lead byte announces: 1 for ASCII, 2 to 4 for a
    /// multi-byte lead, 0 for a continuation or invalid byte.
    @inlinable
    public static func announcedLength(_ lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead & 0xE0 == 0xC0 { return 2 }
        if lead & 0xF0 == 0xE0 { return 3 }
        if lead & 0xF8 == 0xF0 { return 4 }
        return 0
    }
}
