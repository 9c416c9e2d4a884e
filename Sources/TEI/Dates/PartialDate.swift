/// A calendar date known to the year, the month or the day, or part of one whose year (and month)
/// a range has yet to supply: "May" in "from May to July 2019".
struct PartialDate: Sendable, Equatable {
    var year: Int?
    var month: Int?
    var day: Int?

    /// Only a year: such a mention may still turn out to be a count ("2020 people").
    var isBareYear: Bool { year != nil && month == nil && day == nil }

    /// Whether the fields name a real calendar date (no 31 February, no month 13).
    /// A missing year allows 29 February.
    var isValid: Bool {
        if let month {
            guard (1...12).contains(month) else { return false }
            if let day {
                return day >= 1 && day <= Self.days(inMonth: month, year: year)
            }
        } else if day != nil && year != nil {
            return false
        }
        return true
    }

    /// Whether this date comes before `other` and does not contain it: 2016 precedes 2020 and
    /// 2020-03, but not 2016-05 (which it contains) nor 2016. Requires years on both.
    func precedes(_ other: PartialDate) -> Bool {
        let mine = (year ?? 0, month ?? 0, day ?? 0)
        let theirs = (other.year ?? 0, other.month ?? 0, other.day ?? 0)
        guard mine < theirs else { return false }
        let contains = year == other.year && (month == nil || (month == other.month && day == nil))
        return !contains
    }

    /// ISO 8601 form: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as far as the fields go. Requires a year.
    var iso: String {
        var s = String(year ?? 0)
        while s.utf8.count < 4 { s = "0" + s }
        if let month {
            s += month < 10 ? "-0\(month)" : "-\(month)"
            if let day { s += day < 10 ? "-0\(day)" : "-\(day)" }
        }
        return s
    }

    /// Months since year 0: `year * 12 + month - 1` (month 1 when there is none). Requires a year.
    var monthIndex: Int { (year ?? 0) * 12 + (month ?? 1) - 1 }

    /// The month `index` months after January of year 0 (the inverse of ``monthIndex``).
    init(monthIndex index: Int) {
        self.init(year: index >= 0 ? index / 12 : (index - 11) / 12,
                  month: (index % 12 + 12) % 12 + 1)
    }

    init(year: Int? = nil, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The last day of the month (requires year and month).
    var lastDayOfMonth: Int { Self.days(inMonth: month ?? 1, year: year) }

    /// Days in `month` of `year` (Gregorian); with no year, February has 29.
    static func days(inMonth month: Int, year: Int?) -> Int {
        ISODate.daysIn(month: month, year: year ?? 2000)
    }
}
