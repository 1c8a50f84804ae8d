import Foundation

/// Known figures to check extracted ones against (`--reference FILE.csv`).
///
/// The file is CSV (RFC 4180, UTF-8) with the header
/// `metric,time,value,unit` and an optional fifth column `tolerance`:
///
/// ```
/// # lines starting with # are comments
/// metric,time,value,unit,tolerance
/// 企业数|企业总数,2019,1916,count,
/// 税收,2017,1000000000,CNY,5%
/// 产业规模,2018,96280000000,CNY,100000000
/// ```
///
/// - `metric`: the metric, and any aliases, separated by `|`. Each is
///   normalised as fact metrics are (``MetricNormalizer``), so `企业数` also
///   matches a fact whose metric is `企业` or `企业总数`.
/// - `time`: ISO 8601 as in the fact `time` column (`2019`, `2019-11`,
///   `2018-12-31`, `2012/2015`); a fact matches only the same period.
/// - `value`: a plain decimal in `unit`, magnitudes applied (`96280000000`).
/// - `unit`: the canonical unit code (`CNY`, `count`, `mu`, `percent`).
/// - `tolerance`: empty (the extracted figure's rounding alone decides), a
///   plain decimal in `unit` (absolute), or `N%` (relative to `value`).
public struct ReferenceTable: Sendable {
    public struct Row: Sendable, Hashable {
        /// The metric and its aliases as written.
        public var metrics: [String]
        public var time: String
        public var period: TimePeriod
        public var value: Decimal
        public var unit: String
        public var tolerance: Tolerance?
        /// 1-based line in the file.
        public var line: Int

        /// The values the row accepts.
        public var bounds: ValueBounds {
            switch tolerance {
            case nil: return ValueBounds(exactly: value)
            case .absolute(let amount): return ValueBounds(value, plusOrMinus: amount)
            case .relative(let fraction): return ValueBounds(value, plusOrMinus: abs(value) * fraction)
            }
        }
    }

    public enum Tolerance: Sendable, Hashable, CustomStringConvertible {
        /// In the row's unit.
        case absolute(Decimal)
        /// A fraction of the row's value (`5%` is 0.05).
        case relative(Decimal)

        public var description: String {
            switch self {
            case .absolute(let amount): return amount.plainString
            case .relative(let fraction): return (fraction * 100).plainString + "%"
            }
        }
    }

    /// The file as named by the caller.
    public let file: String
    public let rows: [Row]

    public init(file: String, rows: [Row]) {
        self.file = file
        self.rows = rows
    }

    /// Reads a reference CSV file.
    public init(contentsOf url: URL) throws(ReferenceTableError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ReferenceTableError(file: url.path, line: 0, message: "cannot read: \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ReferenceTableError(file: url.path, line: 0, message: "not valid UTF-8")
        }
        try self.init(csv: text, file: url.path)
    }

    /// Parses reference CSV text; `file` names it in errors.
    public init(csv text: String, file: String) throws(ReferenceTableError) {
        let records: [SimpleCSV.Record]
        do {
            records = try SimpleCSV.records(text)
        } catch {
            throw ReferenceTableError(file: file, line: error.line, message: error.message)
        }
        guard let header = records.first else {
            throw ReferenceTableError(file: file, line: 0, message: "empty file: no header")
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let required = ["metric", "time", "value", "unit"]
        guard names == required || names == required + ["tolerance"] else {
            throw ReferenceTableError(file: file, line: header.line,
                                      message: "header must be metric,time,value,unit[,tolerance]")
        }
        var rows: [Row] = []
        for record in records.dropFirst() {
            func fail(_ message: String) -> ReferenceTableError {
                ReferenceTableError(file: file, line: record.line, message: message)
            }
            guard record.fields.count == names.count else {
                throw fail("\(record.fields.count) fields, expected \(names.count)")
            }
            let fields = record.fields.map { $0.trimmingCharacters(in: .whitespaces) }
            let metrics = fields[0].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            guard !metrics.isEmpty else { throw fail("empty metric") }
            guard let period = TimePeriod(iso: fields[1]) else { throw fail("time is not ISO 8601: \(fields[1])") }
            guard let value = Self.plainDecimal(fields[2]) else { throw fail("value is not a plain decimal: \(fields[2])") }
            guard !fields[3].isEmpty else { throw fail("empty unit") }
            var tolerance: Tolerance?
            if names.count == 5, !fields[4].isEmpty {
                let cell = fields[4]
                if cell.hasSuffix("%"), let percent = Self.plainDecimal(String(cell.dropLast())), percent >= 0 {
                    tolerance = .relative(percent / 100)
                } else if let amount = Self.plainDecimal(cell), amount >= 0 {
                    tolerance = .absolute(amount)
                } else {
                    throw fail("tolerance is neither a non-negative decimal nor a percent: \(cell)")
                }
            }
            rows.append(Row(metrics: metrics, time: fields[1], period: period, value: value, unit: fields[3],
                            tolerance: tolerance, line: record.line))
        }
        self.init(file: file, rows: rows)
    }

    /// `-?digits(.digits)?`; nil for anything else.
    static func plainDecimal(_ text: String) -> Decimal? {
        var body = Substring(text)
        if body.hasPrefix("-") { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }
}
