import Segmentation

/// Why a document could not be processed. Every case names the document.
public enum ExtractionError: Error, Sendable, CustomStringConvertible {
    /// ICU failed while segmenting the document.
    case segmentation(document: String, status: ICUStatus)

    public var document: String {
        switch self {
        case .segmentation(let document, _): return document
        }
    }

    public var description: String {
        switch self {
        case .segmentation(let document, let status):
            return "\(document): ICU segmentation failed: \(status)"
        }
    }
}
