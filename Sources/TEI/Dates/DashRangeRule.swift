/// Two points joined by a hyphen or en dash: "2016-2020", "2016–2020", "May–July 2019",
/// "3-5 December 2019", "December 2018 – March 2019".
final class DashRangeRule: DateRule {
    func match(_ t: DateTokenView, at i: Int, context: DateRuleContext) -> DateRuleMatch? {
        guard let (middle, first) = DatePointGrammar.parse(t, at: i, allowPartial: true),
              t[middle].isRangeDash,
              let (end, second) = DatePointGrammar.parse(t, at: middle + 1, allowPartial: false) else { return nil }
        switch DateSpan.join(first, second) {
        case .notARange: return nil
        case .invalid: return DateRuleMatch(start: i, end: end, reading: .veto)
        case .range(let from, let to):
            return DateRuleMatch(start: i, end: end, reading: .span(from, to), countable: second.isBareYear)
        }
    }
}
