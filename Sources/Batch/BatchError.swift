/// Why a batch could not run or had to stop (as opposed to one document
/// failing, which is recorded in the ledger and the batch goes on).
public enum BatchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An output file could not be created or written.
    case cannotWrite(path: String, reason: String)
    /// The ledger given to `--resume` could not be read.
    case unreadableLedger(path: String, reason: String)
    /// The options contradict each other or name something that does not exist.
    case usage(String)
    /// A worker could not open its extractor (ICU or lexicon failure).
    case extractorUnavailable(String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): return "\(path): cannot write (\(reason))"
        case .unreadableLedger(let path, let reason): return "\(path): cannot resume from this ledger (\(reason))"
        case .usage(let message): return message
        case .extractorUnavailable(let reason): return "cannot start an extractor: \(reason)"
        }
    }
}
