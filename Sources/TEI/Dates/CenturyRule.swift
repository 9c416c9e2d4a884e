/// A century: "the 19th century", "the nineteenth century", "the twenty-first century",
/// "19th-century", read the TimeML way: the 19th century is from 1800 to 1899.
///
/// The rule is tried at "century" and looks back for the ordinal. "Century" before another
/// capitalised word is a name ("21st Century Fox").
final class CenturyRule: DateRule {
    let triggers: [DateTrigger] = [.word(.century)]

    func match(_ t: DateTokenView, at i: Int, context: DateRuleContext) -> DateRuleMatch? {
        guard t.isWord(i, .century) else { return nil }
        let next = t[i + 1]
        if t[i].capitalized && next.kind == .word && next.capitalized && next.spaceBefore { return nil }   // "21st Century Fox"
        var end = i
        if t.isGluedHyphen(end - 1) { end -= 1 }
        guard let (n, start) = t.ordinal(endingAt: end), (1...21).contains(n) else { return nil }
        let first = (n - 1) * 100
        return DateRuleMatch(start: start, end: i + 1,
                             reading: .span(PartialDate(year: first), PartialDate(year: first + 99)))
    }

    /// A century written from token `i` ("19th century"), for the ends of ranges.
    static func century(_ t: DateTokenView, at i: Int) -> (first: Int, last: Int, next: Int)? {
        guard let (n, next) = t.ordinal(i), (1...21).contains(n) else { return nil }
        var k = next
        if t.isGluedHyphen(k) { k += 1 }
        guard t.isWord(k, .century) else { return nil }
        return ((n - 1) * 100, (n - 1) * 100 + 99, k + 1)
    }
}
