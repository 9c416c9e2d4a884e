/// Checks the calendar part of ISO 8601 values in TEI dating attributes.
enum CalendarCheck {
    /// False only for values that look like an ISO date (`YYYY-MM`, `YYYY-MM-DD`, optionally signed and
    /// followed by a time) but name a month or day that does not exist. Other forms are left to schemas.
    static func isPlausible(_ value: String) -> Bool {
        let unsigned = value.hasPrefix("-") ? value.dropFirst() : value[...]
        let fields = unsigned.prefix { $0 != "T" }.split(separator: "-", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count), fields[0].count >= 4, fields.dropFirst().allSatisfy({ $0.count == 2 }),
              fields.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(fields[0]), let month = Int(fields[1])
        else { return true }
        guard (1...12).contains(month) else { return false }
        guard fields.count == 3, let day = Int(fields[2]) else { return true }
        return (1...ISODate.daysIn(month: month, year: year)).contains(day)
    }
}
