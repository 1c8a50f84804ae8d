import Validation

/// A validation finding to show on a review page. The page marks each cited
/// span of the document it shows (a span equal to a fact's flags that fact;
/// any other span gets a mark of its own) and lists the finding under the
/// document with links to the spans. Spans of other documents are listed as
/// text. `error`, `warning` and `info` have their own colours; any other
/// severity is shown like `info`.
public typealias ReviewFinding = FindingRecord

extension FindingRecord {
    /// The CSS class of the severity: `sev-error`, `sev-warning` or `sev-info`.
    var severityClass: String {
        switch severity.lowercased() {
        case "error", "fatal", "critical": "sev-error"
        case "warning", "warn": "sev-warning"
        default: "sev-info"
        }
    }
}
