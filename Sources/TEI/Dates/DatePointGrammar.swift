/// Reads one calendar point (a year, a month of a year, a day) starting at a token; the building
/// block of the point, weekday and range rules.
///
/// Forms, where `Month` is a month name or abbreviation ("Dec." included):
/// - `YYYY`; ISO `YYYY-MM-DD` and `YYYY-MM`
/// - `D[st|nd|rd|th] [of] Month [,] YYYY`
/// - `Month D[st|nd|rd|th] [,] YYYY`
/// - `Month [,] [of] YYYY`
///
/// With `allowPartial`, forms lacking the year are read too (`D`, `D Month`, `Month D`, `Month`):
/// a range completes them from its other end. Calendar validity is not checked here; the caller
/// decides what an invalid date means.
enum DatePointGrammar {
    /// The longest point starting at token `i`, and the index just past it.
    static func parse(_ t: DateTokenView, at i: Int, allowPartial: Bool) -> (end: Int, date: PartialDate)? {
        let first = t[i]
        if first.kind == .number {
            if let year = t.year(i) { return yearFirst(t, at: i, year: year) }
            if let day = t.day(i) { return dayFirst(t, at: i, day: day, allowPartial: allowPartial) }
            return nil
        }
        if let (month, next) = t.month(i) {
            return monthFirst(t, month: month, next: next, allowPartial: allowPartial)
        }
        return nil
    }

    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (ISO: hyphens, two-digit month and day, all glued).
    private static func yearFirst(_ t: DateTokenView, at i: Int, year: Int) -> (end: Int, date: PartialDate) {
        if isoSeparator(t, i + 1), t[i + 2].isNumber(digits: 2), (1...12).contains(t[i + 2].value) {
            let month = Int(t[i + 2].value)
            if isoSeparator(t, i + 3), t[i + 4].isNumber(digits: 2), t.glued(i + 4) {
                return (i + 5, PartialDate(year: year, month: month, day: Int(t[i + 4].value)))
            }
            return (i + 3, PartialDate(year: year, month: month))
        }
        return (i + 1, PartialDate(year: year))
    }

    /// A hyphen at `i`, glued on both sides.
    private static func isoSeparator(_ t: DateTokenView, _ i: Int) -> Bool {
        t[i].isSymbol(.hyphen) && t.glued(i) && t.glued(i + 1)
    }

    /// The index past an ordinal suffix glued to the number before `i`, `i` if there is none, or
    /// `nil` if other letters are glued there ("3km").
    private static func afterOrdinal(_ t: DateTokenView, _ i: Int) -> Int? {
        guard t.glued(i), t[i].kind == .word else { return i }
        return t[i].lexeme == .ordinalSuffix ? i + 1 : nil
    }

    /// `D [of] Month [,] YYYY`, or with `allowPartial` `D Month` and `D`.
    private static func dayFirst(_ t: DateTokenView, at i: Int, day: Int,
                                 allowPartial: Bool) -> (end: Int, date: PartialDate)? {
        guard let k = afterOrdinal(t, i + 1) else { return nil }
        var m = k
        if t.isWord(m, .of) { m += 1 }
        guard let (month, next) = t.month(m) else {
            return allowPartial && m == k ? (k, PartialDate(day: day)) : nil
        }
        var y = next
        if t[y].isSymbol(.comma) { y += 1 }
        if let year = t.year(y) {
            return (y + 1, PartialDate(year: year, month: month, day: day))
        }
        return allowPartial ? (next, PartialDate(month: month, day: day)) : nil
    }

    /// `Month D [,] YYYY`, `Month [,] [of] YYYY`, or with `allowPartial` `Month D` and `Month`.
    private static func monthFirst(_ t: DateTokenView, month: Int, next: Int,
                                   allowPartial: Bool) -> (end: Int, date: PartialDate)? {
        if let day = t.day(next), let d = afterOrdinal(t, next + 1) {
            var y = d
            if t[y].isSymbol(.comma) { y += 1 }
            if let year = t.year(y) {
                return (y + 1, PartialDate(year: year, month: month, day: day))
            }
            if allowPartial { return (d, PartialDate(month: month, day: day)) }
        }
        var y = next
        if t[y].isSymbol(.comma) { y += 1 }
        if t.isWord(y, .of) { y += 1 }
        if let year = t.year(y) {
            return (y + 1, PartialDate(year: year, month: month))
        }
        return allowPartial ? (next, PartialDate(month: month)) : nil
    }
}
