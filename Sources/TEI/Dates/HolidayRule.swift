/// Fixed-date holidays: "Christmas Day 2019", "Christmas Eve 1972", "Christmas 1914", "New Year’s
/// Day", "New Year’s Eve", "Valentine’s Day 1994", "Halloween". Without a year they need a document
/// date and take the year the tense points to, with `cert="high"` (and "Christmas" alone, which
/// may be the season, is left alone).
final class HolidayRule: DateRule {
    let triggers: [DateTrigger] = [.word(.christmas), .word(.valentine), .word(.halloween), .word(.year)]

    func match(_ t: DateTokenView, at i: Int, context: DateRuleContext) -> DateRuleMatch? {
        let token = t[i]
        guard token.kind == .word, token.capitalized else { return nil }
        var start = i
        var k: Int
        var month: Int
        var day: Int
        var named = true
        switch token.lexeme {
        case .christmas:
            (month, day, k) = (12, 25, i + 1)
            if t.isWord(k, .day) && t[k].capitalized {
                k += 1
            } else if t.isWord(k, .eve) && t[k].capitalized {
                (day, k) = (24, k + 1)
            } else {
                named = false
            }
        case .valentine:
            guard Self.possessive(t, i + 1), t.isWord(i + 3, .day), t[i + 3].capitalized else { return nil }
            (month, day, k) = (2, 14, i + 4)
        case .halloween:
            (month, day, k) = (10, 31, i + 1)
        case .year:
            guard t.isWord(i - 1, .new), t[i - 1].capitalized, Self.possessive(t, i + 1), t[i + 3].capitalized else {
                return nil
            }
            if t.isWord(i + 3, .day) {
                (month, day) = (1, 1)
            } else if t.isWord(i + 3, .eve) {
                (month, day) = (12, 31)
            } else {
                return nil
            }
            (start, k) = (i - 1, i + 4)
        default:
            return nil
        }
        var y = k
        if t[y].isSymbol(.comma) { y += 1 }
        if let year = t.year(y) {
            return DateRuleMatch(start: start, end: y + 1, reading: .point(PartialDate(year: year, month: month, day: day)))
        }
        guard named, let year = DateResolution.year(month: month, day: day, t: t, start: start, end: k,
                                                    context: context) else { return nil }
        return DateRuleMatch(start: start, end: k, reading: .point(PartialDate(year: year, month: month, day: day), .high))
    }

    /// "’s" glued at `i`.
    private static func possessive(_ t: DateTokenView, _ i: Int) -> Bool {
        t[i].isSymbol(.apostrophe) && t.glued(i) && t.glued(i + 1) && t.isWord(i + 1, .pluralS)
    }
}
