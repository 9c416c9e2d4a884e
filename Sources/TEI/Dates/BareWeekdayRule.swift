/// A weekday alone, with a document date: "on Monday", "said Friday", "Thursday night",
/// "Monday’s meeting". It is the day of that name nearest the document date in the direction the
/// tense points (today included for the past), with `cert="high"`.
///
/// It needs a word before it that makes it a day ("on", "since", "until", "by", "from", "said"…), a
/// part of the day after it, or a possessive, so "The Sunday Times", "Good Friday" and "every Monday"
/// are left alone. "last/next/this Friday" is ``DeicticRule``'s.
final class BareWeekdayRule: DateRule {
    let triggers: [DateTrigger] = DateTrigger.weekdays

    func match(_ t: DateTokenView, at i: Int, context: DateRuleContext) -> DateRuleMatch? {
        guard let weekday = t.weekday(i), let day = context.documentDay else { return nil }
        var end = i + 1
        if t[end].kind == .word && t[end].lexeme.isPartOfDay && !t[end].capitalized { end += 1 }
        let before = t[i - 1]
        var cued = end > i + 1
        if before.kind == .word {
            switch before.lexeme {
            case .on, .since, .until, .by, .from, .before, .after, .reportVerb, .scheduleVerb: cued = true
            default: break
            }
        }
        if t[i + 1].isSymbol(.apostrophe), t.glued(i + 1), t.glued(i + 2), t.isWord(i + 2, .pluralS) { cued = true }
        guard cued else { return nil }
        let back = (day.weekday - weekday + 7) % 7
        let ahead = (weekday - day.weekday + 7) % 7
        let offset: Int
        switch DateTense.around(t, start: i, end: end) {
        case .past: offset = -back
        case .future: offset = ahead == 0 ? 7 : ahead
        case .unknown: offset = ahead < back ? ahead : -back
        }
        return DateRuleMatch(start: i, end: end, reading: .point(day.adding(offset).date, .high))
    }
}
