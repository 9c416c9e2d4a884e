/// What a word means to the date grammar.
///
/// Words the grammar does not care about are `.none`. Months have the raw values 1–12 (full names)
/// and 13–24 (abbreviations, raw value minus 12 is the month), so that the month number is
/// arithmetic rather than a lookup.
enum DateLexeme: UInt8, Sendable {
    case none = 0

    case january = 1, february, march, april, may, june, july, august, september, october, november, december
    case jan = 13, feb = 14, mar = 15, apr = 16, jun = 18, jul = 19, aug = 20, sep = 21, oct = 22, nov = 23, dec = 24

    case monday = 25, tuesday, wednesday, thursday, friday, saturday, sunday

    /// `from`, opening a range.
    case from = 40
    /// `between`, opening a range.
    case between
    /// `to`, closing a range opened by `from`.
    case to
    /// `until`, `till`, `through`, `thru`: close a range opened by `from` like `to`.
    case until
    /// `and`, closing a range opened by `between`.
    case and
    /// `of`, as in "3rd of December" or "December of 2019".
    case of

    /// `st`, `nd`, `rd`, `th` glued to a number.
    case ordinalSuffix
    /// `s` glued to a year, making a decade: "1990s".
    case pluralS
    /// `mid`, `pre`, `post`, `early`, `late`: may stand glued by a hyphen before a year ("mid-2020").
    case hyphenPrefix

    /// A word after which a number is an identifier, a page, an amount of money…: "page", "Resolution", "USD".
    case numberCue
    /// Like `.numberCue`, but only when capitalised or followed by a period: "No. 2020", "Art. 5" (but "no 2020 event").
    case numberAbbreviationCue
    /// A word after which a number is a count: "nearly 2000", "more than 2000".
    case countCue
    /// A plural noun or unit after which a number is a count or quantity: "2020 people", "2000 km".
    case unit
    /// Both a `.numberCue` and a `.unit`: "USD 2000" and "2000 USD", "km 2000" and "2000 km".
    case numberCueAndUnit

    /// Whether a number right after this word is not a date.
    var isNumberCue: Bool { self == .numberCue || self == .numberCueAndUnit }

    /// Whether a number right before this word is a count or quantity.
    var isUnit: Bool { self == .unit || self == .numberCueAndUnit }

    /// The month (1–12) if the word names one.
    var month: Int? {
        switch rawValue {
        case 1...12: return Int(rawValue)
        case 13...24: return Int(rawValue) - 12
        default: return nil
        }
    }

    /// Whether the word is a month abbreviation ("Dec"), which may be followed by a period.
    var isMonthAbbreviation: Bool { (13...24).contains(rawValue) }

    /// Whether the word reads as a month only when capitalised: abbreviations, "May" and "March",
    /// which are also ordinary words.
    var monthNeedsCapital: Bool { isMonthAbbreviation || self == .may || self == .march }

    /// Whether the word names a day of the week.
    var isWeekday: Bool { (25...31).contains(rawValue) }

    /// Whether a date pattern may start at this word.
    var isTrigger: Bool { (1...31).contains(rawValue) || self == .from || self == .between }
}
