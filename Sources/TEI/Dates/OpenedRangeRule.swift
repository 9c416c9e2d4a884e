/// A range opened by a word: "from 2016 to 2020", "from May to July 2019",
/// "from 3 to 5 December 2019", "between 1998 and 2000", "from the 1950s to the 1970s".
/// The opening word joins the extent. With a document date, a range without its year ("from May to
/// July") takes the year the tense points to, with `cert="high"`.
///
/// `from` is closed by `to`, `until`, `till`, `through`, `thru` or a dash; `between` by `and` or a dash.
/// A year closed by a number of three or more digits that is no year ("between 2000 and 3000",
/// "from 1500 to 2500 troops") is a range of counts, and vetoed. After a word of change ("moved",
/// "postponed", "pushed back") "from A to B" names two dates, not a span.
final class OpenedRangeRule: DateRule {
    let triggers: [DateTrigger] = [.word(.from), .word(.between)]

    func match(_ t: DateTokenView, at i: Int, context: DateRuleContext) -> DateRuleMatch? {
        let opener = t[i]
        guard opener.kind == .word, opener.lexeme == .from || opener.lexeme == .between,
              t[i + 1].spaceBefore, !t.isWord(i - 1, .changeCue),
              let (middle, first) = DateRangeEnd.parse(t, at: i + 1, allowPartial: true, context: context)
        else { return nil }
        let connector = t[middle]
        let closes: Bool
        if connector.isRangeDash {
            closes = true
        } else if connector.kind == .word {
            closes = opener.lexeme == .from ? connector.lexeme == .to || connector.lexeme == .until
                                            : connector.lexeme == .and
        } else {
            closes = false
        }
        guard closes else { return nil }
        guard let (end, second, guessed) = DateRangeEnd.parseSecond(t, at: middle + 1, rangeStart: i,
                                                                    context: context) else {
            let other = t[middle + 1]
            if case .point(let date) = first, date.isBareYear, other.kind == .number, other.digits >= 3 {
                return DateRuleMatch(start: i, end: middle + 2, reading: .veto)
            }
            return nil
        }
        switch DateRangeEnd.join(first, second) {
        case .notARange: return nil
        case .invalid: return DateRuleMatch(start: i, end: end, reading: .veto)
        case .range(let from, let to):
            var countable = false
            if case .point(let date) = second { countable = date.isBareYear }
            return DateRuleMatch(start: i, end: end, reading: .span(from, to, guessed ? .high : .certain),
                                 countable: countable)
        }
    }
}
