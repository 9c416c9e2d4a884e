/// A full date after the name of a weekday, which joins the extent: "Tuesday, 3 December 2019".
final class WeekdayDateRule: DateRule {
    func match(_ t: DateTokenView, at i: Int, context: DateRuleContext) -> DateRuleMatch? {
        let weekday = t[i]
        guard weekday.kind == .word, weekday.lexeme.isWeekday, weekday.capitalized else { return nil }
        var j = i + 1
        if t[j].isSymbol(.comma) { j += 1 }
        guard let (end, date) = DatePointGrammar.parse(t, at: j, allowPartial: false),
              date.day != nil else { return nil }
        return DateRuleMatch(start: i, end: end, reading: date.isValid ? .point(date) : .veto)
    }
}
