/// One end of a range opened by a word ("from the 1950s to the 1970s"): a point, or a decade or
/// century, after an optional "the".
enum DateRangeEnd {
    /// A point (perhaps partial), or the first and last years of a decade or century.
    enum Value {
        case point(PartialDate)
        case years(Int, Int)
    }

    /// The end starting at token `i`, and the index past it.
    static func parse(_ t: DateTokenView, at i: Int, allowPartial: Bool,
                      context: DateRuleContext) -> (end: Int, value: Value)? {
        var j = i
        if t.isWord(j, .the) { j += 1 }
        if let decade = DecadeRule.decade(t, at: j, context: context) {
            return (decade.next, .years(decade.first, decade.last))
        }
        if let century = CenturyRule.century(t, at: j) {
            return (century.next, .years(century.first, century.last))
        }
        guard j == i, let (end, date) = DatePointGrammar.parse(t, at: i, allowPartial: allowPartial, context: context) else {
            return nil
        }
        return (end, .point(date))
    }

    /// The second end of a range at `i`: a point with its year, or, with a document date, a year-less
    /// day or month given the year the tense points to ("from 3 to 5 December", "from May to July");
    /// the flag tells whether the year was guessed so.
    static func parseSecond(_ t: DateTokenView, at i: Int, rangeStart: Int,
                            context: DateRuleContext) -> (end: Int, value: Value, guessed: Bool)? {
        if let (end, value) = parse(t, at: i, allowPartial: false, context: context) { return (end, value, false) }
        guard context.documentDate != nil,
              let (end, date) = DatePointGrammar.parse(t, at: i, allowPartial: true, context: context),
              date.year == nil, let month = date.month,
              let year = DateResolution.year(month: month, day: date.day, t: t, start: rangeStart, end: end,
                                             context: context) else { return nil }
        var resolved = date
        resolved.year = year
        return (end, .point(resolved), true)
    }

    /// Joins two ends: points as ``DateSpan`` does; periods of years by their first and last years.
    static func join(_ a: Value, _ b: Value) -> DateSpan {
        switch (a, b) {
        case (.point(let first), .point(let second)):
            return DateSpan.join(first, second)
        case (.years(let first, _), .years(_, let last)):
            return first < last ? .range(PartialDate(year: first), PartialDate(year: last)) : .notARange
        default:
            return .notARange
        }
    }
}
