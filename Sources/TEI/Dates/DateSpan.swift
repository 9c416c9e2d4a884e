/// Joins the two ends of a range ("from May to July 2019") into a span, completing the first end
/// from the second.
enum DateSpan {
    /// The ends do not make a range: the second end lacks what the first needs, or the first does
    /// not come before the second. Other rules may still read the tokens.
    case notARange
    /// A range of impossible dates ("from 30 to 31 February 2019"): consume and report nothing.
    case invalid
    /// The range, its first end completed.
    case range(PartialDate, PartialDate)

    /// Completes `first` from `second` (which has a year) and orders them. A first end without a
    /// year that would come after the second in the second's year takes the year before:
    /// "from December 24 through January 2, 2021".
    static func join(_ first: PartialDate, _ second: PartialDate) -> DateSpan {
        var first = first
        if first.year == nil {
            if first.month == nil {
                // "3" in "3–5 December 2019"
                guard second.day != nil else { return .notARange }
                first.month = second.month
            } else if first.day == nil {
                // "May" in "May–July 2019"
                guard second.month != nil else { return .notARange }
            } else {
                // "3 May" in "3 May – 5 July 2019"
                guard second.day != nil else { return .notARange }
            }
            first.year = second.year
            if let m = first.month, let n = second.month, m > n, let year = second.year {
                first.year = year - 1
            }
        }
        guard first.isValid, second.isValid else { return .invalid }
        guard first.precedes(second) else { return .notARange }
        return .range(first, second)
    }
}
