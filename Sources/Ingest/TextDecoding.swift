import Foundation

/// Turns a file's bytes into text.
public enum TextDecoding {
    /// Decodes UTF-8 (a leading byte-order mark is dropped). Undecodable
    /// input is an error naming the first bad byte; NUL bytes mean binary.
    public static func utf8(_ bytes: [UInt8], document: String) throws(IngestError) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard !body.isEmpty else { throw .empty(document: document) }
        if let offset = firstInvalidUTF8(body) {
            throw .undecodable(document: document, encoding: "UTF-8", byteOffset: offset + (bytes.count - body.count))
        }
        if let nul = body.firstIndex(of: 0) { throw .notText(document: document, byteOffset: nul) }
        let text = String(decoding: body, as: UTF8.self)
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw .empty(document: document) }
        return text
    }

    /// Offset (relative to the slice start) of the first byte that does not
    /// begin a valid UTF-8 sequence, or nil.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            let length: Int
            var minimum: UInt32
            if byte & 0xE0 == 0xC0 { length = 2; minimum = 0x80 }
            else if byte & 0xF0 == 0xE0 { length = 3; minimum = 0x800 }
            else if byte & 0xF8 == 0xF0 { length = 4; minimum = 0x10000 }
            else { return index - bytes.startIndex }
            guard index + length <= end else { return index - bytes.startIndex }
            var value = UInt32(byte) & (0xFF >> (length + 1))
            for offset in 1..<length {
                let next = bytes[index + offset]
                guard next & 0xC0 == 0x80 else { return index - bytes.startIndex }
                value = value << 6 | UInt32(next & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return index - bytes.startIndex }
            index += length
        }
        return nil
    }

    /// Reads and decodes a file as UTF-8.
    public static func readUTF8File(_ path: String) throws(IngestError) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        return try utf8([UInt8](data), document: path)
    }
}
