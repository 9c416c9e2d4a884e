/// Finds date expressions in English text and gives their ISO 8601 values, the way TEI's `<date>`
/// attributes (`@when`, `@from`, `@to`, `@cert`) want them.
///
/// It reads:
/// - years ("in 2020"), full dates ("3 December 2019", "December 3, 2019", "Dec. 3, 2019",
///   "3rd of December, 2019", "the second of October, 1965", "Tuesday, 3 December 2019",
///   "2019-12-03", "2020/11/05"), numeric dates ("5/12/2019", "26/04/2015", "8.8.2008", month first
///   or day first as set up), months of a year ("December 2019", "December ’76");
/// - decades ("1990s", "’90s", "the sixties"), centuries ("the 19th century", "the nineteenth
///   century": 1800–1899, the TimeML way), seasons ("summer 2019", "the winter of 1962-63"),
///   quarters and halves ("the first quarter of 2020", "Q1 2020", "H1 2019"), holidays ("Christmas
///   Eve 1972");
/// - "early", "mid", "late" and "circa" before them ("the early 1990s" is 1990–1993,
///   `cert="medium"`; see ``DateModifier``);
/// - ranges ("2016–2020", "2016-20", "2019/20", "from 2016 to 2020", "between 1998 and 2000",
///   "from May to July 2019", "3–5 December 2019", "July 5-7, 2019", "from the 1950s to the 1970s");
/// - with a document date, relative and year-less dates: "yesterday", "the day before yesterday",
///   "last Thursday", "on Monday", "next year", "this month", "last week" (Monday to Sunday), "two
///   years ago", "in three weeks", "last summer", "on 3 December", "in March", "the fourth quarter".
///   Where the reading is a guess, `cert` says so (`high` for a year-less date's year or a bare
///   weekday's week, `medium` for seasons, early/mid/late, circa and weeks counted).
///
/// and leaves alone numbers that are counts, quantities, ordinals, identifiers, money, addresses,
/// phone numbers, percentages, times, pages, scores and decimals, and words such as "May" (the name,
/// the verb), "march", "second" or "Sunday" in "The Sunday Times". Without a document date, relative
/// and year-less expressions give nothing.
///
/// The text is read once, as UTF-8 bytes: a tokenizer cuts it into words, numbers and symbols with
/// their byte offsets, and a list of small ``DateRule``s is tried at each token that may start a
/// date or end one that starts a few tokens back (a number, a month or weekday name, "from",
/// "between", "yesterday", a unit of time such as "week" in "last week", an apostrophe). The longest
/// match wins, leftmost first, ``DateModifier`` adds "early" or "circa" before it, and
/// ``DateBoundary`` rejects numbers whose neighbours show they are not dates. Tokens are kept in a
/// bounded window, so memory does not grow with the text.
public struct DateRecognizer: Sendable {
    /// How numeric dates such as "5/12/2019" are read.
    public enum NumericOrder: Sendable {
        /// Month first, as in US English: "5/12/2019" is 12 May 2019.
        case monthFirst
        /// Day first, as in British English and most of the world: "5/12/2019" is 5 December 2019.
        case dayFirst
    }

    /// How many tokens a rule may look ahead of where it starts.
    static let lookahead = 64
    /// How many tokens before the current one stay visible to the rules.
    static let lookbehind = 32
    /// How many tokens the window holds at most.
    static let windowSize = 4096

    private let context: DateRuleContext
    /// The rules to try at a token, by ``DateTrigger/index(of:)``, in the order they are listed.
    private let rulesByTrigger: [[any DateRule]]
    private let lexicon: DateLexicon

    /// Creates a recognizer.
    ///
    /// - Parameters:
    ///   - documentDate: ISO date of the talk (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) if known; used to
    ///     resolve relative and year-less dates and two-digit years. Other forms are ignored.
    ///   - numericOrder: how to read numeric dates whose first two numbers could both be the month;
    ///     a first number above 12 is always the day.
    public init(documentDate: String? = nil, numericOrder: NumericOrder = .monthFirst) {
        context = DateRuleContext(documentDate: documentDate, numericOrder: numericOrder)
        lexicon = .english
        let rules: [any DateRule] = [
            OpenedRangeRule(),
            WeekdayDateRule(),
            DashRangeRule(),
            ShortYearRangeRule(),
            DecadeRule(),
            CenturyRule(),
            SeasonRule(),
            QuarterRule(),
            HolidayRule(),
            PointDateRule(),
            RelativeDayRule(),
            DeicticRule(),
            OffsetRule(),
            BareWeekdayRule(),
        ]
        var table = [[any DateRule]](repeating: [], count: DateTrigger.tableSize)
        for rule in rules {
            for trigger in rule.triggers where !table[trigger.index].contains(where: { $0 === rule }) {
                table[trigger.index].append(rule)
            }
        }
        rulesByTrigger = table
    }

    /// Date expressions in `text`, in order, non-overlapping, each with its ISO value.
    ///
    /// A mention's range is in UTF-8 byte offsets into `text`. Its value has either `when` or range
    /// attributes (`from`/`to`), never `when` together with a range attribute.
    public func mentions(in text: String) -> [DateMention] {
        var text = text
        text.makeContiguousUTF8()
        if let found = text.utf8.withContiguousStorageIfAvailable({ scan($0) }) {
            return found
        }
        return Array(text.utf8).withUnsafeBufferPointer { scan($0) }
    }

    private func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [DateMention] {
        var tokenizer = DateTokenizer(bytes: bytes, lexicon: lexicon)
        var window: [DateToken] = []
        window.reserveCapacity(Self.windowSize)
        var exhausted = false
        var found: [DateMention] = []
        var i = 0
        // Tokens before `floor` belong to an earlier match; rules looking back may not take them.
        var floor = 0
        while true {
            if !exhausted && window.count - i < Self.lookahead {
                let drop = i - Self.lookbehind
                if drop > 0 {
                    window.removeFirst(drop)
                    i -= drop
                    floor -= drop
                }
                while window.count < Self.windowSize {
                    guard let token = tokenizer.next() else {
                        exhausted = true
                        break
                    }
                    window.append(token)
                }
            }
            guard i < window.count else { break }
            guard let trigger = DateTrigger.index(of: window[i]), !rulesByTrigger[trigger].isEmpty else {
                i += 1
                continue
            }
            if let match = bestMatch(rulesByTrigger[trigger], DateTokenView(window), at: i, floor: max(floor, 0)) {
                if let value = match.reading.value {
                    found.append(DateMention(range: window[match.start].start ..< window[match.end - 1].end,
                                             value: value))
                }
                i = match.end
                floor = i
            } else {
                i += 1
            }
        }
        return found
    }

    /// The longest acceptable match of any rule found at token `i`, starting at `floor` or later.
    private func bestMatch(_ rules: [any DateRule], _ t: DateTokenView, at i: Int, floor: Int) -> DateRuleMatch? {
        var best: DateRuleMatch?
        for rule in rules {
            guard var match = rule.match(t, at: i, context: context), match.end > i, match.start >= floor else { continue }
            if let best, match.end < best.end || (match.end == best.end && match.start >= best.start) { continue }
            if !match.isVeto { match = DateModifier.apply(t, match, floor: floor) }
            if match.countable && DateBoundary.isCount(t, start: match.start, end: match.end) {
                // A quantity ("1998-2000 people"): consume it, lest a part of it pass for a date.
                match.reading = .veto
            }
            if !match.isVeto,
               !DateBoundary.accepts(t, start: match.start, end: match.end, countable: match.countable) { continue }
            best = match
        }
        return best
    }
}
