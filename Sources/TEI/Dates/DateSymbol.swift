/// The punctuation or symbol a one-character token stands for, as the date grammar sees it.
///
/// Several characters share a symbol: all quotation marks are `.quote`, all currency signs are
/// `.currency`, the typographic apostrophes and the ASCII one are `.apostrophe`.
enum DateSymbol: UInt8, Sendable {
    /// Not a symbol token (a word, a number or the end sentinel).
    case none
    /// `-` and the Unicode hyphens (U+2010, U+2011, U+2012).
    case hyphen
    /// `–` (U+2013).
    case enDash
    /// `—` and `―` (U+2014, U+2015).
    case emDash
    case period
    case comma
    case colon
    case semicolon
    case slash
    case percent
    /// `$`, `€`, `£`, `¥`, `¢` and the other currency signs.
    case currency
    /// `#`, `№` and `§`: signs that introduce a number which is not a date.
    case numberSign
    /// `'`, `` ` ``, `‘`, `’`, `′`.
    case apostrophe
    /// `"`, `“`, `”`, `„`, `«`, `»`.
    case quote
    /// `(`, `[`, `{`, `<`.
    case open
    /// `)`, `]`, `}`, `>`.
    case close
    /// `!` and `?`.
    case terminal
    /// `…`.
    case ellipsis
    /// Any other symbol.
    case other
}
