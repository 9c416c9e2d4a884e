/// Two points joined by a hyphen or en dash: "2016-2020", "2016–2020", "May–July 2019",
/// "3-5 December 2019", "December 2018 – March 2019", "July 5-7, 2019"; with a document date also
/// without the year ("3–5 December", `cert="high"`).
final class DashRangeRule: DateRule {
    let triggers: [DateTrigger] = [.number, .apostrophe, .word(.ordinalWord), .word(.tens)] + DateTrigger.months

    func match(_ t: DateTokenView, at i: Int, context: DateRuleContext) -> DateRuleMatch? {
        guard let (middle, first) = DatePointGrammar.parse(t, at: i, allowPartial: true, context: context),
              t[middle].isRangeDash else { return nil }
        let end: Int
        let second: PartialDate
        var guessed = false
        if let (e, s) = DatePointGrammar.parse(t, at: middle + 1, allowPartial: false, context: context) {
            (end, second) = (e, s)
        } else if let (e, s) = Self.dayOfYear(t, at: middle + 1, after: first) {
            (end, second) = (e, s)
        } else if first.month != nil || t[middle + 1].kind == .number,
                  let (e, value, g) = DateRangeEnd.parseSecond(t, at: middle + 1, rangeStart: i, context: context),
                  case .point(let s) = value {
            (end, second, guessed) = (e, s, g)
        } else {
            return nil
        }
        switch DateSpan.join(first, second) {
        case .notARange: return nil
        case .invalid: return DateRuleMatch(start: i, end: end, reading: .veto)
        case .range(let from, let to):
            return DateRuleMatch(start: i, end: end, reading: .span(from, to, guessed ? .high : .certain),
                                 countable: second.isBareYear)
        }
    }

    /// "7, 2019" after "July 5-": a day and a year, the month taken from the first end.
    private static func dayOfYear(_ t: DateTokenView, at i: Int,
                                  after first: PartialDate) -> (end: Int, date: PartialDate)? {
        guard first.year == nil, let month = first.month, first.day != nil, let day = t.day(i),
              let k = DatePointGrammar.afterOrdinal(t, i + 1) else { return nil }
        var y = k
        if t[y].isSymbol(.comma) { y += 1 }
        guard let year = t.year(y) else { return nil }
        return (y + 1, PartialDate(year: year, month: month, day: day))
    }
}
