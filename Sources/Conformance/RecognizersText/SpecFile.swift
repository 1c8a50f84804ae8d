/// One Recognizers-Text Chinese spec file and the layer of zhfacts it exercises.
///
/// ```swift
/// let file = SpecFile(path: "Specs/Number/Chinese/NumberModel.json")
/// file?.layer   // .number
/// file?.shape   // .model (inclusive End)
/// ```
public struct SpecFile: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Path relative to the recognizers-text folder, as `scope.jsonl` writes it.
    public let path: String
    public let layer: SpecLayer
    public let shape: SpecShape

    /// Nil for a file this runner does not know.
    public init?(path: String) {
        let name = String(path.split(separator: "/").last ?? "").replacingOccurrences(of: ".json", with: "")
        let shape: SpecShape
        let stem: String
        if name.hasSuffix("Model") { shape = .model; stem = String(name.dropLast("Model".count)) }
        else if name.hasSuffix("Extractor") { shape = .extractor; stem = String(name.dropLast("Extractor".count)) }
        else if name.hasSuffix("Parser") { shape = .parser; stem = String(name.dropLast("Parser".count)) }
        else { return nil }
        guard let layer = SpecLayer(rawValue: stem) else { return nil }
        self.path = path
        self.layer = layer
        self.shape = shape
    }

    /// The file name without folder and extension (`NumberModel`), the name of its test.
    public var name: String {
        String(path.split(separator: "/").last ?? "").replacingOccurrences(of: ".json", with: "")
    }

    /// Pass rate that issue 3 demands over the in-scope cases, or nil when it sets none.
    public var target: Double? { layer.target }

    public var description: String { name }

    public static func < (lhs: SpecFile, rhs: SpecFile) -> Bool { lhs.path < rhs.path }
}

/// The three result shapes of the spec files.
public enum SpecShape: String, Sendable {
    /// `*Model.json`: `{Text, TypeName, Resolution, Start, End}`, End inclusive.
    case model
    /// `*Extractor.json`: `{Text, Type, Start, Length}`.
    case extractor
    /// `*Parser.json`: the extractor shape plus `Value {Timex, FutureResolution, PastResolution}`.
    case parser
}

/// What a spec file measures; the raw value is the file-name stem.
public enum SpecLayer: String, Sendable, CaseIterable {
    case number = "Number"
    case percent = "Percent"
    case numberRange = "NumberRange"
    case ordinal = "Ordinal"
    case currency = "Currency"
    case dimension = "Dimension"
    case age = "Age"
    case temperature = "Temperature"
    case dateTime = "DateTime"
    case date = "Date"
    case datePeriod = "DatePeriod"
    case duration = "Duration"

    /// Issue 3: Number, Percent, NumberRange, Currency, Dimension, Age, Duration ≥ 97 %;
    /// Date, DatePeriod, DateTime ≥ 90 %. Temperature and Ordinal have no target.
    public var target: Double? {
        switch self {
        case .number, .percent, .numberRange, .currency, .dimension, .age, .duration: return 0.97
        case .date, .datePeriod, .dateTime: return 0.90
        case .temperature, .ordinal: return nil
        }
    }

    /// Whether the extractor runs with `allNumbers: true` (bare numerals as rows of kind `number`).
    var needsAllNumbers: Bool {
        switch self {
        case .number, .percent, .numberRange, .ordinal: return true
        default: return false
        }
    }
}
