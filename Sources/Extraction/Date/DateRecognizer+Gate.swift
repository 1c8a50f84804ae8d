import Numerals

extension DateRecognizer {
    /// Whether the numeral run reaching `position` can end a date there:
    /// `年` `月` `日` `号`, and the units of `3天前`, `5个月后`, `一季度`,
    /// `二十世纪`, `上旬` only with what completes them.
    @inline(__always) private func endsNumeralDate(at position: Int) -> Bool? {
        switch text[position] {
        case "年", "月", "日", "号", "號", "旬", "周", "週": return true
        case "个", "個": return text.at(position + 1) == "月"
        case "天": return text.at(position + 1).map { $0 == "前" || $0 == "后" || $0 == "後" } ?? false
        case "季": return text.at(position + 1) == "度"
        case "世": return text.at(position + 1) == "纪" || text.at(position + 1) == "紀"
        default: return nil
        }
    }

    /// A cheap test of whether any date form can start at `index`: most
    /// numerals in news (`一个`, `3家`) and most first characters of date
    /// words (`上`, `年`, `当`) start no date, and the full matchers cost
    /// thousands of instructions a position.
    ///
    /// True when a date word of the lexicons starts at `index` (`一季度`,
    /// `十四五`, `上半年`, `同年`, `上世纪`), or, at a digit or numeral character,
    /// when a year of four digits is followed by a separator or range joiner
    /// (`2015.5.13`, `2022/23年度`, `2016到2018`) or the run of digits, numeral characters
    /// and range joiners from `index` reaches a date marker (`2012至2015年`,
    /// `1-11月`, `30日`, `3个月前`).
    func dateMayStart(at index: Int) -> Bool {
        let scalars = text.scalars
        let first = scalars[index]
        @inline(__always) func starts<Value>(_ trie: ScalarTrie<Value>) -> Bool {
            trie.mayStart(with: first) && trie.longestMatch(in: scalars, at: index) != nil
        }
        // One bitmap of every date word's first character rejects most positions at once.
        if lexicons.dateWordStarts.contains(first) {
            if starts(lexicons.periods) || starts(lexicons.yearParts) || starts(lexicons.monthNames)
                || starts(lexicons.relativeYears) || starts(lexicons.relativeMonths) || starts(lexicons.deictic)
                || starts(lexicons.relativeCenturies) || starts(lexicons.holidayReferences)
                || starts(lexicons.reportPeriods) { return true }
            // 前8个月: a count of months after a month-count word.
            if lexicons.monthCounts.mayStart(with: first), countedMonths(at: index, DatePoint()) != nil { return true }
        }
        guard first.isASCIIDigit || NumeralScalarSet.contains(first) else { return false }
        var position = index
        var digits = 0
        while position < scalars.count, position - index < 32 {
            let scalar = scalars[position]
            if let ends = endsNumeralDate(at: position) { return ends && position > index }
            if scalar.isASCIIDigit {
                digits += 1
            } else {
                // 2015.5.13, 2022/23年度, 2010 01 29, 2016到2018: a year of four digits and a separator or joiner.
                if digits == 4, scalar == "-" || scalar == "." || scalar == "/" || scalar == " "
                    || lexicons.rangeJoiners.mayStart(with: scalar) { return true }
                digits = 0
                guard NumeralScalarSet.contains(scalar) || lexicons.rangeJoiners.mayStart(with: scalar) || scalar == " " else { return false }
            }
            position += 1
        }
        return false
    }
}
