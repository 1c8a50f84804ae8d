/// File names that are not UTF-8.
///
/// Linux stores a name as bytes. An archive unpacked from a Windows zip
/// often holds names in GBK (`报告.txt` as `B1 A8 B8 E6 2E 74 78 74`), which a
/// `String` cannot hold: decoding replaces those bytes, and the path no
/// longer opens. Such a name keeps its bytes for the system calls
/// (``Directory/Entry/rawName``), and is shown with every byte that is not
/// part of valid UTF-8 written `\xHH` (`\xB1\xA8\xB8\xE6.txt`), which names
/// the file unambiguously in ids, ledgers and messages.
public enum PathBytes {
    /// `bytes` as shown: valid UTF-8 as it is, every other byte as `\xHH`;
    /// nil when all of `bytes` is valid UTF-8 (the name is then its `String`).
    /// - Complexity: O(n).
    public static func escapedName(_ bytes: [UInt8]) -> String? {
        var index = 0
        var shown: [UInt8] = []
        var escaped = false
        while index < bytes.count {
            let length = UTF8Sequence.length(in: bytes, at: index)
            if length > 0 {
                shown.append(contentsOf: bytes[index..<index + length])
                index += length
            } else {
                escaped = true
                shown.append(contentsOf: Array("\\x".utf8))
                let digits = Array("0123456789ABCDEF".utf8)
                shown.append(digits[Int(bytes[index] >> 4)])
                shown.append(digits[Int(bytes[index] & 0x0F)])
                index += 1
            }
        }
        return escaped ? String(decoding: shown, as: UTF8.self) : nil
    }

    /// Calls `body` with `bytes` as a NUL-terminated C string, for the system
    /// calls that take a path (`open`, `opendir`, `stat`, `fstatat`).
    static func withCString<Result>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> Result) -> Result {
        (bytes + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
        }
    }
}
