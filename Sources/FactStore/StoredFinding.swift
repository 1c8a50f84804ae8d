import Validation

/// A validation finding as the fact store records it. The store writes one
/// `findings` row per cited span (all rows of one finding share its
/// `finding` number), or one row with null `doc`, `start` and `end` when the
/// finding cites no span.
public typealias StoredFinding = FindingRecord
