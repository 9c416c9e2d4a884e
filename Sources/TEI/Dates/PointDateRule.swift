/// A single point: "2020", "December 2019", "3 December 2019", "December 3, 2019",
/// "3rd of December, 2019", "2019-12-03", "5/12/2019". Impossible days are vetoed.
///
/// With a document date, a year-less day ("on 3 December", "December 3rd") or month ("in March",
/// "since June") takes the year the tense of the sentence points to (``DateResolution``), with
/// `cert="high"`. A bare month needs a word before it that makes it a time ("in", "since", "by",
/// "early"…), lest "June Carter" or "May I ask" be read as dates. Without a document date they are
/// left alone.
///
/// A year alone, and a year after a month and a comma ("In March, 2020 troops arrived"), may turn
/// out to be a count.
final class PointDateRule: DateRule {
    let triggers: [DateTrigger] = [.number, .apostrophe, .word(.ordinalWord), .word(.tens)] + DateTrigger.months

    func match(_ t: DateTokenView, at i: Int, context: DateRuleContext) -> DateRuleMatch? {
        let partial = context.documentDate != nil
        guard let (end, date) = DatePointGrammar.parse(t, at: i, allowPartial: partial, context: context) else {
            return nil
        }
        guard date.year == nil else {
            guard date.isValid else { return DateRuleMatch(start: i, end: end, reading: .veto) }
            let countable = date.isBareYear || (date.day == nil && t[end - 2].isSymbol(.comma))
            return DateRuleMatch(start: i, end: end, reading: .point(date), countable: countable)
        }
        guard let month = date.month else { return nil }
        if date.day == nil && !Self.cuesBareMonth(t[i - 1]) { return nil }
        guard let year = DateResolution.year(month: month, day: date.day, t: t, start: i, end: end,
                                             context: context) else { return nil }
        var resolved = date
        resolved.year = year
        guard resolved.isValid else { return DateRuleMatch(start: i, end: end, reading: .veto) }
        return DateRuleMatch(start: i, end: end, reading: .point(resolved, .high))
    }

    /// Whether a month name alone may be a date after `word`: "in March", "since June", "early May".
    static func cuesBareMonth(_ word: DateToken) -> Bool {
        guard word.kind == .word else { return false }
        switch word.lexeme {
        case .in, .since, .by, .until, .during, .before, .after, .from, .early, .mid, .late, .of: return true
        default: return false
        }
    }
}
