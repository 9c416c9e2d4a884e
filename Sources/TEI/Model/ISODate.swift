/// ISO 8601 calendar dates as TEI's `@when` uses them: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`.
public enum ISODate {
    /// Whether `text` is a real calendar date in one of the three forms (no 31 February).
    public static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0])
        else { return false }
        guard parts.count > 1, let month = Int(parts[1]) else { return true }
        guard (1...12).contains(month) else { return false }
        guard parts.count > 2, let day = Int(parts[2]) else { return true }
        return (1...daysIn(month: month, year: year)).contains(day)
    }

    /// The number of days in a month of the proleptic Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
