/// A decade: "1990s" and "’90s" (from 1990 to 1999), "the sixties" (a decade word needs "the" before
/// it, or "the early", lest "in her sixties" be read as a date), and a dash between two of them:
/// "1980s–1990s" (from 1980 to 1999). Whole hundreds other than "2000s" are read as centuries:
/// "1800s" is 1800 to 1899. "1000s" is left alone (mostly "thousands").
///
/// A two-digit decade takes the latest century that does not put it after the document date; with
/// no document date, "’00s" and "’10s" are 2000s and 2010s, the others 1900s.
final class DecadeRule: DateRule {
    let triggers: [DateTrigger] = [.number, .apostrophe, .word(.decadeWord)]

    func match(_ t: DateTokenView, at i: Int, context: DateRuleContext) -> DateRuleMatch? {
        guard let first = Self.decade(t, at: i, context: context) else { return nil }
        if t[first.next].isRangeDash, let second = Self.decade(t, at: first.next + 1, context: context),
           second.first > first.first {
            return DateRuleMatch(start: i, end: second.next,
                                 reading: .span(PartialDate(year: first.first), PartialDate(year: second.last)))
        }
        return DateRuleMatch(start: i, end: first.next,
                             reading: .span(PartialDate(year: first.first), PartialDate(year: first.last)))
    }

    /// The first and last years of a decade (or century) written at token `i`, and the index past it.
    static func decade(_ t: DateTokenView, at i: Int,
                       context: DateRuleContext) -> (first: Int, last: Int, next: Int)? {
        if let year = t.year(i) {
            guard year % 10 == 0, year != 1000, isPluralS(t, i + 1) else { return nil }
            let last = year % 100 == 0 && year != 2000 ? year + 99 : year + 9
            return (year, last, i + 2)
        }
        let token = t[i]
        if token.isWord(.decadeWord) {
            let before = t[i - 1]
            guard before.isWord(.the) || (before.kind == .word && before.lexeme.isPartModifier && t.isWord(i - 2, .the))
            else { return nil }
            let start = century(of: Int(token.value), context: context)
            return (start, start + 9, i + 1)
        }
        guard token.isSymbol(.apostrophe), t.glued(i + 1), t[i + 1].isNumber(digits: 2),
              t[i + 1].value % 10 == 0, isPluralS(t, i + 2) else { return nil }
        let start = century(of: Int(t[i + 1].value), context: context)
        return (start, start + 9, i + 3)
    }

    /// The first year of the two-digit decade `decade` (0, 10, … 90).
    private static func century(of decade: Int, context: DateRuleContext) -> Int {
        if let reference = context.documentDate?.year {
            let candidate = reference - reference % 100 + decade
            return candidate > reference ? candidate - 100 : candidate
        }
        return decade <= 10 ? 2000 + decade : 1900 + decade
    }

    private static func isPluralS(_ t: DateTokenView, _ i: Int) -> Bool {
        t.glued(i) && t.isWord(i, .pluralS)
    }
}
