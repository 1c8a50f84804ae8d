/// One field of a CSV record as it was written.
struct CSVField: Equatable {
    var text: String
    /// Whether the field was enclosed in quotes (`""` is an empty string, an
    /// empty unquoted field is nil).
    var quoted: Bool
}

/// One CSV record and the 1-based line it starts on.
struct CSVRecord {
    var line: Int
    var fields: [CSVField]
}

/// RFC 4180 parsing over UTF-8 bytes.
///
/// Accepts CRLF, LF or a lone CR as record terminator, a missing final
/// terminator, and a leading UTF-8 BOM. Quoted fields may hold `,`, CR, LF
/// and doubled quotes. A quote inside an unquoted field, text after a closing
/// quote and an unterminated quoted field are errors. Empty lines (one empty
/// unquoted field) are skipped.
enum CSVParser {
    struct Failure: Error {
        var line: Int
        var message: String
    }

    static func records(in bytes: [UInt8]) throws(Failure) -> [CSVRecord] {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var records: [CSVRecord] = []
        var index = 0
        let count = bytes.count
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        var line = 1
        var fields: [CSVField] = []
        var recordLine = 1
        var field: [UInt8] = []

        /// Consumes a record terminator at `index` if there is one.
        func atTerminator(_ i: Int) -> Bool { bytes[i] == cr || bytes[i] == lf }

        while index < count {
            // Start of a field.
            field.removeAll(keepingCapacity: true)
            var quoted = false
            if bytes[index] == quote {
                quoted = true
                let startLine = line
                index += 1
                var closed = false
                while index < count {
                    let byte = bytes[index]
                    if byte == quote {
                        if index + 1 < count, bytes[index + 1] == quote {
                            field.append(quote)
                            index += 2
                            continue
                        }
                        index += 1
                        closed = true
                        break
                    }
                    if byte == lf || (byte == cr && !(index + 1 < count && bytes[index + 1] == lf)) { line += 1 }
                    field.append(byte)
                    index += 1
                }
                if !closed { throw Failure(line: startLine, message: "unterminated quoted field") }
                if index < count, bytes[index] != comma, !atTerminator(index) {
                    throw Failure(line: line, message: "unexpected character after a closing quote")
                }
            } else {
                while index < count, bytes[index] != comma, !atTerminator(index) {
                    if bytes[index] == quote {
                        throw Failure(line: line, message: "quote inside an unquoted field")
                    }
                    field.append(bytes[index])
                    index += 1
                }
            }
            fields.append(CSVField(text: String(decoding: field, as: UTF8.self), quoted: quoted))
            // After a field: a comma, a terminator or the end.
            if index < count, bytes[index] == comma {
                index += 1
                if index == count {
                    fields.append(CSVField(text: "", quoted: false))
                }
                continue
            }
            if index < count {
                if bytes[index] == cr, index + 1 < count, bytes[index + 1] == lf { index += 2 } else { index += 1 }
            }
            if !(fields.count == 1 && fields[0] == CSVField(text: "", quoted: false)) {
                records.append(CSVRecord(line: recordLine, fields: fields))
            }
            fields.removeAll(keepingCapacity: true)
            line += 1
            recordLine = line
        }
        if !fields.isEmpty { records.append(CSVRecord(line: recordLine, fields: fields)) }
        return records
    }
}
