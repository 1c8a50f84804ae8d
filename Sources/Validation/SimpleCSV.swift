/// Minimal RFC 4180 reading for the reference table: quoted fields with
/// doubled quotes, CRLF or LF, a leading BOM; lines starting with `#`
/// (outside quotes) and blank lines are skipped.
enum SimpleCSV {
    struct Record {
        var line: Int
        var fields: [String]
    }

    struct Failure: Error {
        var line: Int
        var message: String
    }

    static func records(_ text: String) throws(Failure) -> [Record] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1, recordLine = 1
        var index = 0
        var atRecordStart = true
        func endRecord() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            let blank = fields.count == 1 && fields[0].allSatisfy { $0 == " " || $0 == "\t" }
            if !blank { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if atRecordStart, scalar == "#" {
                while index < scalars.count, scalars[index] != "\n" { index += 1 }
                index += 1
                line += 1
                recordLine = line
                continue
            }
            atRecordStart = false
            if scalar == "\"", field.isEmpty {
                let start = line
                index += 1
                var closed = false
                while index < scalars.count {
                    if scalars[index] == "\"" {
                        if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                            field.append("\"")
                            index += 2
                            continue
                        }
                        closed = true
                        index += 1
                        break
                    }
                    if scalars[index] == "\n" { line += 1 }
                    field.append(scalars[index])
                    index += 1
                }
                if !closed { throw Failure(line: start, message: "unterminated quoted field") }
                if index < scalars.count, scalars[index] != ",", scalars[index] != "\r", scalars[index] != "\n" {
                    throw Failure(line: line, message: "unexpected character after a closing quote")
                }
                continue
            }
            switch scalar {
            case ",":
                fields.append(String(field))
                field = String.UnicodeScalarView()
            case "\r" where index + 1 < scalars.count && scalars[index + 1] == "\n":
                break
            case "\r", "\n":
                endRecord()
                line += 1
                recordLine = line
                atRecordStart = true
            default:
                field.append(scalar)
            }
            index += 1
        }
        if !atRecordStart || !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}
