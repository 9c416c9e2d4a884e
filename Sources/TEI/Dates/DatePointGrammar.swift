/// Reads one calendar point (a year, a month of a year, a day) starting at a token; the building
/// block of the point, weekday and range rules.
///
/// Forms, where `Month` is a month name or abbreviation ("Dec." included) and `YYYY` a year or,
/// after a month, an apostrophe and two digits ("December ’76"):
/// - `YYYY`; ISO `YYYY-MM-DD` and `YYYY-MM`; `YYYY/MM/DD`
/// - numeric `A/B/YYYY`, `A-B-YYYY`, `A.B.YYYY` and `A/B/YY`, month or day first as the recognizer is
///   set up (a first number above 12 can only be a day)
/// - `D[st|nd|rd|th] [of] Month [,] YYYY`; `second of October, 1965` (an ordinal word needs "of")
/// - `Month D[st|nd|rd|th] [,] YYYY`
/// - `Month [,] [of] YYYY`
/// - `’YY` after a word such as "in" or "since" ("in ’79")
///
/// With `allowPartial`, forms lacking the year are read too (`D`, `D Month`, `Month D`, `Month`):
/// a range completes them from its other end, or the document date. Calendar validity is not
/// checked here; the caller decides what an invalid date means.
enum DatePointGrammar {
    /// The longest point starting at token `i`, and the index just past it.
    static func parse(_ t: DateTokenView, at i: Int, allowPartial: Bool,
                      context: DateRuleContext) -> (end: Int, date: PartialDate)? {
        let first = t[i]
        switch first.kind {
        case .number:
            if let numeric = numeric(t, at: i, context: context) { return numeric }
            if let year = t.year(i) { return yearFirst(t, at: i, year: year) }
            if let day = t.day(i), let k = afterOrdinal(t, i + 1) {
                return dayFirst(t, day: day, next: k, allowPartial: allowPartial, context: context)
            }
            return nil
        case .word:
            if let (month, next) = t.month(i) {
                return monthFirst(t, month: month, next: next, allowPartial: allowPartial, context: context)
            }
            if let (day, next) = t.ordinal(i), first.kind == .word, day <= 31, t.isWord(next, .of) {
                return dayFirst(t, day: day, next: next, allowPartial: allowPartial, context: context)
            }
            return nil
        case .symbol:
            guard first.symbol == .apostrophe else { return nil }
            let before = t[i - 1]
            guard before.kind == .word, before.lexeme.opensApostropheYear,
                  let (year, end) = apostropheYear(t, at: i, context: context) else { return nil }
            return (end, PartialDate(year: year))
        case .end:
            return nil
        }
    }

    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (ISO: hyphens, two-digit month and day, all glued), `YYYY/MM/DD`.
    private static func yearFirst(_ t: DateTokenView, at i: Int, year: Int) -> (end: Int, date: PartialDate) {
        if isoSeparator(t, i + 1), t[i + 2].isNumber(digits: 2), (1...12).contains(t[i + 2].value) {
            let month = Int(t[i + 2].value)
            if isoSeparator(t, i + 3), t[i + 4].isNumber(digits: 2), t.glued(i + 4) {
                return (i + 5, PartialDate(year: year, month: month, day: Int(t[i + 4].value)))
            }
            return (i + 3, PartialDate(year: year, month: month))
        }
        if t[i + 1].isSymbol(.slash), t.glued(i + 1), t.glued(i + 2), t[i + 2].isNumber(digits: 2),
           (1...12).contains(t[i + 2].value), t[i + 3].isSymbol(.slash), t.glued(i + 3), t.glued(i + 4),
           t[i + 4].isNumber(digits: 2), !continuesNumeric(t, i + 5, .slash) {
            return (i + 5, PartialDate(year: year, month: Int(t[i + 2].value), day: Int(t[i + 4].value)))
        }
        return (i + 1, PartialDate(year: year))
    }

    /// A hyphen at `i`, glued on both sides.
    private static func isoSeparator(_ t: DateTokenView, _ i: Int) -> Bool {
        t[i].isSymbol(.hyphen) && t.glued(i) && t.glued(i + 1)
    }

    /// Whether the separator `s` and a number follow, glued, at `i`: "1/2/2019/5" is no date.
    private static func continuesNumeric(_ t: DateTokenView, _ i: Int, _ s: DateSymbol) -> Bool {
        t[i].isSymbol(s) && t.glued(i) && t.glued(i + 1) && t[i + 1].kind == .number
    }

    /// `A/B/YYYY`, `A-B-YYYY`, `A.B.YYYY` or `A/B/YY`: all glued, one separator throughout.
    private static func numeric(_ t: DateTokenView, at i: Int,
                                context: DateRuleContext) -> (end: Int, date: PartialDate)? {
        let a = t[i], separator = t[i + 1]
        guard a.digits <= 2, separator.kind == .symbol, t.glued(i + 1), t.glued(i + 2) else { return nil }
        let s = separator.symbol
        guard s == .slash || s == .hyphen || s == .period else { return nil }
        let b = t[i + 2], c = t[i + 4]
        guard b.kind == .number, b.digits <= 2, t[i + 3].isSymbol(s), t.glued(i + 3), t.glued(i + 4),
              c.kind == .number, !continuesNumeric(t, i + 5, s) else { return nil }
        let year: Int
        if let y = t.year(i + 4) {
            year = y
        } else if c.digits == 2 && s == .slash {
            year = twoDigitYear(Int(c.value), context: context)
        } else {
            return nil
        }
        var (month, day) = context.numericOrder == .monthFirst ? (Int(a.value), Int(b.value))
                                                               : (Int(b.value), Int(a.value))
        if month > 12 && day <= 12 { swap(&month, &day) }
        return (i + 5, PartialDate(year: year, month: month, day: day))
    }

