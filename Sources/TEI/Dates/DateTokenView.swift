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
}
