import FactCore
import Foundation

/// A `value` or `value_max` ready to print: its ``PlainDecimal`` digits when
/// `Decimal.plainDecimal` finds them (nearly always), else the
/// `Decimal.plainString` text. Either way the bytes are `plainString`'s.
enum DecimalText {
    case plain(PlainDecimal)
    case text(String)

    init(_ value: Decimal) {
        if let plain = value.plainDecimal {
            self = .plain(plain)
        } else {
            self = .text(value.plainString)
        }
    }

    /// The most bytes ``appendJSON(_:to:)`` writes.
    static func maximumJSONCount(of value: DecimalText?) -> Int {
        switch value {
        case nil: 4
        case .plain: PlainDecimal.maximumUTF8Count &+ 2
        case .text(let text): UTF8Buffer.maximumJSONCount(of: text)
        }
    }

    /// The most bytes ``appendCSV(_:to:)`` writes.
    static func maximumCSVCount(of value: DecimalText?) -> Int {
        switch value {
        case nil: 0
        case .plain: PlainDecimal.maximumUTF8Count
        case .text(let text): UTF8Buffer.maximumCSVCount(of: text)
        }
    }

    /// A JSON string literal (`"962.8"`), or `null`.
    @inline(__always) static func appendJSON(_ value: DecimalText?, to out: inout OutputSpan<UInt8>) {
        switch value {
        case nil: out.appendJSONString(nil)
        case .plain(let plain):
            out.append(UInt8(ascii: "\""))
            plain.write(to: &out)
            out.append(UInt8(ascii: "\""))
        case .text(let text): out.appendJSONString(text)
        }
    }

    /// A CSV field (never quoted: digits, `-` and `.`), or nothing.
    @inline(__always) static func appendCSV(_ value: DecimalText?, to out: inout OutputSpan<UInt8>) {
        switch value {
        case nil: break
        case .plain(let plain): plain.write(to: &out)
        case .text(let text): out.appendCSVField(text)
        }
    }
}
