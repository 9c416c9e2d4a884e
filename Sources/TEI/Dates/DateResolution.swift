/// Gives a year-less date or period its year from the document date and the tense of the sentence:
/// "on 3 December" said in March 2020 of the past is 2019-12-03; "in January" said in December 2019 of
/// the future is 2020-01.
enum DateResolution {
    /// A day as a comparable key (not a day count): `year * 512 + month * 32 + day`.
    static func key(_ year: Int, _ month: Int, _ day: Int) -> Int { year * 512 + month * 32 + day }

    /// The year, among the document's year and the years either side, for a candidate whose first
    /// and last days in a given year `span` gives as keys (see ``key(_:_:_:)``).
    ///
    /// Past: the latest candidate that starts by the document date. Future: the earliest that does
    /// not end before it. Unknown: the nearest. With a document date of only a year, that year.
    static func year(context: DateRuleContext, tense: DateTense, span: (Int) -> (first: Int, last: Int)) -> Int? {
        guard let doc = context.documentDate, let docYear = doc.year else { return nil }
        guard let docMonth = doc.month else { return docYear }
        let docFirst = key(docYear, docMonth, doc.day ?? 1)
        let docLast = key(docYear, docMonth, doc.day ?? 31)
        let candidates = [docYear - 1, docYear, docYear + 1]
        switch tense {
        case .past:
            return candidates.last { span($0).first <= docLast }
        case .future:
            return candidates.first { span($0).last >= docFirst }
        case .unknown:
            var best = docYear
            var bestDistance = Int.max
            for year in candidates {
                let (first, last) = span(year)
                let distance = last < docFirst ? docFirst - last : first > docLast ? first - docLast : 0
                if distance < bestDistance {
                    best = year
                    bestDistance = distance
                }
            }
            return best
        }
    }

    /// The year of a year-less month (and day) in the sentence around tokens `start..<end`. With no
    /// cue to the tense, "until March" and "by March" look ahead.
    static func year(month: Int, day: Int?, t: DateTokenView, start: Int, end: Int,
                     context: DateRuleContext) -> Int? {
        guard context.documentDate != nil else { return nil }
        var tense = DateTense.around(t, start: start, end: end)
        if tense == .unknown && (t.isWord(start - 1, .until) || t.isWord(start - 1, .by)) { tense = .future }
        return year(context: context, tense: tense) { y in
            (key(y, month, day ?? 1), key(y, month, day ?? 31))
        }
    }
}
