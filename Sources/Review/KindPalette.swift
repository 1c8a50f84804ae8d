import Foundation
import FactCore

/// The colour and label of each fact kind on a review page.
///
/// Every background is light, under dark text (``KindPalette/text``), so the
/// contrast of a highlight's text is well above 4.5:1; the darker border
/// tells kinds apart where backgrounds look alike. Kinds are also named in
/// the legend, the tooltip and the table, so colour is never the only cue.
public enum KindPalette {
    /// Text colour over every highlight.
    public static let text = RGB(0x1B1B1B)

    /// Background and border colours, and a Chinese name, for `kind`.
    public static func style(of kind: FactKind) -> (background: RGB, border: RGB, name: String) {
        switch kind {
        case .money: (RGB(0xFFE08A), RGB(0x9A6B00), "金额")
        case .price: (RGB(0xFFCBA6), RGB(0xA34700), "价格")
        case .count: (RGB(0xBDE8B4), RGB(0x2E7D32), "数量")
        case .area: (RGB(0xA9E0EA), RGB(0x00697A), "面积")
        case .percent: (RGB(0xCFC8F7), RGB(0x4B3CC4), "百分比")
        case .percentagePoint: (RGB(0xE6C8F6), RGB(0x7B2C9E), "百分点")
        case .duration: (RGB(0xF8C6DC), RGB(0xA8245F), "时长")
        case .age: (RGB(0xF6D5C6), RGB(0x8C4A2F), "年龄")
        case .length: (RGB(0xD3E7A6), RGB(0x557A00), "长度")
        case .weight: (RGB(0xDDD6C8), RGB(0x6B5B3E), "重量")
        case .volume: (RGB(0xBFD8F8), RGB(0x1F5FAD), "体积")
        case .energy: (RGB(0xF3E9A6), RGB(0x7A6A00), "能量")
        case .power: (RGB(0xF7C0C0), RGB(0xA32626), "功率")
        case .multiple: (RGB(0xC8EBD9), RGB(0x1E7A52), "倍数")
        case .temperature: (RGB(0xF2CDAE), RGB(0x9C5414), "温度")
        case .date: (RGB(0xE2E2E2), RGB(0x555555), "日期")
        case .number: (RGB(0xF0F0F0), RGB(0x767676), "数字")
        case .ordinal: (RGB(0xEAEAF0), RGB(0x6A6A80), "序数")
        }
    }
}

/// A colour as 8-bit sRGB, with the WCAG 2 contrast ratio.
public struct RGB: Sendable, Hashable, CustomStringConvertible {
    public var red: UInt8, green: UInt8, blue: UInt8

    /// From `0xRRGGBB`.
    public init(_ hex: UInt32) {
        red = UInt8((hex >> 16) & 0xFF)
        green = UInt8((hex >> 8) & 0xFF)
        blue = UInt8(hex & 0xFF)
    }

    /// `#rrggbb`.
    public var description: String {
        let digits = Array("0123456789abcdef")
        var out = "#"
        for byte in [red, green, blue] {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0xF)])
        }
        return out
    }

    /// WCAG 2 relative luminance.
    public var luminance: Double {
        func channel(_ value: UInt8) -> Double {
            let c = Double(value) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
    }

    /// WCAG 2 contrast ratio with `other`, from 1 to 21.
    public func contrast(with other: RGB) -> Double {
        let (a, b) = (luminance, other.luminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }
}

