/// Finds date expressions in English text and gives their ISO 8601 values, the way TEI's `<date>`
/// attributes (`@when`, `@from`, `@to`, …) want them.
///
/// It reads years ("in 2020"), full dates ("3 December 2019", "December 3, 2019", "Dec. 3, 2019",
/// "3rd of December, 2019", "Tuesday, 3 December 2019", "2019-12-03"), months of a year
/// ("December 2019"), decades ("1990s", "’90s") and ranges ("2016–2020", "2016-20",
/// "from 2016 to 2020", "between 1998 and 2000", "from May to July 2019", "3–5 December 2019"),
/// and leaves alone numbers that are counts, quantities, ordinals, identifiers, money,
/// percentages, times, pages, scores and decimals.
///
/// The text is read once, as UTF-8 bytes: a tokenizer cuts it into words, numbers and symbols with
/// their byte offsets, and a list of small ``DateRule``s is tried at each token that may start a
/// date (a number, a month or weekday name, "from", "between", an apostrophe). The longest match
/// wins, leftmost first, and ``DateBoundary`` rejects numbers whose neighbours show they are not
/// dates. Tokens are kept in a bounded window, so memory does not grow with the text.
public struct DateRecognizer: Sendable {
    /// How many tokens a rule may look ahead of where it starts.
    static let lookahead = 40
    /// How many tokens before the current one stay visible to the rules.
    static let lookbehind = 4
    /// How many tokens the window holds at most.
    static let windowSize = 4096

    private let context: DateRuleContext
    private let rules: [any DateRule]
    private let lexicon: DateLexicon

    /// Creates a recognizer.
    ///
    /// - Parameter documentDate: ISO date of the talk (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) if known;
    ///   used to resolve year-less or relative dates (for now, only two-digit decades such as
    ///   "’20s"). Other forms are ignored.
    public init(documentDate: String? = nil) {
        context = DateRuleContext(documentDate: documentDate)
        lexicon = .english
        rules = [
            OpenedRangeRule(),
            WeekdayDateRule(),
            DashRangeRule(),
            ShortYearRangeRule(),
            DecadeRule(),
            PointDateRule(),
        ]
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
        while true {
            if !exhausted && window.count - i < Self.lookahead {
                let drop = i - Self.lookbehind
                if drop > 0 {
                    window.removeFirst(drop)
                    i -= drop
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
            guard window[i].isTrigger else {
                i += 1
                continue
            }
            if let match = bestMatch(DateTokenView(window), at: i) {
                if let value = match.reading.value {
                    found.append(DateMention(range: window[match.start].start ..< window[match.end - 1].end,
                                             value: value))
                }
                i = match.end
            } else {
                i += 1
            }
        }
        return found
    }

    /// The longest acceptable match of any rule at token `i`.
    private func bestMatch(_ t: DateTokenView, at i: Int) -> DateRuleMatch? {
        var best: DateRuleMatch?
        for rule in rules {
            guard var match = rule.match(t, at: i, context: context), match.end > i else { continue }
            if let best, match.end <= best.end { continue }
            if match.countable && DateBoundary.isFollowedByUnit(t, match.end) {
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
