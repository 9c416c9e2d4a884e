/// Words before a date that narrow it or make it approximate, joining the extent:
///
/// - "early", "mid", "late" (also glued: "mid-2020"), with `cert="medium"`: the first, middle and
///   last thirds of a year (January–April, May–August, September–December), of a month (days 1–10,
///   11–20, 21 to the end), of a decade (years 0–3, 4–6, 7–9) and of a century (00–33, 34–66, 67–99).
///   Other readings (days, ranges) are left as they are, without the word.
/// - "circa", "c.", "ca." before a year: the year with `cert="medium"`.
enum DateModifier {
    /// `match` with the modifier before it applied, if there is one at or after `floor`.
    static func apply(_ t: DateTokenView, _ match: DateRuleMatch, floor: Int) -> DateRuleMatch {
        let s = match.start
        var start = s - 1
        if t.isGluedHyphen(start) { start -= 1 }
        let word = t[start]
        if start >= floor, word.kind == .word, word.lexeme.isPartModifier {
            guard let reading = narrowed(match.reading, part: Int(word.lexeme.rawValue - DateLexeme.early.rawValue))
            else { return match }
            var result = match
            result.start = start
            result.reading = reading
            result.countable = false
            return result
        }
        // "circa 1910", "c. 1450", "ca. 1450"
        guard case .point(let date, let cert) = match.reading, date.isBareYear else { return match }
        var circa = s - 1
        if t[circa].isSymbol(.period), t.glued(circa), t.isWord(circa - 1, .circaAbbreviation), !t[circa - 1].capitalized {
            circa -= 1
        } else if !t.isWord(circa, .circa) {
            return match
        }
        guard circa >= floor else { return match }
        var result = match
        result.start = circa
        result.reading = .point(date, max(cert, .medium))
        result.countable = false
        return result
    }

    /// The `part` (0 early, 1 mid, 2 late) of a reading, or `nil` if it cannot be narrowed.
    private static func narrowed(_ reading: DateReading, part: Int) -> DateReading? {
        switch reading {
        case .point(let date, let cert):
            guard let year = date.year, date.day == nil else { return nil }
            let c = max(cert, .medium)
            if let month = date.month {
                let bounds = [(1, 10), (11, 20), (21, date.lastDayOfMonth)][part]
                return .span(PartialDate(year: year, month: month, day: bounds.0),
                             PartialDate(year: year, month: month, day: bounds.1), c)
            }
            let first = part * 4 + 1
            return .span(PartialDate(year: year, month: first), PartialDate(year: year, month: first + 3), c)
        case .span(let from, let to, let cert):
            guard let a = from.year, let b = to.year, from.month == nil, to.month == nil else { return nil }
            let c = max(cert, .medium)
            if b - a == 9 && a % 10 == 0 {
                let bounds = [(0, 3), (4, 6), (7, 9)][part]
                return .span(PartialDate(year: a + bounds.0), PartialDate(year: a + bounds.1), c)
            }
            if b - a == 99 && a % 100 == 0 {
                let bounds = [(0, 33), (34, 66), (67, 99)][part]
                return .span(PartialDate(year: a + bounds.0), PartialDate(year: a + bounds.1), c)
            }
            return nil
        case .veto:
            return nil
        }
    }
}
