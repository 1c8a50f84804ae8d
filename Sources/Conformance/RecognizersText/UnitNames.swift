/// Recognizers-Text unit names → the unit codes of `../shared/gold/GUIDELINES.md`.
///
/// Names the guidelines have no code for map to a code the extractor never
/// emits (`kbit`, `MB`, `Hz`, …), so those cases fail; they are listed in
/// `Conformance/expected-failures.tsv` with the reason.
public enum UnitNames {
    /// Currency: `isoCurrency` when given, else the English name; `$` (their `Dollar`) is USD.
    public static func currencyCode(unit: String?, isoCurrency: String?) -> String? {
        if let isoCurrency, !isoCurrency.isEmpty { return isoCurrency }
        switch unit {
        case "Chinese yuan": return "CNY"
        case "United States dollar", "Dollar": return "USD"
        case "Euro": return "EUR"
        case "Japanese yen": return "JPY"
        case "Hong Kong dollar": return "HKD"
        case "New Taiwan dollar": return "TWD"
        case "Swiss franc": return "CHF"
        case "Nigerian naira": return "NGN"
        case "Bitcoin": return "BTC"
        default: return nil
        }
    }

    /// DimensionModel units, in the unit as written (no conversion on either side).
    public static let dimension: [String: String] = [
        "Mu": "mu", "Kilogram": "kg", "Gram": "g", "Microgram": "ug", "Jin": "jin", "Liang": "liang",
        "Ton": "t", "Meter": "m", "Centimeter": "cm", "Kilometer": "km",
        "Bit": "bit", "Kilobit": "kbit", "Kilobyte": "KB", "Megabyte": "MB",
        "Hertz": "Hz", "Megahertz": "MHz", "Kilowatt": "kW", "Kilocalorie": "kcal",
    ]

    /// AgeModel units: 岁/周岁 are `Year`; …个月大, …周大, …天大 are months, weeks, days of age.
    public static let age: [String: String] = ["Year": "year", "Month": "month", "Week": "week", "Day": "day"]

    /// TemperatureModel units. A bare 度 (`Degree`) is read as Celsius, as Chinese news uses it.
    public static let temperature: [String: String] = ["C": "C", "F": "F", "Degree": "C"]

    /// Seconds per duration unit, as the DateTime specs count them (a year is 365 days, a month 30).
    public static let durationSeconds: [String: Double] = [
        "year": 31_536_000, "month": 2_592_000, "week": 604_800, "day": 86_400,
        "hour": 3_600, "minute": 60, "second": 1,
    ]
}
