/// One pattern of date expression, tried at every token that may start one.
///
/// A rule looks at the tokens from `i` on (and may look behind) and returns what it found at `i`, or
/// `nil`. Most matches start at `i`; a rule may also take in a few tokens before `i` ("last" in "last
/// week", "three" in "three days ago", "first" in "the first quarter"), as long as no earlier match
/// holds them. The recognizer keeps the longest match of all rules (the first rule listed on a tie)
/// that the ``DateBoundary`` checks accept; vetoes skip those checks. A countable match that reads
/// as a quantity ("2016-2020 people") becomes a veto. Rules must stay within ``DateRecognizer``'s
/// look-ahead and look-behind of tokens.
///
/// A rule is only tried at the tokens its ``triggers`` name. Rules are stateless final classes, so
/// that calling them through the protocol copies no existential boxes.
protocol DateRule: AnyObject, Sendable {
    /// The tokens this rule is tried at.
    var triggers: [DateTrigger] { get }

    /// The match found at token `i`, if this rule finds one there.
    func match(_ t: DateTokenView, at i: Int, context: DateRuleContext) -> DateRuleMatch?
}

/// A kind of token a rule is tried at.
enum DateTrigger: Sendable {
    case number
    case apostrophe
    case word(DateLexeme)

    /// Index of the trigger in a table: numbers, apostrophes, then words by lexeme.
    var index: Int {
        switch self {
        case .number: return 0
        case .apostrophe: return 1
        case .word(let lexeme): return 2 + Int(lexeme.rawValue)
        }
    }

    /// Size of a table indexed by ``index``.
    static let tableSize = 2 + 256

    /// The table index of `token`, or `nil` for tokens no rule may be tried at.
    @inline(__always)
    static func index(of token: DateToken) -> Int? {
        switch token.kind {
        case .number: return 0
        case .symbol: return token.symbol == .apostrophe ? 1 : nil
        case .word: return token.lexeme == .none ? nil : 2 + Int(token.lexeme.rawValue)
        case .end: return nil
        }
    }

    /// Every month name and abbreviation.
    static let months: [DateTrigger] = (1...24).compactMap { DateLexeme(rawValue: $0).map { .word($0) } }
    /// Every full weekday name.
    static let weekdays: [DateTrigger] = (25...31).compactMap { DateLexeme(rawValue: $0).map { .word($0) } }
    /// Every weekday abbreviation.
    static let weekdayAbbreviations: [DateTrigger] = (32...38).compactMap { DateLexeme(rawValue: $0).map { .word($0) } }
    static let seasons: [DateTrigger] = [.word(.spring), .word(.summer), .word(.autumn), .word(.fall), .word(.winter)]
}
