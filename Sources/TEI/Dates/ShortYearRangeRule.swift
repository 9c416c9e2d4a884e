/// A year range whose second year keeps only its last two digits: "2016-20", "2019–20", and with a
/// slash, for consecutive years only, "2019/20" (a season or school year). "2019/2020" is read too.
///
/// The two digits must come after the first year's within its century, so "2019-05" is left to
/// ISO `YYYY-MM`. On a tie with ISO (as "2010-12"), the range is preferred, being the more common
/// reading in prose.
final class ShortYearRangeRule: DateRule {
    let triggers: [DateTrigger] = [.number]

    func match(_ t: DateTokenView, at i: Int, context: DateRuleContext) -> DateRuleMatch? {
        guard let year = t.year(i), t.glued(i + 1), t.glued(i + 2) else { return nil }
        let separator = t[i + 1]
        if separator.isSymbol(.slash) {
            let next = t[i + 2]
            let second: Int
            if next.isNumber(digits: 2), Int(next.value) == (year + 1) % 100 {
                second = year + 1
            } else if let full = t.year(i + 2), full == year + 1 {
                second = full
            } else {
                return nil
            }
            if t.glued(i + 3), t[i + 3].kind != .symbol || t[i + 3].symbol == .slash { return nil }
            return DateRuleMatch(start: i, end: i + 3,
                                 reading: .span(PartialDate(year: year), PartialDate(year: second)), countable: true)
        }
        guard separator.isRangeDash, t[i + 2].isNumber(digits: 2) else { return nil }
        let short = Int(t[i + 2].value)
        let century = year - year % 100
        guard short > year % 100 else { return nil }
        return DateRuleMatch(start: i, end: i + 3,
                             reading: .span(PartialDate(year: year), PartialDate(year: century + short)),
                             countable: true)
    }
}
