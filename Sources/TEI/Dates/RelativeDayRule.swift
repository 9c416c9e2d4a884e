/// Days named from the document date: "today", "tonight", "yesterday", "tomorrow" (with "morning",
/// "afternoon", "evening" or "night" after them), "this morning", "last night", "the day before
/// yesterday", "the day after tomorrow" ("the" stays out of the extent).
///
/// Without a document date they give nothing; with one of only a year or month, "today" and
/// "tonight" give that, the others nothing. A capitalised word after another word is a name ("USA
/// Today").
final class RelativeDayRule: DateRule {
    let triggers: [DateTrigger] = [.word(.today), .word(.tonight), .word(.yesterday), .word(.tomorrow), .word(.day), .word(.morning), .word(.afternoon), .word(.evening), .word(.night)]

    func match(_ t: DateTokenView, at i: Int, context: DateRuleContext) -> DateRuleMatch? {
        let token = t[i]
        guard token.kind == .word, let document = context.documentDate else { return nil }
        // "USA Today", "the Tonight Show": a capital after a word makes a name
        if token.capitalized && t[i - 1].kind == .word { return nil }
        switch token.lexeme {
        case .today, .tonight:
            return DateRuleMatch(start: i, end: i + 1, reading: .point(document))
        case .yesterday, .tomorrow:
            guard let day = context.documentDay else { return nil }
            let end = t[i + 1].kind == .word && t[i + 1].lexeme.isPartOfDay && !t[i + 1].capitalized ? i + 2 : i + 1
            return DateRuleMatch(start: i, end: end, reading: .point(day.adding(token.lexeme == .yesterday ? -1 : 1).date))
        case .day:
            guard let day = context.documentDay else { return nil }
            let direction = t[i + 1].lexeme
            let anchor = t[i + 2].lexeme
            guard t[i + 1].kind == .word, t[i + 2].kind == .word else { return nil }
            if direction == .before && anchor == .yesterday {
                return DateRuleMatch(start: i, end: i + 3, reading: .point(day.adding(-2).date))
            }
            if direction == .after && anchor == .tomorrow {
                return DateRuleMatch(start: i, end: i + 3, reading: .point(day.adding(2).date))
            }
            return nil
        case .morning, .afternoon, .evening, .night:
            guard let day = context.documentDay, !t.isWord(i - 2, .the) else { return nil }
            if t.isWord(i - 1, .this) && token.lexeme != .night {
                return DateRuleMatch(start: i - 1, end: i + 1, reading: .point(day.date))
            }
            if t.isWord(i - 1, .last) && token.lexeme == .night {
                return DateRuleMatch(start: i - 1, end: i + 1, reading: .point(day.adding(-1).date))
            }
            return nil
        default:
            return nil
        }
    }
}
