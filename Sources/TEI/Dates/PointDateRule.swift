/// A single point: "2020", "December 2019", "3 December 2019", "December 3, 2019",
/// "3rd of December, 2019", "2019-12-03". Impossible days are vetoed.
///
/// A year alone, and a year after a month and a comma ("In March, 2020 troops arrived"), may turn
/// out to be a count.
final class PointDateRule: DateRule {
    func match(_ t: DateTokenView, at i: Int, context: DateRuleContext) -> DateRuleMatch? {
        guard let (end, date) = DatePointGrammar.parse(t, at: i, allowPartial: false) else { return nil }
        guard date.isValid else { return DateRuleMatch(start: i, end: end, reading: .veto) }
        let countable = date.isBareYear || (date.day == nil && t[end - 2].isSymbol(.comma))
        return DateRuleMatch(start: i, end: end, reading: .point(date), countable: countable)
    }
}
