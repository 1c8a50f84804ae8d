internal import ICUShim

/// ICU charset detection and conversion between legacy encodings and Unicode.
///
/// Every function opens its own ICU converter or detector, so the type is
/// stateless and safe to call from any thread.
///
/// ```swift
/// let big5 = try CharsetConverter.encode("臺灣", to: "Big5")      // [0xBB, 0x4F, 0xC6, 0x57]
/// try CharsetConverter.decode(big5, from: "Big5")                   // "臺灣"
/// CharsetConverter.detect(big5).first?.name                         // e.g. "Big5"
/// ```
public enum CharsetConverter {
    /// One plausible charset according to ICU's detector.
    public struct Match: Sendable, Hashable {
        /// ICU's name for the charset (`GB18030`, `Big5`, `UTF-8`, `ISO-8859-1`, ...).
        public var name: String
        /// ICU's confidence, 0-100.
        public var confidence: Int
    }

    /// Why bytes could not be converted.
    public enum Failure: Error, Sendable, Equatable {
        /// ICU has no converter of that name.
        case unknownCharset(String)
        /// The input is not valid in the charset; `offset` is the first bad
        /// byte (decoding) or UTF-16 unit (encoding), nil when ICU does not say.
        case invalid(charset: String, offset: Int?)
        /// Any other ICU failure.
        case icu(ICUStatus)
    }

    /// The charsets ICU's detector finds plausible for `bytes`, best first.
    ///
    /// The detector is statistical: it is unreliable on a few dozen bytes,
    /// so callers should check byte-order marks and UTF-8 validity first
    /// and use this only to choose among legacy encodings.
    public static func detect(_ bytes: [UInt8], limit: Int = 16) -> [Match] {
        guard !bytes.isEmpty, limit > 0 else { return [] }
        let stride = 64
        var names = [CChar](repeating: 0, count: stride * limit)
        var confidences = [Int32](repeating: 0, count: limit)
        var status: Int32 = 0
        let count = bytes.withUnsafeBufferPointer { input in
            input.withMemoryRebound(to: CChar.self) { chars in
                names.withUnsafeMutableBufferPointer { nameBuffer in
                    confidences.withUnsafeMutableBufferPointer { confidenceBuffer in
                        zf_detect_charsets(chars.baseAddress, Int32(clamping: chars.count),
                                           nameBuffer.baseAddress, Int32(stride),
                                           confidenceBuffer.baseAddress, Int32(limit), &status)
                    }
                }
            }
        }
        guard !ICUStatus(rawValue: status).isFailure, count > 0 else { return [] }
        return (0..<Int(count)).map { index in
            let slot = names[(index * stride)..<((index + 1) * stride)]
            let bytes = slot.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
            return Match(name: String(decoding: bytes, as: UTF8.self), confidence: Int(confidences[index]))
        }
    }

    /// ICU's canonical name for `charset` (`gbk` → `GBK`, `utf8` → `UTF-8`),
    /// or nil when ICU has no converter of that name.
    public static func canonicalName(of charset: String) -> String? {
        var name = [CChar](repeating: 0, count: 96)
        var status: Int32 = 0
        let result = name.withUnsafeMutableBufferPointer { buffer in
            zf_charset_canonical_name(charset, buffer.baseAddress, Int32(buffer.count), &status)
        }
        guard result == 0, !ICUStatus(rawValue: status).isFailure else { return nil }
        let bytes = name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Decodes `bytes` in `charset` to a String (strict: the first undecodable byte is an error), through ICU straight to UTF-8.
    /// - Complexity: O(n) in the number of bytes.
    public static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes, from charset: String) throws(Failure) -> String {
        let input = Array(bytes)
        var capacity = input.count * 3 + 16
        while true {
            var errorOffset: Int32 = -1
            var status: Int32 = 0
            var needed: Int32 = 0
            let output = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                needed = input.withUnsafeBufferPointer { source in
                    source.withMemoryRebound(to: CChar.self) { chars in
                        buffer.withMemoryRebound(to: CChar.self) { target in
                            zf_convert_to_utf8(charset, chars.baseAddress, Int32(clamping: chars.count),
                                               target.baseAddress, Int32(clamping: target.count),
                                               &errorOffset, &status)
                        }
                    }
                }
                count = (0...buffer.count).contains(Int(needed)) ? Int(needed) : 0
            }
            let code = ICUStatus(rawValue: status)
            if code.rawValue == bufferOverflow, Int(needed) > capacity {
                capacity = Int(needed) + 16
                continue
            }
            if code.isFailure { throw failure(code, charset: charset, offset: errorOffset) }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Encodes `text` in `charset`, failing on the first character the
    /// charset cannot represent (offset in UTF-16 units).
    public static func encode(_ text: String, to charset: String) throws(Failure) -> [UInt8] {
        let units = Array(text.utf16)
        var capacity = units.count * 4 + 16
        while true {
            var output = [CChar](repeating: 0, count: capacity)
            var errorOffset: Int32 = -1
            var status: Int32 = 0
            let needed = units.withUnsafeBufferPointer { source in
                output.withUnsafeMutableBufferPointer { target in
                    zf_convert_from_utf16(charset, source.baseAddress, Int32(clamping: source.count),
                                          target.baseAddress, Int32(clamping: target.count),
                                          &errorOffset, &status)
                }
            }
            let code = ICUStatus(rawValue: status)
            if code.rawValue == bufferOverflow, Int(needed) > capacity {
                capacity = Int(needed) + 16
                continue
            }
            if code.isFailure { throw failure(code, charset: charset, offset: errorOffset) }
            return output.prefix(Int(max(needed, 0))).map { UInt8(bitPattern: $0) }
        }
    }

    /// U_BUFFER_OVERFLOW_ERROR.
    private static let bufferOverflow: Int32 = 15

    private static func failure(_ status: ICUStatus, charset: String, offset: Int32) -> Failure {
        switch status.rawValue {
        case 4:  // U_FILE_ACCESS_ERROR: no converter data of that name.
            return .unknownCharset(charset)
        case 10, 11, 12:  // U_INVALID_CHAR_FOUND, U_TRUNCATED_CHAR_FOUND, U_ILLEGAL_CHAR_FOUND
            return .invalid(charset: charset, offset: offset >= 0 ? Int(offset) : nil)
        default:
            return .icu(status)
        }
    }
}