    /// The index past an ordinal suffix glued to the number before `i`, `i` if there is none, or
    /// `nil` if other letters are glued there ("3km").
    static func afterOrdinal(_ t: DateTokenView, _ i: Int) -> Int? {
        guard t.glued(i), t[i].kind == .word else { return i }
        return t[i].lexeme == .ordinalSuffix ? i + 1 : nil
    }

    /// After a day (whose tokens end before `next`): `[of] Month [,] YYYY`, or with `allowPartial`
    /// `Month` and nothing.
    private static func dayFirst(_ t: DateTokenView, day: Int, next k: Int, allowPartial: Bool,
                                 context: DateRuleContext) -> (end: Int, date: PartialDate)? {
        var m = k
        if t.isWord(m, .of) { m += 1 }
        guard let (month, next) = t.month(m) else {
            return allowPartial && m == k ? (k, PartialDate(day: day)) : nil
        }
        var y = next
        if t[y].isSymbol(.comma) { y += 1 }
        if let (year, end) = yearAfterMonth(t, at: y, context: context) {
            return (end, PartialDate(year: year, month: month, day: day))
        }
        return allowPartial ? (next, PartialDate(month: month, day: day)) : nil
    }

    /// `Month D [,] YYYY`, `Month [,] [of] YYYY`, or with `allowPartial` `Month D` and `Month`.
    private static func monthFirst(_ t: DateTokenView, month: Int, next: Int, allowPartial: Bool,
                                   context: DateRuleContext) -> (end: Int, date: PartialDate)? {
        if let day = t.day(next), let d = afterOrdinal(t, next + 1), !continuesAsNumber(t, next) {
            var y = d
            if t[y].isSymbol(.comma) { y += 1 }
            if let (year, end) = yearAfterMonth(t, at: y, context: context) {
                return (end, PartialDate(year: year, month: month, day: day))
            }
            if allowPartial { return (d, PartialDate(month: month, day: day)) }
        }
        var y = next
        if t[y].isSymbol(.comma) { y += 1 }
        if t.isWord(y, .of) { y += 1 }
        if let (year, end) = yearAfterMonth(t, at: y, context: context) {
            return (end, PartialDate(year: year, month: month))
        }
        return allowPartial ? (next, PartialDate(month: month)) : nil
    }

    /// Whether the number at `i` goes on as a decimal, time or longer number ("May 5.5", "June 10:30").
    private static func continuesAsNumber(_ t: DateTokenView, _ i: Int) -> Bool {
        let next = t[i + 1]
        guard t.glued(i + 1), next.kind == .symbol,
              next.symbol == .period || next.symbol == .colon || next.symbol == .comma else { return false }
        return t.glued(i + 2) && t[i + 2].kind == .number
    }

    /// A year at `i` after a month: four digits, or an apostrophe and two ("December ’76").
    private static func yearAfterMonth(_ t: DateTokenView, at i: Int,
                                       context: DateRuleContext) -> (year: Int, end: Int)? {
        if let year = t.year(i) { return (year, i + 1) }
        return apostropheYear(t, at: i, context: context)
    }

    /// `’YY` at `i`: an apostrophe glued to two digits that nothing else is glued to ("’90s" is a decade).
    static func apostropheYear(_ t: DateTokenView, at i: Int, context: DateRuleContext) -> (year: Int, end: Int)? {
        guard t[i].isSymbol(.apostrophe), t.glued(i + 1), t[i + 1].isNumber(digits: 2) else { return nil }
        if t.glued(i + 2) {
            let after = t[i + 2]
            guard after.kind == .symbol, after.symbol != .apostrophe, after.symbol != .hyphen,
                  after.symbol != .slash, after.symbol != .enDash else { return nil }
            if after.symbol == .period || after.symbol == .comma, t.glued(i + 3), t[i + 3].kind == .number { return nil }
        }
        return (twoDigitYear(Int(t[i + 1].value), context: context), i + 2)
    }

    /// The full year of a two-digit year: the latest that is not more than ten years after the
    /// document date; with no document date, 2000–2020 for 00–20 and 1921–1999 for the rest.
    static func twoDigitYear(_ yy: Int, context: DateRuleContext) -> Int {
        if let reference = context.documentDate?.year {
            let candidate = reference - reference % 100 + yy
            return candidate > reference + 10 ? candidate - 100 : candidate
        }
        return yy <= 20 ? 2000 + yy : 1900 + yy
    }
}

extension DateLexeme {
    /// Words after which an apostrophe and two digits are a year: "in ’79", "since ’45".
    var opensApostropheYear: Bool {
        switch self {
        case .in, .since, .of, .by, .until, .from, .to, .during, .before, .after, .and, .the, .circa: return true
        default: return month != nil
        }
    }
}
