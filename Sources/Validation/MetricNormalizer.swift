/// Turns a metric phrase into the key by which metrics are compared.
///
/// Two figures measure the same thing when their keys are identical. The key
/// is the metric with white space, punctuation and symbols removed, Latin
/// letters lowercased, then the words of [metric-prefix] stripped from its
/// start and those of [metric-suffix] from its end (repeatedly, longest
/// first, while at least ``minimumLength`` characters remain):
/// `企业数`, `企业总数` and `累计企业` all become `企业`; `市出口额由` becomes `出口额`.
///
/// Containment is deliberately not a match: `涉云企业` contains `企业` but
/// is a part of it (the seed article's 788 of 1061), not the same metric.
/// A key shorter than ``minimumLength`` is nil: too vague to compare.
public struct MetricNormalizer: Sendable {
    public let prefixes: [String]
    public let suffixes: [String]
    public let minimumLength: Int

    public init(prefixes: [String], suffixes: [String], minimumLength: Int) {
        self.prefixes = prefixes.sorted { $0.count > $1.count }
        self.suffixes = suffixes.sorted { $0.count > $1.count }
        self.minimumLength = max(1, minimumLength)
    }

    public init(cues: ValidationCues, thresholds: Thresholds) {
        self.init(prefixes: cues.metricPrefixes, suffixes: cues.metricSuffixes,
                  minimumLength: thresholds.minimumMetricLength)
    }

    /// The comparison key of `metric`, or nil when it is missing or too short.
    public func key(_ metric: String?) -> String? {
        guard let metric else { return nil }
        var scalars = String.UnicodeScalarView()
        for scalar in metric.unicodeScalars {
            let properties = scalar.properties
            if properties.isWhitespace { continue }
            switch properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                 .initialPunctuation, .finalPunctuation, .otherPunctuation,
                 .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol, .control, .format:
                continue
            default:
                if scalar.isASCII, let lower = String(scalar).lowercased().unicodeScalars.first {
                    scalars.append(lower)
                } else {
                    scalars.append(scalar)
                }
            }
        }
        var text = String(scalars)
        var changed = true
        while changed {
            changed = false
            for prefix in prefixes where text.hasPrefix(prefix) && text.count - prefix.count >= minimumLength {
                text.removeFirst(prefix.count)
                changed = true
                break
            }
        }
        changed = true
        while changed {
            changed = false
            for suffix in suffixes where text.hasSuffix(suffix) && text.count - suffix.count >= minimumLength {
                text.removeLast(suffix.count)
                changed = true
                break
            }
        }
        return text.count >= minimumLength ? text : nil
    }
}
