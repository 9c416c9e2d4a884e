/// A quarter or half of a year: "the first quarter of 2020", "Q1 2020", "Q3 of 2023", "the fourth
/// quarter of 2008", "the first half of 2018", "H1 2019", "the second quarter of this year"; as
/// months, from the first to the last.
///
/// With a document date, "the first quarter" alone takes the year the tense points to, with
/// `cert="high"`; "this/last/next quarter" is ``DeicticRule``'s. Halves need their year ("the second
/// half" is mostly a match's).
final class QuarterRule: DateRule {
    let triggers: [DateTrigger] = [.word(.quarter), .word(.half), .word(.quarterLetter), .word(.halfLetter)]

    func match(_ t: DateTokenView, at i: Int, context: DateRuleContext) -> DateRuleMatch? {
        let token = t[i]
        guard token.kind == .word else { return nil }
        let months: Int
        let n: Int
        let start: Int
        var k: Int
        switch token.lexeme {
        case .quarterLetter, .halfLetter:
            months = token.lexeme == .quarterLetter ? 3 : 6
            let number = t[i + 1]
            guard token.capitalized, t.glued(i + 1), number.kind == .number, number.digits == 1,
                  (1...(12 / months)).contains(Int(number.value)), !t.glued(i + 2) else { return nil }
            (n, start, k) = (Int(number.value), i, i + 2)
        case .quarter, .half:
            months = token.lexeme == .quarter ? 3 : 6
            var end = i
            if t.isGluedHyphen(end - 1) { end -= 1 }
            guard let (value, s) = t.ordinal(endingAt: end), (1...(12 / months)).contains(value) else { return nil }
            (n, start, k) = (value, s, i + 1)
        default:
            return nil
        }
        let firstMonth = (n - 1) * months + 1
        func span(_ year: Int) -> DateReading {
            .span(PartialDate(year: year, month: firstMonth), PartialDate(year: year, month: firstMonth + months - 1))
        }
        var y = k
        if t.isWord(y, .of) || t[y].isSymbol(.comma) { y += 1 }
        if let year = t.year(y) {
            return DateRuleMatch(start: start, end: y + 1, reading: span(year))
        }
        if t.isWord(k, .of), t[k + 1].lexeme.isDeictic, t.isWord(k + 2, .year), let docYear = context.documentDate?.year {
            let shift = t[k + 1].lexeme == .this ? 0 : t[k + 1].lexeme == .last ? -1 : 1
            return DateRuleMatch(start: start, end: k + 3, reading: span(docYear + shift))
        }
        // "the first quarter", with a document date
        guard months == 3, token.lexeme == .quarter, t.isWord(start - 1, .the), !t.isWord(k, .of),
              context.documentDate != nil else { return nil }
        let tense = DateTense.around(t, start: start, end: k)
        guard let year = DateResolution.year(context: context, tense: tense, span: { y in
            (DateResolution.key(y, firstMonth, 1), DateResolution.key(y, firstMonth + 2, 31))
        }) else { return nil }
        return DateRuleMatch(start: start, end: k, reading: span(year).atMost(.high))
    }
}
