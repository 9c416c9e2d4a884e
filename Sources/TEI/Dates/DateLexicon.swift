/// The words the date grammar knows, looked up by a packed key without allocating.
///
/// A word of up to ``maxLength`` ASCII letters packs into two `UInt64`s, five bits a letter, case
/// folded, twelve letters in each; the tokenizer computes the key while it scans the word. The table is a small
/// open-addressing hash table with a multiplicative hash. To teach the grammar a new word, add it
/// to ``english``'s list.
struct DateLexicon: Sendable {
    /// Longest word that can be looked up.
    static let maxLength = 24
    /// Letters packed in each half of a key.
    static let lettersPerHalf = 12

    private static let slotBits = 11
    private let keys: [UInt64]
    private let highKeys: [UInt64]
    private let lexemes: [DateLexeme]

    /// Builds a lexicon from words (any case, ASCII letters only) and their meanings.
    init(_ entries: [(String, DateLexeme)]) {
        let size = 1 << Self.slotBits
        precondition(entries.count < size / 2, "lexicon too large for its table")
        var keys = [UInt64](repeating: 0, count: size)
        var highKeys = [UInt64](repeating: 0, count: size)
        var lexemes = [DateLexeme](repeating: .none, count: size)
        for (word, lexeme) in entries {
            let (key, high) = Self.key(word)
            precondition(key != 0, "not a lexicon word: \(word)")
            var slot = Self.slot(key, high)
            while keys[slot] != 0 && (keys[slot] != key || highKeys[slot] != high) { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
            highKeys[slot] = high
            lexemes[slot] = lexeme
        }
        self.keys = keys
        self.highKeys = highKeys
        self.lexemes = lexemes
    }

    /// The packed key of `word` (first twelve letters, then the rest), or (0, 0) if it cannot be
    /// looked up (too long, or not ASCII letters). The tokenizer packs the same way.
    static func key(_ word: String) -> (UInt64, UInt64) {
        var key: UInt64 = 0
        var high: UInt64 = 0
        var length = 0
        for byte in word.utf8 {
            let lower = byte | 0x20
            guard lower >= 0x61 && lower <= 0x7A else { return (0, 0) }
            if length < lettersPerHalf {
                key = key << 5 | UInt64(lower - 0x60)
            } else {
                high = high << 5 | UInt64(lower - 0x60)
            }
            length += 1
        }
        return length <= maxLength ? (key, high) : (0, 0)
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ high: UInt64) -> Int {
        Int(truncatingIfNeeded: ((key ^ high &* 31) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - slotBits))
    }

    /// The meaning of the word with packed key (`key`, `high`) (`.none` for unknown words and for key 0).
    @inline(__always)
    func lookup(_ key: UInt64, _ high: UInt64) -> DateLexeme {
        if key == 0 { return .none }
        let mask = keys.count - 1
        var slot = Self.slot(key, high)
        while true {
            let k = keys[slot]
            if k == key && highKeys[slot] == high { return lexemes[slot] }
            if k == 0 { return .none }
            slot = (slot + 1) & mask
        }
    }

    /// The English lexicon.
    static let english: DateLexicon = {
        var entries: [(String, DateLexeme)] = [
            ("january", .january), ("february", .february), ("march", .march), ("april", .april),
            ("may", .may), ("june", .june), ("july", .july), ("august", .august),
            ("september", .september), ("october", .october), ("november", .november), ("december", .december),
            ("jan", .jan), ("feb", .feb), ("mar", .mar), ("apr", .apr), ("jun", .jun), ("jul", .jul),
            ("aug", .aug), ("sep", .sep), ("sept", .sep), ("oct", .oct), ("nov", .nov), ("dec", .dec),
            ("monday", .monday), ("tuesday", .tuesday), ("wednesday", .wednesday), ("thursday", .thursday),
            ("friday", .friday), ("saturday", .saturday), ("sunday", .sunday),
            ("from", .from), ("between", .between), ("to", .to), ("until", .until), ("till", .until),
            ("through", .until), ("thru", .until), ("and", .and), ("of", .of),
            ("st", .ordinalSuffix), ("nd", .ordinalSuffix), ("rd", .ordinalSuffix), ("th", .ordinalSuffix),
            ("s", .pluralS),
            ("mid", .hyphenPrefix), ("pre", .hyphenPrefix), ("post", .hyphenPrefix),
            ("early", .hyphenPrefix), ("late", .hyphenPrefix),
            ("no", .numberAbbreviationCue), ("nos", .numberAbbreviationCue), ("art", .numberAbbreviationCue),
        ]
        let numberCues = """
            page pages p pp number numbers num nr resolution resolutions decree decrees decision decisions \
            directive directives circular circulars article articles clause clauses section sections chapter \
            chapters paragraph para item items code room rooms flight flights route highway km kilometre \
            kilometer level hill height altitude elevation vol volume issue line model version ver box \
            apartment apt gate platform channel ticket ref id unit lot plot batch serial phone tel fax zip \
            postcode account usd eur euro gbp jpy cny rmb vnd inr rs aud cad sgd dong
            """
        let countCues = "nearly almost approximately than over some"
        let units = """
            people persons men women children kids soldiers troops officers personnel staff members \
            participants delegates students pupils workers employees households families patients cases \
            deaths victims casualties units times meters metres m km kilometers kilometres miles feet ft kg \
            kilograms tons tonnes hectares ha dollars euros usd vnd dong yuan yen pounds hours minutes \
            seconds days weeks months years vehicles ships vessels aircraft planes tanks rounds copies pages \
            words items pieces points votes beds seats mw kw kwh gb mb billion million thousand hundred \
            percent cents rooms sq square cubic steps projects companies enterprises firms businesses \
            villages communes schools houses homes visitors tourists guests athletes teams volunteers doctors \
            nurses teachers farmers residents inhabitants citizens laborers labourers recruits cadets sailors \
            pilots marines police policemen guards
            """
        for word in numberCues.split(separator: " ") where !word.isEmpty { entries.append((String(word), .numberCue)) }
        for word in countCues.split(separator: " ") where !word.isEmpty { entries.append((String(word), .countCue)) }
        for word in units.split(separator: " ") where !word.isEmpty {
            if let index = entries.firstIndex(where: { $0.0 == word }) {
                precondition(entries[index].1 == .numberCue, "unit already listed: \(word)")
                entries[index].1 = .numberCueAndUnit
            } else {
                entries.append((String(word), .unit))
            }
        }
        return DateLexicon(entries)
    }()
}
