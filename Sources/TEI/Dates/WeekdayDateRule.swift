/// A date after the name of a weekday, which joins the extent: "Tuesday, 3 December 2019",
/// "Mon., March 2, 2020" (an abbreviation needs its capital and period).
///
/// With a document date, a year-less date after a weekday ("Tuesday, December 3") takes the year,
/// of the document's and the two beside it, in which that day is that weekday; if none is, the
/// year the tense points to, with `cert="high"`.
final class WeekdayDateRule: DateRule {
    let triggers: [DateTrigger] = DateTrigger.weekdays + DateTrigger.weekdayAbbreviations

    func match(_ t: DateTokenView, at i: Int, context: DateRuleContext) -> DateRuleMatch? {
        let weekday = t[i]
        guard weekday.kind == .word, weekday.capitalized, let day = weekday.lexeme.weekday else { return nil }
        var j = i + 1
        if !weekday.lexeme.isWeekday {
            guard t[j].isSymbol(.period), t.glued(j) else { return nil }              // "Mon."
            j += 1
        }
        if t[j].isSymbol(.comma) { j += 1 }
        guard let (end, date) = DatePointGrammar.parse(t, at: j, allowPartial: context.documentDate != nil,
                                                       context: context),
              let month = date.month, let dayOfMonth = date.day else { return nil }
        if date.year != nil {
            return DateRuleMatch(start: i, end: end, reading: date.isValid ? .point(date) : .veto)
        }
        guard let docYear = context.documentDate?.year else { return nil }
        for year in [docYear, docYear - 1, docYear + 1] {
            let candidate = PartialDate(year: year, month: month, day: dayOfMonth)
            if let calendarDay = CalendarDay(candidate), calendarDay.weekday == day {
                return DateRuleMatch(start: i, end: end, reading: .point(candidate))
            }
        }
        guard let year = DateResolution.year(month: month, day: dayOfMonth, t: t, start: i, end: end,
                                             context: context) else { return nil }
        let candidate = PartialDate(year: year, month: month, day: dayOfMonth)
        return DateRuleMatch(start: i, end: end, reading: candidate.isValid ? .point(candidate, .high) : .veto)
    }
}
