/// A season: "summer 2019", "the summer of 2019", "the winter of 1962-63", and with a document date
/// "in the spring" (the year the tense points to), with `cert="medium"`: seasons are read as the
/// northern meteorological ones, spring March–May, summer June–August, autumn (fall)
/// September–November, winter December to February of the next year. "this/last/next summer" is
/// ``DeicticRule``'s. A bare season needs "in the", "during the"… before it, and is no date in "in
/// the summer time" or "in the summer months".
final class SeasonRule: DateRule {
    let triggers: [DateTrigger] = DateTrigger.seasons

    func match(_ t: DateTokenView, at i: Int, context: DateRuleContext) -> DateRuleMatch? {
        guard t[i].kind == .word, let first = t[i].lexeme.seasonStart else { return nil }
        var j = i + 1
        if t.isWord(j, .of) { j += 1 }
        if let year = t.year(j) {
            var end = j + 1
            if first == 12, t.glued(end), t.glued(end + 1),
               t[end].isRangeDash || t[end].isSymbol(.slash) {
                let next = t[end + 1]
                if (next.isNumber(digits: 2) && Int(next.value) == (year + 1) % 100) || t.year(end + 1) == year + 1 {
                    end += 2
                }
            }
            let (from, to) = Self.span(first: first, year: year)
            return DateRuleMatch(start: i, end: end, reading: .span(from, to, .medium))
        }
        // "in the spring", with a document date
        guard context.documentDate != nil, t.isWord(i - 1, .the), !t.isWord(i + 1, .of) else { return nil }
        let next = t[i + 1]
        if next.kind == .word && (next.lexeme == .time || next.lexeme.isUnit) { return nil }     // "in the summer time"
        switch t[i - 2].lexeme {
        case .in, .during, .by, .until, .since, .before, .after: break
        default: return nil
        }
        let tense = DateTense.around(t, start: i, end: i + 1)
        guard let year = DateResolution.year(context: context, tense: tense, span: { y in
            let (from, to) = Self.span(first: first, year: y)
            return (DateResolution.key(y, from.month!, 1), DateResolution.key(to.year!, to.month!, 31))
        }) else { return nil }
        let (from, to) = Self.span(first: first, year: year)
        return DateRuleMatch(start: i, end: i + 1, reading: .span(from, to, .medium))
    }

    /// The first and last months of the season starting in month `first` of `year`.
    static func span(first: Int, year: Int) -> (PartialDate, PartialDate) {
        let start = PartialDate(year: year, month: first)
        return (start, PartialDate(monthIndex: start.monthIndex + 2))
    }
}
