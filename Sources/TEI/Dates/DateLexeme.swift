/// What a word means to the date grammar.
///
/// Words the grammar does not care about are `.none`. Months have the raw values 1–12 (full names)
/// and 13–24 (abbreviations, raw value minus 12 is the month), weekdays 25–31 and their
/// abbreviations 32–38, and number words sit in runs of raw values too, so that their numbers are
/// arithmetic rather than a lookup.
enum DateLexeme: UInt8, Sendable {
    case none = 0

    case january = 1, february, march, april, may, june, july, august, september, october, november, december
    case jan = 13, feb = 14, mar = 15, apr = 16, jun = 18, jul = 19, aug = 20, sep = 21, oct = 22, nov = 23, dec = 24

    case monday = 25, tuesday, wednesday, thursday, friday, saturday, sunday
    /// "Mon", "Tue", "Tues", … : a weekday only when capitalised, with a period, before a date.
    case mon = 32, tue, wed, thu, fri, sat, sun

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
    /// `pre`, `post`: may stand glued by a hyphen before a year ("pre-2020").
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

    /// `early`, `mid`, `late`: narrow the period after them ("early 2019", "mid-1990s").
    case early = 54, mid, late

    case today = 57, tonight, yesterday, tomorrow
    /// `this`, `last`, `next`: point from the document date ("last week", "next Friday").
    case this = 61, last, next
    case ago = 64
    case now
    /// `time`, as in "in two years' time".
    case time
    case `in` = 67, on, since, by, during, before, after, the
    case morning = 75, afternoon, evening, night

    /// Units of time. The plurals are also units of quantity ("2020 years").
    case day = 80, days, week, weeks, weekend, month, months, year, years, decade, decades, century, centuries

    case quarter = 94, half
    case spring = 96, summer, autumn, fall, winter
    /// `circa`, and `c`/`ca` before a period: "c. 1450".
    case circa = 101, circaAbbreviation
    /// `Q` of "Q1 2020" and `H` of "H1 2019".
    case quarterLetter = 103, halfLetter
    case christmas = 105, eve, new, valentine, halloween
    /// Words that show the sentence speaks of the future: "will", "shall", "’ll", "due", "expected"…
    case futureCue = 110
    /// Words that show the sentence speaks of the past: "was", "were", "had", "did", irregular pasts.
    case pastCue
    /// Words before "from" that make "from A to B" a change rather than a span: "moved", "postponed", "back".
    case changeCue
    /// A street word after which a number is an address: "Avenue", "Street", "Broadway".
    case streetSuffix
    /// Words ending in "s" that are not plural nouns: "was", "has", "marks", "sees", "this"…
    case notPlural
    /// A word after which "of N" is a count: "a crowd of 2000", "a total of 1750", "out of 2000".
    case collective
    /// "said", "says", "told", "announced": a bare weekday may follow ("said Friday").
    case reportVerb
    /// Determiners and possessives before a year used as a modifier: "its", "his", "her", "their", "our".
    case determiner
    /// `a`, `an`: one, in "a year ago".
    case article
    /// `be`, `been`, `being`, `is`, `are`, `am`: before a participle in "-ed", which is then no past tense.
    case auxiliary
    /// Present tenses of verbs of schedules, which speak of the future: "ends", "opens", "resumes".
    case scheduleVerb = 176

    /// `one` … `nineteen`; the token's `value` holds the number.
    case cardinal = 120
    /// `twenty` … `ninety`, which a hyphen may join to a `.cardinal`; the token's `value` holds the number.
    case tens
    /// `twenties` … `nineties`; the token's `value` holds the decade (20 … 90).
    case decadeWord
    /// `first` … `twentieth`, `thirtieth`; the token's `value` holds the number.
    case ordinalWord

    /// Whether a number right after this word is not a date.
    var isNumberCue: Bool { self == .numberCue || self == .numberCueAndUnit }

    /// Whether a number right before this word is a count or quantity.
    var isUnit: Bool {
        switch self {
        case .unit, .numberCueAndUnit, .days, .weeks, .months, .years, .decades, .centuries: return true
        default: return false
        }
    }

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

    /// The day of the week (0 Monday … 6 Sunday) of a weekday name or abbreviation.
    var weekday: Int? {
        switch rawValue {
        case 25...31: return Int(rawValue) - 25
        case 32...38: return Int(rawValue) - 32
        default: return nil
        }
    }

    /// Whether the word is `early`, `mid` or `late`.
    var isPartModifier: Bool { (54...56).contains(rawValue) }

    /// Whether the word is `this`, `last` or `next`.
    var isDeictic: Bool { (61...63).contains(rawValue) }

    /// `morning`, `afternoon`, `evening`, `night`.
    var isPartOfDay: Bool { (75...78).contains(rawValue) }

    /// For a season, the first month of it (December for winter).
    var seasonStart: Int? {
        switch self {
        case .spring: return 3
        case .summer: return 6
        case .autumn, .fall: return 9
        case .winter: return 12
        default: return nil
        }
    }
}
