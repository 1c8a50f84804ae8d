import FactCore

/// Groups comparable figures for the conflict rules: same metric key, unit
/// (with kind and count class) and modality; levels only.
struct ConflictKey: Hashable {
    var metric: String
    var unit: String
    var modality: String

    /// nil for facts that are not compared: no metric or time, a rate, a
    /// share of something (占全省的45%: of what differs), or a kind of
    /// ``Thresholds/uncomparedKinds`` (ages of different people).
    init?(_ fact: AnalyzedFact, _ thresholds: Thresholds) {
        guard fact.isLevel, let metric = fact.metricKey, fact.fact.time != nil, fact.shareCue == nil,
              !thresholds.uncomparedKinds.contains(fact.fact.kind) else { return nil }
        self.metric = metric
        self.unit = fact.unitKey
        self.modality = fact.fact.modality.rawValue
    }

    /// The key with the time, as one string.
    func string(time: String) -> String {
        "\(metric)\u{1F}\(unit)\u{1F}\(modality)\u{1F}\(time)"
    }
}

extension AnalyzedFact {
    /// Whether the two values cannot be the same figure (within rounding).
    func disagrees(with other: AnalyzedFact) -> Bool {
        guard let a = bounds, let b = other.bounds else { return false }
        return !a.overlaps(b)
    }
}

extension DocumentAnalysis {
    /// The metric of the whole that `index` is a part of ("" for no part):
    /// 一般债券 of 新增债券 and 一般债券 of 再融资债券 are different figures.
    func partContext(of index: Int) -> String {
        guard let relation = relation(withPart: index) else { return "" }
        return facts[relation.whole].metricKey ?? facts[relation.whole].fact.text
    }

    /// Whether two figures of one conflict group may be compared: not in one
    /// sentence (where equal metrics are lists: 分别为3.2%、3.3%), not a whole
    /// and its part, and parts of wholes of the same metric (or neither a part).
    func mayConflict(_ a: Int, _ b: Int) -> Bool {
        facts[a].sentence != facts[b].sentence && !arePartAndWhole(a, b) && partContext(of: a) == partContext(of: b)
    }
}
