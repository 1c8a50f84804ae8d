/// What a fact measures, as in the guidelines' `kind` field.
public enum FactKind: String, Sendable, CaseIterable, Codable {
    case money, price, count, area, percent
    case percentagePoint = "percentage_point"
    case duration, age, length, weight, volume, energy, power, multiple, temperature
    case date
    /// A numeral that is not part of a fact (`extract --all-numbers`).
    case number
    /// An ordinal (第一届); neither credited nor counted by scoring.
    case ordinal
}

/// How the text qualifies a value (`approx` field).
public enum Approximation: String, Sendable, CaseIterable, Codable {
    case exact, about, nearly, over, under
    case atLeast = "at_least"
    case atMost = "at_most"
    case range, vague
}

/// Whether a figure is stated as fact or as expectation (`modality` field).
public enum Modality: String, Sendable, CaseIterable, Codable {
    case actual, forecast
}
