/// A year range whose second year keeps only its last two digits: "2016-20", "2019–20".
///
/// The two digits must come after the first year's within its century, so "2019-05" is left to
/// ISO `YYYY-MM`. On a tie with ISO (as "2010-12"), the range is preferred, being the more common
/// reading in prose.
final class ShortYearRangeRule: DateRule {
    func match(_ t: DateTokenView, at i: Int, context: DateRuleContext) -> DateRuleMatch? {
        guard let year = t.year(i), t[i + 1].isRangeDash, t.glued(i + 1), t.glued(i + 2),
              t[i + 2].isNumber(digits: 2) else { return nil }
        let short = Int(t[i + 2].value)
        let century = year - year % 100
        guard short > year % 100 else { return nil }
        return DateRuleMatch(start: i, end: i + 3,
                             reading: .span(PartialDate(year: year), PartialDate(year: century + short)),
                             countable: true)
    }
}
