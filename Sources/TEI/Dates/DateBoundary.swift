/// Decides from the tokens around a candidate whether it is really a date, or a number of another
/// kind: an identifier ("A2020", "Resolution 2019", "No. 2020", "2019/ND-CP"), money ("$2020",
/// "USD 2000"), a percentage, a decimal ("2020.5", "2,020"), a time ("10:30"), a page
/// ("p. 1999"), a phone-like number ("555-2020"), a quantity ("2020 people", "1000-year") or a
/// count ("more than 2000").
enum DateBoundary {
    /// Whether the candidate spanning tokens `start..<end` may stand.
    static func accepts(_ t: DateTokenView, start: Int, end: Int, countable: Bool) -> Bool {
        acceptsBefore(t, start, countable: countable) && acceptsAfter(t, end, countable: countable)
    }

    /// Checks what comes before the first token.
    static func acceptsBefore(_ t: DateTokenView, _ start: Int, countable: Bool) -> Bool {
        let first = t[start]
        let p = start - 1
        let previous = t[p]
        if previous.kind == .end { return true }
        if first.kind == .word {
            return !(t.glued(start) && previous.kind == .number)
        }
        if t.glued(start) {
            switch previous.kind {
            case .word, .number, .end:
                return false                                           // "A2020"
            case .symbol:
                if first.isSymbol(.apostrophe) { return true }
                switch previous.symbol {
                case .open, .quote, .apostrophe, .emDash:
                    return true
                case .hyphen, .enDash:
                    return acceptsDash(t, p)
                default:
                    return false
                }
            }
        }
        switch previous.kind {
        case .symbol:
            switch previous.symbol {
            case .currency, .numberSign:
                return false
            case .period:
                // "No. 2020", "p. 1999"
                let word = t[p - 1]
                guard t.glued(p), word.kind == .word else { return true }
                return acceptsCue(word, dotted: true, countable: countable)
            default:
                return true
            }
        case .word:
            return acceptsCue(previous, dotted: false, countable: countable)
        default:
            return true
        }
    }

    /// A hyphen or en dash at `p` glued to the number after it: "mid-2020" stands, "555-2020" and
    /// "VN-2020" do not.
    private static func acceptsDash(_ t: DateTokenView, _ p: Int) -> Bool {
        guard t.glued(p) else { return true }
        let before = t[p - 1]
        switch before.kind {
        case .number: return false
        case .word: return before.lexeme == .hyphenPrefix
        default: return true
        }
    }

    /// Whether a number may be a date after the word `word`.
    private static func acceptsCue(_ word: DateToken, dotted: Bool, countable: Bool) -> Bool {
        switch word.lexeme {
        case .numberCue, .numberCueAndUnit: return false
        case .numberAbbreviationCue: return !(dotted || word.capitalized)
        case .countCue: return !countable
        default: return true
        }
    }

    /// Checks what comes after the last token (`end` is the index just past it).
    static func acceptsAfter(_ t: DateTokenView, _ end: Int, countable: Bool) -> Bool {
        let next = t[end]
        if next.kind == .end { return true }
        if t.glued(end) {
            guard next.kind == .symbol else { return false }          // "2020s" not a decade, "2020th", "1999km"
            let after = t[end + 1]
            let gluedAfter = t.glued(end + 1)
            switch next.symbol {
            case .close, .quote, .apostrophe, .semicolon, .terminal, .emDash, .ellipsis:
                return true
            case .comma, .colon:
                return !(gluedAfter && after.kind == .number)          // "2020,5", "2020:30"
            case .period, .hyphen, .enDash:
                // "2020.5", "2020-year", "2020-555"; a sentence may end after the year
                return !(gluedAfter && (after.kind == .number || after.kind == .word))
            default:
                return false                                           // "2020%", "2020/21", "2020$"
            }
        }
        if next.kind == .symbol {
            return next.symbol != .percent && !(countable && next.symbol == .currency)
        }
        if countable && isFollowedByUnit(t, end) { return false }
        return true
    }

    /// Whether a unit or plural noun follows, with a space, the token before `end`: "2020 people".
    static func isFollowedByUnit(_ t: DateTokenView, _ end: Int) -> Bool {
        let next = t[end]
        return next.kind == .word && next.spaceBefore && next.lexeme.isUnit
    }
}
