/// Decides from the tokens around a candidate whether it is really a date, or a number of another
/// kind: an identifier ("A2020", "Resolution 2019", "No. 2020", "2019/ND-CP", "Form 1040"), money
/// ("$2020", "USD 2000"), a percentage, a decimal ("2020.5", "2,020"), a time ("10:30"), a page
/// ("p. 1999"), a phone number ("555-2020", "(024) 3825 1999"), an address ("1600 Pennsylvania
/// Avenue"), a quantity ("2020 people", "1000-year", "1500 protesters") or a count ("more than 2000",
/// "a crowd of 2000").
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
        case .word: return before.lexeme == .hyphenPrefix || before.lexeme.isPartModifier
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
                return false                                           // "2020%", "2020/22", "2020$"
            }
        }
        if next.kind == .symbol {
            return next.symbol != .percent && !(countable && next.symbol == .currency)
        }
        if countable && isFollowedByUnit(t, end) { return false }
        return true
    }

    /// Whether a unit follows, with a space, the token before `end`: "2020 people".
    static func isFollowedByUnit(_ t: DateTokenView, _ end: Int) -> Bool {
        let next = t[end]
        return next.kind == .word && next.spaceBefore && next.lexeme.isUnit
    }

    /// Whether a countable match (a year alone, or a range of years) over `start..<end` reads rather
    /// as a count, a quantity, an address or part of a phone number:
    /// - a unit follows: "2020 people", "1998-2000 soldiers";
    /// - a plural noun follows, perhaps after an adjective ("1500 protesters", "1800 new pupils"),
    ///   unless a word before makes it a date ("in 2019 elections were held"; "the 2019 elections",
    ///   but not "the 2000 respondents": a round hundred after "the" stays a count);
    /// - "of" and a determiner follow ("1500 of its soldiers"), or "to"/"and" and a count ("1600 to
    ///   1800 new pupils");
    /// - "of" follows a collective noun before it ("a crowd of 2000", "a total of 1750");
    /// - a number stands beside it with a space ("(024) 3825 1999", "1900 1234");
    /// - capitalised words ending in a street word follow ("1600 Pennsylvania Avenue").
    static func isCount(_ t: DateTokenView, start: Int, end: Int) -> Bool {
        if isFollowedByUnit(t, end) { return true }
        let next = t[end]
        let before = t[start - 1]
        // phone numbers
        if before.kind == .number && t[start].spaceBefore && (2...4).contains(before.digits) { return true }
        if next.kind == .number && next.spaceBefore && (3...4).contains(next.digits) { return true }
        if next.kind == .word && next.spaceBefore {
            switch next.lexeme {
            case .of:
                let after = t[end + 1]
                if after.kind == .word && (after.lexeme == .determiner || after.lexeme == .the) { return true }
            case .to, .and:
                if isCountAfter(t, end + 1) { return true }
            default:
                if next.capitalized && isAddress(t, end) { return true }
            }
        }
        if before.isWord(.of) && t.isWord(start - 2, .collective) { return true }
        guard pluralFollows(t, end) else { return false }
        if before.kind == .word {
            switch before.lexeme {
            case .in, .since, .by, .until, .during, .before, .after, .from:
                return false
            case .the, .determiner:
                return isRound(t, start, end)
            default:
                break
            }
        }
        if before.isWord(.pluralS) && t[start - 2].isSymbol(.apostrophe) {
            return isRound(t, start, end)                                     // "the company's 2019 results"
        }
        return true
    }

    /// Whether a number of three or four digits at `i` is followed by a unit or plural noun.
    private static func isCountAfter(_ t: DateTokenView, _ i: Int) -> Bool {
        let n = t[i]
        guard n.kind == .number, n.digits >= 3, n.spaceBefore else { return false }
        return isFollowedByUnit(t, i + 1) || pluralFollows(t, i + 1)
    }

    /// Whether a lowercase plural-looking word follows at `end`, or one after an adjective.
    private static func pluralFollows(_ t: DateTokenView, _ end: Int) -> Bool {
        let next = t[end]
        guard next.kind == .word, next.spaceBefore, !next.capitalized else { return false }
        if next.isPluralLike { return true }
        guard next.lexeme == .none || next.lexeme == .new, !next.isPastLike else { return false }
        let after = t[end + 1]
        return after.kind == .word && after.spaceBefore && !after.capitalized && (after.isPluralLike || after.lexeme.isUnit)
    }

    /// Whether capitalised words from `end` lead to a street word within three words.
    private static func isAddress(_ t: DateTokenView, _ end: Int) -> Bool {
        for k in end..<(end + 3) {
            let word = t[k]
            guard word.kind == .word, word.capitalized, word.spaceBefore else { return false }
            if word.lexeme == .streetSuffix || word.lexeme == .ordinalSuffix { return true }   // "St", "Rd"
        }
        return false
    }

    /// Whether the numbers of a match are all round hundreds (1500, 2000; "1500-2000").
    private static func isRound(_ t: DateTokenView, _ start: Int, _ end: Int) -> Bool {
        var any = false
        for k in start..<end where t[k].kind == .number {
            if t[k].value % 100 != 0 { return false }
            any = true
        }
        return any
    }
}
