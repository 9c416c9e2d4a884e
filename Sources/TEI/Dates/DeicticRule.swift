/// "this", "last" or "next" before a period, counted from the document date: "last week" (Monday
/// to Sunday), "this weekend", "next month", "last year", "this quarter", "last December" (the
/// latest December before the document's month), "next Friday" (the first Friday after the
/// document date), "this Thursday" (the Thursday of its week), "last summer" (`cert="medium"`).
///
/// Tried at the period's word, it looks back for "this", "last" or "next"; "the last week" and "the
/// next year" are spans of time, not dates, and are left alone, as is all without a document date.
final class DeicticRule: DateRule {
    let triggers: [DateTrigger] = [.word(.week), .word(.weekend), .word(.month), .word(.year), .word(.quarter)] + DateTrigger.seasons + DateTrigger.weekdays + DateTrigger.months

    func match(_ t: DateTokenView, at i: Int, context: DateRuleContext) -> DateRuleMatch? {
        let word = t[i - 1]
        let head = t[i]
        guard head.kind == .word, word.kind == .word, word.lexeme.isDeictic, !t.isWord(i - 2, .the),
              let document = context.documentDate, let docYear = document.year else { return nil }
        let shift = word.lexeme == .this ? 0 : word.lexeme == .last ? -1 : 1
        let start = i - 1
        switch head.lexeme {
        case .week, .weekend:
            guard let day = context.documentDay else { return nil }
            let monday = day.monday.adding(7 * shift)
            let (first, last) = head.lexeme == .week ? (monday, monday.adding(6)) : (monday.adding(5), monday.adding(6))
            return DateRuleMatch(start: start, end: i + 1, reading: .span(first.date, last.date))
        case .month:
            guard let month = context.documentMonthIndex else { return nil }
            return DateRuleMatch(start: start, end: i + 1, reading: .point(PartialDate(monthIndex: month + shift)))
        case .year:
            return DateRuleMatch(start: start, end: i + 1, reading: .point(PartialDate(year: docYear + shift)))
        case .quarter:
            // "this quarter of a century", "this quarter of the town"
            guard let month = context.documentMonthIndex, !t.isWord(i + 1, .of) else { return nil }
            let quarter = month / 3 + shift
            return DateRuleMatch(start: start, end: i + 1,
                                 reading: .span(PartialDate(monthIndex: quarter * 3), PartialDate(monthIndex: quarter * 3 + 2)))
        case .spring, .summer, .autumn, .fall, .winter:
            guard let month = context.documentMonthIndex, let first = head.lexeme.seasonStart else { return nil }
            // the season of the document's year that holds, or comes nearest after, the document's month
            var year = docYear
            if first == 12 && document.month! <= 2 { year -= 1 }
            var (from, to) = SeasonRule.span(first: first, year: year)
            if shift < 0 && to.monthIndex >= month { (from, to) = SeasonRule.span(first: first, year: year - 1) }
            if shift > 0 && from.monthIndex <= month { (from, to) = SeasonRule.span(first: first, year: year + 1) }
            return DateRuleMatch(start: start, end: i + 1, reading: .span(from, to, .medium))
        default:
            break
        }
        if let weekday = t.weekday(i) {
            guard let day = context.documentDay else { return nil }
            let target: CalendarDay
            switch shift {
            case 0: target = day.monday.adding(weekday)
            case -1: target = day.adding(-((day.weekday - weekday + 6) % 7 + 1))
            default: target = day.adding((weekday - day.weekday + 6) % 7 + 1)
            }
            let end = t[i + 1].kind == .word && t[i + 1].lexeme.isPartOfDay && !t[i + 1].capitalized ? i + 2 : i + 1
            return DateRuleMatch(start: start, end: end, reading: .point(target.date))
        }
        if let (month, end) = t.month(i) {
            let docMonth = document.month
            let year: Int
            switch shift {
            case 0: year = docYear
            case -1:
                guard let docMonth else { return nil }
                year = month < docMonth ? docYear : docYear - 1
            default:
                guard let docMonth else { return nil }
                year = month > docMonth ? docYear : docYear + 1
            }
            return DateRuleMatch(start: start, end: end, reading: .point(PartialDate(year: year, month: month)))
        }
        return nil
    }
}
