import FactCore
import FactOutput
import FactStore
import Validation

/// The SQLite fact store, with each document's validation findings stored
/// beside its facts (the `findings` table).
struct ValidatingStoreSink: FactSink {
    let store: SQLiteFactSink
    let validator: Validator

    mutating func add(_ record: DocumentRecord, facts: [Fact]) throws {
        try store.add(record, facts: facts)
        guard !facts.isEmpty else { return }
        let findings = validator.validate(document: facts).map(StoredFinding.init)
        try store.addFindings(findings)
    }

    mutating func finish() throws {
        try store.finish()
    }
}
