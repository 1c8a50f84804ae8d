import FactCore

/// The raw values of the fact enums (`money`, `at_least`, `forecast`)
/// written as the bytes of `InlineArray` literals, one `switch` case each:
/// the compiler turns them into immediate stores. Going through `rawValue`
/// costs a call for the string's `Span` and a copy loop, ~120 instructions a
/// value, three values a row; this is ~25. The switches are exhaustive, so a
/// new case does not compile until it is spelled here, and a test checks
/// every case against its `rawValue`.
extension OutputSpan where Element == UInt8 {
    /// `kind`'s raw value, unquoted (`percentage_point`, at most 16 bytes).
    mutating func append(_ kind: FactKind) {
        switch kind {
        case .money:           append([0x6D, 0x6F, 0x6E, 0x65, 0x79] as InlineArray<5, UInt8>)  // money
        case .price:           append([0x70, 0x72, 0x69, 0x63, 0x65] as InlineArray<5, UInt8>)  // price
        case .count:           append([0x63, 0x6F, 0x75, 0x6E, 0x74] as InlineArray<5, UInt8>)  // count
        case .area:            append([0x61, 0x72, 0x65, 0x61] as InlineArray<4, UInt8>)  // area
        case .percent:         append([0x70, 0x65, 0x72, 0x63, 0x65, 0x6E, 0x74] as InlineArray<7, UInt8>)  // percent
        case .percentagePoint: append([0x70, 0x65, 0x72, 0x63, 0x65, 0x6E, 0x74, 0x61, 0x67, 0x65, 0x5F, 0x70, 0x6F, 0x69, 0x6E, 0x74] as InlineArray<16, UInt8>)  // percentage_point
        case .duration:        append([0x64, 0x75, 0x72, 0x61, 0x74, 0x69, 0x6F, 0x6E] as InlineArray<8, UInt8>)  // duration
        case .age:             append([0x61, 0x67, 0x65] as InlineArray<3, UInt8>)  // age
        case .length:          append([0x6C, 0x65, 0x6E, 0x67, 0x74, 0x68] as InlineArray<6, UInt8>)  // length
        case .weight:          append([0x77, 0x65, 0x69, 0x67, 0x68, 0x74] as InlineArray<6, UInt8>)  // weight
        case .volume:          append([0x76, 0x6F, 0x6C, 0x75, 0x6D, 0x65] as InlineArray<6, UInt8>)  // volume
        case .energy:          append([0x65, 0x6E, 0x65, 0x72, 0x67, 0x79] as InlineArray<6, UInt8>)  // energy
        case .power:           append([0x70, 0x6F, 0x77, 0x65, 0x72] as InlineArray<5, UInt8>)  // power
        case .multiple:        append([0x6D, 0x75, 0x6C, 0x74, 0x69, 0x70, 0x6C, 0x65] as InlineArray<8, UInt8>)  // multiple
        case .temperature:     append([0x74, 0x65, 0x6D, 0x70, 0x65, 0x72, 0x61, 0x74, 0x75, 0x72, 0x65] as InlineArray<11, UInt8>)  // temperature
        case .date:            append([0x64, 0x61, 0x74, 0x65] as InlineArray<4, UInt8>)  // date
        case .number:          append([0x6E, 0x75, 0x6D, 0x62, 0x65, 0x72] as InlineArray<6, UInt8>)  // number
        case .ordinal:         append([0x6F, 0x72, 0x64, 0x69, 0x6E, 0x61, 0x6C] as InlineArray<7, UInt8>)  // ordinal
        }
    }

    /// `approx`'s raw value, unquoted (`at_least`, at most 8 bytes).
    mutating func append(_ approximation: Approximation) {
        switch approximation {
        case .exact:   append([0x65, 0x78, 0x61, 0x63, 0x74] as InlineArray<5, UInt8>)  // exact
        case .about:   append([0x61, 0x62, 0x6F, 0x75, 0x74] as InlineArray<5, UInt8>)  // about
        case .nearly:  append([0x6E, 0x65, 0x61, 0x72, 0x6C, 0x79] as InlineArray<6, UInt8>)  // nearly
        case .over:    append([0x6F, 0x76, 0x65, 0x72] as InlineArray<4, UInt8>)  // over
        case .under:   append([0x75, 0x6E, 0x64, 0x65, 0x72] as InlineArray<5, UInt8>)  // under
        case .atLeast: append([0x61, 0x74, 0x5F, 0x6C, 0x65, 0x61, 0x73, 0x74] as InlineArray<8, UInt8>)  // at_least
        case .atMost:  append([0x61, 0x74, 0x5F, 0x6D, 0x6F, 0x73, 0x74] as InlineArray<7, UInt8>)  // at_most
        case .range:   append([0x72, 0x61, 0x6E, 0x67, 0x65] as InlineArray<5, UInt8>)  // range
        case .vague:   append([0x76, 0x61, 0x67, 0x75, 0x65] as InlineArray<5, UInt8>)  // vague
        }
    }

    /// `modality`'s raw value, unquoted (`forecast`, at most 8 bytes).
    mutating func append(_ modality: Modality) {
        switch modality {
        case .actual:   append([0x61, 0x63, 0x74, 0x75, 0x61, 0x6C] as InlineArray<6, UInt8>)  // actual
        case .forecast: append([0x66, 0x6F, 0x72, 0x65, 0x63, 0x61, 0x73, 0x74] as InlineArray<8, UInt8>)  // forecast
        }
    }
}

/// Sizes of the fact enums' raw values, for reserving a row's capacity.
enum FactEnumLiterals {
    /// The longest raw values of `kind`, `approx` and `modality` together.
    static let maximumCount = longest(FactKind.self) + longest(Approximation.self) + longest(Modality.self)

    private static func longest<T: RawRepresentable & CaseIterable>(_ type: T.Type) -> Int where T.RawValue == String {
        T.allCases.map(\.rawValue.utf8.count).max() ?? 0
    }
}
