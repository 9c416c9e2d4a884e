/// A day of the proleptic Gregorian calendar as a count of days since 1970-01-01, for the
/// arithmetic that relative dates need ("three days ago", "last Thursday", "next week").
///
/// The conversions are Howard Hinnant's `days_from_civil` and `civil_from_days`; month lengths and
/// leap years come from ``ISODate``.
struct CalendarDay: Sendable, Equatable, Comparable {
    /// Days since 1970-01-01 (negative before it).
    var number: Int

    init(number: Int) {
        self.number = number
    }

    /// The day `year`-`month`-`day`; the caller checks that it exists.
    init(year: Int, month: Int, day: Int) {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        number = era * 146_097 + doe - 719_468
    }

    /// The day of a full date, or `nil` if the date lacks its month or day or does not exist.
    init?(_ date: PartialDate) {
        guard let year = date.year, let month = date.month, let day = date.day, date.isValid else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The date as year, month and day.
    var date: PartialDate {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return PartialDate(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// The day of the week: 0 Monday … 6 Sunday (1970-01-01 was a Thursday).
    var weekday: Int {
        let w = (number + 3) % 7
        return w < 0 ? w + 7 : w
    }

    /// The Monday of this day's week.
    var monday: CalendarDay { adding(-weekday) }

    func adding(_ days: Int) -> CalendarDay { CalendarDay(number: number + days) }

    static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.number < b.number }
}
