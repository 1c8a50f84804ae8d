import FactCore

/// One in-scope case of a spec file, with its offsets already converted to
/// half-open code-point ranges.
///
/// Model files write an inclusive `End` (`29日` is Start 0, End 2); the loader
/// turns it into `0..<3`. Extractor and parser files write `Start`/`Length`.
/// No input of these files leaves the BMP, so their UTF-16 offsets are code points.
public struct SpecCase: Sendable, Identifiable, CustomStringConvertible {
    public let file: SpecFile
    /// 0-based position in the file's JSON array (as in `scope.jsonl`).
    public let index: Int
    public let input: String
    /// `Context.ReferenceDateTime` as a date (time of day dropped).
    public let referenceDate: CalendarDate?
    public let results: [SpecResult]
    /// `IgnoreResolution: true`: compare spans only.
    public let ignoreResolution: Bool
    /// The scope tag of `scope.jsonl` (`integer`, `date-no-year`, …).
    public let scopeReason: String

    public var id: String { "\(file.path)#\(index)" }

    public var description: String { "\(file.name)#\(index) \(input)" }
}

/// One expected result.
public struct SpecResult: Sendable {
    /// Their text (after .NET's length-preserving fold; not always a substring of the input).
    public let text: String
    /// `TypeName` (model files) or `Type` (extractor and parser files).
    public let type: String
    /// Half-open code-point range in the input.
    public let range: Range<Int>
    public let resolution: SpecResolution
}

/// The resolved value of a result, as the spec writes it (strings throughout).
public enum SpecResolution: Sendable {
    /// Extractor files: spans only.
    case none
    /// Number, Percent, NumberRange, Ordinal models: `value` (`"45%"`, `"[20,100)"`).
    case value(String?)
    /// Currency, Dimension, Age, Temperature models: `value`, `unit`, `isoCurrency`.
    case unit(value: String?, unit: String?, isoCurrency: String?)
    /// DateTimeModel: `Resolution.values`, each a string dictionary (`timex`, `type`, `value` or `start`/`end`, `Mod`).
    case dateTimeValues([[String: String]])
    /// Parser files: `Value.Timex` with future and past resolutions (`date`, `startDate`/`endDate`, `duration`).
    case parsed(timex: String?, future: [String: String], past: [String: String])
}
