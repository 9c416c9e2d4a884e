/// Read access to a window of tokens for the rules, with the small questions they keep asking.
///
/// Indices outside the window give ``DateToken/sentinel``, so rules can look ahead and behind
/// without bounds checks of their own.
struct DateTokenView {
    private let tokens: [DateToken]

    init(_ tokens: [DateToken]) {
        self.tokens = tokens
    }

    @inline(__always)
    subscript(_ i: Int) -> DateToken {
        i >= 0 && i < tokens.count ? tokens[i] : .sentinel
    }

    /// Whether token `i` exists and follows token `i - 1` with no whitespace between.
    @inline(__always)
    func glued(_ i: Int) -> Bool {
        i > 0 && i < tokens.count && !tokens[i].spaceBefore
    }

    /// The year if token `i` is a four-digit number from 1000 to 2099.
    func year(_ i: Int) -> Int? {
        let t = self[i]
        guard t.isNumber(digits: 4), t.value >= 1000, t.value <= 2099 else { return nil }
        return Int(t.value)
    }

    /// The day if token `i` is a one- or two-digit number from 1 to 31.
    func day(_ i: Int) -> Int? {
        let t = self[i]
        guard t.kind == .number, t.digits <= 2, t.value >= 1, t.value <= 31 else { return nil }
        return Int(t.value)
    }

    /// The month if a month name starts at token `i`, and the index after it (past the period of an
    /// abbreviation such as "Dec.").
    func month(_ i: Int) -> (month: Int, next: Int)? {
        let t = self[i]
        guard t.kind == .word, let month = t.lexeme.month else { return nil }
        if t.lexeme.monthNeedsCapital && !t.capitalized { return nil }
        if t.lexeme.isMonthAbbreviation && self[i + 1].isSymbol(.period) && glued(i + 1) {
            return (month, i + 2)
        }
        return (month, i + 1)
    }

    /// Whether token `i` is a word with meaning `lexeme`.
    @inline(__always)
    func isWord(_ i: Int, _ lexeme: DateLexeme) -> Bool {
        let t = self[i]
        return t.kind == .word && t.lexeme == lexeme
    }

    /// Whether token `i` is a hyphen glued to the tokens on both sides.
    func isGluedHyphen(_ i: Int) -> Bool {
        self[i].isSymbol(.hyphen) && glued(i) && glued(i + 1)
    }

    /// An ordinal starting at token `i` ("19th", "nineteenth", "twenty-first") and the index after it.
    func ordinal(_ i: Int) -> (value: Int, next: Int)? {
        let t = self[i]
        if t.kind == .number {
            guard t.digits <= 2, glued(i + 1), isWord(i + 1, .ordinalSuffix) else { return nil }
            return (Int(t.value), i + 2)
        }
        guard t.kind == .word else { return nil }
        if t.lexeme == .ordinalWord { return (Int(t.value), i + 1) }
        if t.lexeme == .tens, isGluedHyphen(i + 1), isWord(i + 2, .ordinalWord), self[i + 2].value < 10 {
            return (Int(t.value + self[i + 2].value), i + 3)
        }
        return nil
    }

    /// An ordinal ending just before token `end` and the index where it starts.
    func ordinal(endingAt end: Int) -> (value: Int, start: Int)? {
        let last = self[end - 1]
        guard last.kind == .word else { return nil }
        if last.lexeme == .ordinalSuffix {
            let number = self[end - 2]
            guard glued(end - 1), number.kind == .number, number.digits <= 2 else { return nil }
            return (Int(number.value), end - 2)
        }
        guard last.lexeme == .ordinalWord else { return nil }
        if last.value < 10, isGluedHyphen(end - 2), isWord(end - 3, .tens) {
            return (Int(self[end - 3].value + last.value), end - 3)
        }
        return (Int(last.value), end - 1)
    }

    /// A count ending just before token `end` ("3", "three", "twenty-five", "a") and where it starts.
    func count(endingAt end: Int) -> (value: Int, start: Int)? {
        let last = self[end - 1]
        switch last.kind {
        case .number:
            guard last.digits <= 3, last.value > 0, last.spaceBefore || self[end - 2].kind == .end else { return nil }
            return (Int(last.value), end - 1)
        case .word:
            switch last.lexeme {
            case .cardinal:
                if last.value < 10, isGluedHyphen(end - 2), isWord(end - 3, .tens) {
                    return (Int(self[end - 3].value + last.value), end - 3)
                }
                return (Int(last.value), end - 1)
            case .tens:
                return (Int(last.value), end - 1)
            case .article:
                return (1, end - 1)
            default:
                return nil
            }
        default:
            return nil
        }
    }

    /// Whether token `i` is a capitalised full weekday name.
    func weekday(_ i: Int) -> Int? {
        let t = self[i]
        guard t.kind == .word, t.lexeme.isWeekday, t.capitalized else { return nil }
        return t.lexeme.weekday
    }
}
