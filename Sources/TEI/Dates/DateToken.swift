/// One word, number or symbol of the text, with its UTF-8 byte extent.
///
/// Whitespace makes no token; it is remembered as ``spaceBefore`` on the token that follows it, so
/// rules can tell "2016-2020" (glued) from "2016 - 2020" and "A2020" from "A 2020".
struct DateToken: Sendable {
    /// The three kinds of token, and the sentinel that stands for "no token here".
    enum Kind: UInt8, Sendable {
        /// A run of letters (ASCII letters and non-ASCII characters that are neither spaces nor punctuation).
        case word
        /// A run of ASCII digits.
        case number
        /// One punctuation or symbol character.
        case symbol
        /// The sentinel, before the first and after the last token.
        case end
    }

    /// UTF-8 byte offset of the first byte.
    var start: Int
    /// UTF-8 byte offset just past the last byte.
    var end: Int
    /// For numbers, the value of the digits (saturated at nine digits); for number words ("three",
    /// "sixties", "third"), their number; otherwise 0.
    var value: Int32
    var kind: Kind
    /// For symbols, which one; otherwise `.none`.
    var symbol: DateSymbol
    /// For words, their meaning to the grammar; otherwise `.none`.
    var lexeme: DateLexeme
    /// For numbers, how many digits (saturated at 255); otherwise 0.
    var digits: UInt8
    /// Whether whitespace (or the start of the text) comes right before the token.
    var spaceBefore: Bool
    /// For words, whether the first letter is an ASCII capital.
    var capitalized: Bool
    /// For words, what their letters look like (``Shape``).
    var shape: UInt8 = 0

    /// Flags for ``shape``.
    enum Shape {
        /// A lowercase ASCII word of three letters or more ending in "s" but not "ss", "us" or "is":
        /// perhaps a plural noun.
        static let pluralLike: UInt8 = 1
        /// A lowercase ASCII word of four letters or more ending in "ed": perhaps a past tense.
        static let pastLike: UInt8 = 2
        /// A lowercase ASCII word of five letters or more ending in "ing": perhaps a progressive.
        static let progressiveLike: UInt8 = 4
    }

    /// The token returned for positions outside the text.
    static let sentinel = DateToken(start: 0, end: 0, value: 0, kind: .end, symbol: .none, lexeme: .none,
                                    digits: 0, spaceBefore: true, capitalized: false)

    /// Whether this word looks like a plural noun (and is not a known verb or pronoun ending in "s").
    var isPluralLike: Bool { shape & Shape.pluralLike != 0 && lexeme == .none }

    /// Whether this word looks like a past tense ("announced").
    var isPastLike: Bool { shape & Shape.pastLike != 0 }

    /// Whether this word looks like a progressive ("leaving").
    var isProgressiveLike: Bool { shape & Shape.progressiveLike != 0 }

    /// Whether this is a word with meaning `l`.
    @inline(__always)
    func isWord(_ l: DateLexeme) -> Bool { kind == .word && lexeme == l }

    /// Whether this is a number of `count` digits.
    @inline(__always)
    func isNumber(digits count: Int) -> Bool { kind == .number && Int(digits) == count }

    /// Whether this is the symbol `s`.
    @inline(__always)
    func isSymbol(_ s: DateSymbol) -> Bool { kind == .symbol && symbol == s }

    /// Whether this is a hyphen or an en dash, the dashes that join the two ends of a range.
    var isRangeDash: Bool { kind == .symbol && (symbol == .hyphen || symbol == .enDash) }
}
