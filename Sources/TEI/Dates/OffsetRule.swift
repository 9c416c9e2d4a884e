/// A count of days, weeks, months, years or decades from the document date: "two years ago",
/// "three days ago", "a month ago", "two weeks from now", and, where the sentence speaks of the
/// future or says "time", "in three weeks" ("in" joins the extent; "sales doubled in two years" is
/// a span of time and is left alone).
///
/// Days, months and years give the day, month or year; weeks the day with `cert="medium"`, decades
/// the year with `cert="medium"`. Without a document date (precise enough for the unit) nothing.
final class OffsetRule: DateRule {
    let triggers: [DateTrigger] = [.word(.day), .word(.days), .word(.week), .word(.weeks), .word(.month), .word(.months), .word(.year), .word(.years), .word(.decade), .word(.decades)]

    func match(_ t: DateTokenView, at i: Int, context: DateRuleContext) -> DateRuleMatch? {
        let unit = t[i]
        guard unit.kind == .word, context.documentDate != nil else { return nil }
        switch unit.lexeme {
        case .day, .days, .week, .weeks, .month, .months, .year, .years, .decade, .decades: break
        default: return nil
        }
        guard let (n, countStart) = t.count(endingAt: i), n <= 100 else { return nil }
        let direction: Int
        var start = countStart
        var end = i + 1
        if t.isWord(end, .ago) {
            direction = -1
            end += 1
        } else if t.isWord(end, .from), t.isWord(end + 1, .now) {
            direction = 1
            end += 2
        } else if t.isWord(countStart - 1, .in) {
            var saysTime = false
            if t[end].isSymbol(.apostrophe), t.glued(end) {
                // "in two years' time", "in a year's time"
                var k = end + 1
                if t.glued(k), t.isWord(k, .pluralS) { k += 1 }
                if t.isWord(k, .time) {
                    end = k + 1
                    saysTime = true
                }
            } else if t.isWord(end, .time) {
                end += 1
                saysTime = true
            }
            guard saysTime || DateTense.around(t, start: countStart - 1, end: end) == .future else { return nil }
            direction = 1
            start = countStart - 1
        } else {
            return nil
        }
        guard let reading = Self.reading(unit.lexeme, n * direction, context: context) else { return nil }
        return DateRuleMatch(start: start, end: end, reading: reading)
    }

    private static func reading(_ unit: DateLexeme, _ n: Int, context: DateRuleContext) -> DateReading? {
        switch unit {
        case .day, .days:
            return context.documentDay.map { .point($0.adding(n).date) }
        case .week, .weeks:
            return context.documentDay.map { .point($0.adding(7 * n).date, .medium) }
        case .month, .months:
            return context.documentMonthIndex.map { .point(PartialDate(monthIndex: $0 + n)) }
        case .year, .years:
            return context.documentDate?.year.map { .point(PartialDate(year: $0 + n)) }
        default:
            return context.documentDate?.year.map { .point(PartialDate(year: $0 + 10 * n), .medium) }
        }
    }
}
