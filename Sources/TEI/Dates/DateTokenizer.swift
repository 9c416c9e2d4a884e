/// Splits UTF-8 bytes into ``DateToken``s, one at a time, in a single pass.
///
/// ASCII is classified with a few comparisons; a non-ASCII character is a letter unless it is one
/// of the spaces, dashes, quotes and symbols listed in ``classify(_:)``. Words of ASCII letters are
/// packed into a key while they are scanned and looked up in the ``DateLexicon``.
struct DateTokenizer {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let lexicon: DateLexicon
    private var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>, lexicon: DateLexicon) {
        self.bytes = bytes
        self.lexicon = lexicon
    }

    /// What a non-ASCII character is.
    private enum Class {
        case letter, space, symbol(DateSymbol)
    }

    /// The next token, or `nil` at the end of the text.
    mutating func next() -> DateToken? {
        let count = bytes.count
        var p = position
        var spaceBefore = p == 0
        while p < count {
            let b = bytes[p]
            if b < 0x80 {
                switch b {
                case 0x61...0x7A, 0x41...0x5A:
                    let token = word(at: p, spaceBefore: spaceBefore)
                    position = token.end
                    return token
                case 0x30...0x39:
                    let token = number(at: p, spaceBefore: spaceBefore)
                    position = token.end
                    return token
                case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C:
                    spaceBefore = true
                    p += 1
                default:
                    position = p + 1
                    return symbolToken(Self.asciiSymbol(b), start: p, end: p + 1, spaceBefore: spaceBefore)
                }
            } else {
                let (cls, length) = classify(p)
                switch cls {
                case .space:
                    spaceBefore = true
                    p += length
                case .symbol(let s):
                    position = p + length
                    return symbolToken(s, start: p, end: p + length, spaceBefore: spaceBefore)
                case .letter:
                    let token = word(at: p, spaceBefore: spaceBefore)
                    position = token.end
                    return token
                }
            }
        }
        position = p
        return nil
    }

    @inline(__always)
    private func symbolToken(_ s: DateSymbol, start: Int, end: Int, spaceBefore: Bool) -> DateToken {
        DateToken(start: start, end: end, value: 0, kind: .symbol, symbol: s, lexeme: .none, digits: 0,
                  spaceBefore: spaceBefore, capitalized: false)
    }

    private func word(at start: Int, spaceBefore: Bool) -> DateToken {
        let count = bytes.count
        var p = start
        var key: UInt64 = 0
        var high: UInt64 = 0
        var length = 0
        var ascii = true
        var last: UInt8 = 0
        var beforeLast: UInt8 = 0
        var third: UInt8 = 0
        while p < count {
            let b = bytes[p]
            if b < 0x80 {
                let lower = b | 0x20
                guard lower >= 0x61 && lower <= 0x7A else { break }
                if length < DateLexicon.lettersPerHalf {
                    key = key << 5 | UInt64(lower - 0x60)
                } else {
                    high = high << 5 | UInt64(lower - 0x60)
                }
                third = beforeLast
                beforeLast = last
                last = lower
                length += 1
                p += 1
            } else {
                let (cls, n) = classify(p)
                guard case .letter = cls else { break }
                ascii = false
                p += n
            }
        }
        let first = bytes[start]
        let entry = ascii && length <= DateLexicon.maxLength ? lexicon.lookup(key, high) : .none
        var shape: UInt8 = 0
        if ascii && first >= 0x61 {
            if last == 0x73 && length >= 3 && beforeLast != 0x73 && beforeLast != 0x75 && beforeLast != 0x69 {
                shape |= DateToken.Shape.pluralLike                           // -s, not -ss, -us, -is
            } else if last == 0x64 && beforeLast == 0x65 && length >= 4 {
                shape |= DateToken.Shape.pastLike                             // -ed
            } else if last == 0x67 && beforeLast == 0x6E && third == 0x69 && length >= 5 {
                shape |= DateToken.Shape.progressiveLike                      // -ing
            }
        }
        return DateToken(start: start, end: p, value: Int32(entry.number), kind: .word, symbol: .none,
                         lexeme: entry.lexeme, digits: 0, spaceBefore: spaceBefore,
                         capitalized: first >= 0x41 && first <= 0x5A, shape: shape)
    }

    private func number(at start: Int, spaceBefore: Bool) -> DateToken {
        let count = bytes.count
        var p = start
        var value: Int32 = 0
        var digits = 0
        while p < count {
            let d = bytes[p] &- 0x30
            guard d < 10 else { break }
            if digits < 9 { value = value &* 10 &+ Int32(d) }
            digits += 1
            p += 1
        }
        return DateToken(start: start, end: p, value: value, kind: .number, symbol: .none, lexeme: .none,
                         digits: UInt8(min(digits, 255)), spaceBefore: spaceBefore, capitalized: false)
    }

    private static func asciiSymbol(_ b: UInt8) -> DateSymbol {
        switch b {
        case UInt8(ascii: "-"): return .hyphen
        case UInt8(ascii: "."): return .period
        case UInt8(ascii: ","): return .comma
        case UInt8(ascii: ":"): return .colon
        case UInt8(ascii: ";"): return .semicolon
        case UInt8(ascii: "/"): return .slash
        case UInt8(ascii: "%"): return .percent
        case UInt8(ascii: "$"): return .currency
        case UInt8(ascii: "#"): return .numberSign
        case UInt8(ascii: "'"), UInt8(ascii: "`"): return .apostrophe
        case UInt8(ascii: "\""): return .quote
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "<"): return .open
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ">"): return .close
        case UInt8(ascii: "!"), UInt8(ascii: "?"): return .terminal
        default: return .other
        }
    }

    /// Classifies the non-ASCII character starting at `p` and gives its length in bytes.
    private func classify(_ p: Int) -> (Class, Int) {
        let count = bytes.count
        let lead = bytes[p]
        let length = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard p + length <= count else { return (.letter, count - p) }
        if length == 2 {
            guard lead == 0xC2 else { return (.letter, 2) }
            switch bytes[p + 1] {
            case 0xA0: return (.space, 2)                                   // no-break space
            case 0xA2, 0xA3, 0xA4, 0xA5: return (.symbol(.currency), 2)     // ¢ £ ¤ ¥
            case 0xA7: return (.symbol(.numberSign), 2)                     // §
            case 0xAB, 0xBB: return (.symbol(.quote), 2)                    // « »
            case 0xA1, 0xBF: return (.symbol(.terminal), 2)                 // ¡ ¿
            case 0x80...0xBF: return (.symbol(.other), 2)                   // other Latin-1 symbols (°, ±, ·…)
            default: return (.letter, 2)
            }
        }
        if length == 3 {
            let b1 = bytes[p + 1], b2 = bytes[p + 2]
            switch (lead, b1) {
            case (0xE2, 0x80):
                switch b2 {
                case 0x80...0x8B, 0xAF: return (.space, 3)                  // spaces, zero width space
                case 0x90, 0x91, 0x92: return (.symbol(.hyphen), 3)         // ‐ ‑ ‒
                case 0x93: return (.symbol(.enDash), 3)                     // –
                case 0x94, 0x95: return (.symbol(.emDash), 3)               // — ―
                case 0x98, 0x99, 0x9A, 0x9B, 0xB2: return (.symbol(.apostrophe), 3)   // ‘ ’ ‚ ‛ ′
                case 0x9C, 0x9D, 0x9E, 0x9F: return (.symbol(.quote), 3)    // “ ” „ ‟
                case 0xA6: return (.symbol(.ellipsis), 3)                   // …
                default: return (.symbol(.other), 3)
                }
            case (0xE2, 0x81):
                return b2 == 0x9F || b2 == 0xA0 ? (.space, 3) : (.symbol(.other), 3)
            case (0xE2, 0x82), (0xE2, 0x83):
                return (.symbol(.currency), 3)                              // € and the currency block
            case (0xE2, 0x84):
                return b2 == 0x96 ? (.symbol(.numberSign), 3) : (.letter, 3)  // №
            case (0xE2, 0x88):
                return (.symbol(.other), 3)                                 // − and other maths
            case (0xE3, 0x80):
                return b2 == 0x80 ? (.space, 3) : (.symbol(.other), 3)      // ideographic space, CJK punctuation
            case (0xEF, 0xBB):
                return b2 == 0xBF ? (.space, 3) : (.letter, 3)              // byte order mark
            default:
                return (.letter, 3)
            }
        }
        return (.letter, length)
    }
}
