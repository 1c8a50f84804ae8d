/// The tables of the SQLite fact store, as `CREATE` statements.
///
/// `facts` has every CSV column (``FactOutput/FactColumn``) under the same
/// name, typed: offsets and line are `INTEGER`; `value` and `value_max` are
/// `TEXT` holding the exact plain decimal, with `REAL` twins `value_num` and
/// `value_max_num` for numeric comparison and sorting. `sentence_index` and
/// `rule` are kept too. See `README-section.md` for the full description.
public enum FactStoreSchema {
    /// Stored in `PRAGMA user_version`; an appended store must carry it.
    public static let version = 1

    /// The statements that create an empty store, in order.
    public static let statements: [String] = [
        """
        CREATE TABLE documents (
            id      TEXT PRIMARY KEY NOT NULL,
            path    TEXT,
            bytes   INTEGER NOT NULL,
            date    TEXT,
            status  TEXT NOT NULL CHECK (status IN ('ok', 'error', 'skipped')),
            message TEXT,
            meta    TEXT
        )
        """,
        """
        CREATE TABLE facts (
            id             INTEGER PRIMARY KEY,
            doc            TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start          INTEGER NOT NULL,
            end            INTEGER NOT NULL,
            byte_start     INTEGER NOT NULL,
            byte_end       INTEGER NOT NULL,
            line           INTEGER NOT NULL,
            text           TEXT NOT NULL,
            kind           TEXT NOT NULL,
            value          TEXT,
            value_max      TEXT,
            value_num      REAL,
            value_max_num  REAL,
            unit           TEXT,
            unit_text      TEXT,
            approx         TEXT NOT NULL,
            time           TEXT,
            time_text      TEXT,
            metric         TEXT,
            modality       TEXT NOT NULL,
            sentence       TEXT NOT NULL,
            sentence_index INTEGER NOT NULL,
            rule           TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE findings (
            id       INTEGER PRIMARY KEY,
            finding  INTEGER NOT NULL,
            rule     TEXT NOT NULL,
            severity TEXT NOT NULL,
            message  TEXT NOT NULL,
            doc      TEXT,
            start    INTEGER,
            end      INTEGER
        )
        """,
        "CREATE INDEX facts_doc ON facts(doc, start)",
        "CREATE INDEX facts_metric ON facts(metric)",
        "CREATE INDEX facts_time ON facts(time)",
        "CREATE INDEX facts_kind ON facts(kind)",
        "CREATE INDEX findings_doc ON findings(doc, start)",
    ]
}
