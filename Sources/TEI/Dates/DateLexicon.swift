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

    /// What the lexicon knows of a word: its meaning and, for number words, their number.
    struct Entry: Sendable {
        var lexeme: DateLexeme
        var number: UInt8

        static let none = Entry(lexeme: .none, number: 0)
    }

    private static let slotBits = 11
    private let keys: [UInt64]
    private let highKeys: [UInt64]
    private let entries: [Entry]

    /// Builds a lexicon from words (any case, ASCII letters only), their meanings and numbers.
    init(_ words: [(String, DateLexeme, Int)]) {
        let size = 1 << Self.slotBits
        precondition(words.count < size / 2, "lexicon too large for its table")
        var keys = [UInt64](repeating: 0, count: size)
        var highKeys = [UInt64](repeating: 0, count: size)
        var entries = [Entry](repeating: .none, count: size)
        for (word, lexeme, number) in words {
            let (key, high) = Self.key(word)
            precondition(key != 0, "not a lexicon word: \(word)")
            var slot = Self.slot(key, high)
            while keys[slot] != 0 && (keys[slot] != key || highKeys[slot] != high) { slot = (slot + 1) & (size - 1) }
            precondition(keys[slot] == 0, "word listed twice: \(word)")
            keys[slot] = key
            highKeys[slot] = high
            entries[slot] = Entry(lexeme: lexeme, number: UInt8(number))
        }
        self.keys = keys
        self.highKeys = highKeys
        self.entries = entries
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

    /// What the word with packed key (`key`, `high`) means (`.none` for unknown words and for key 0).
    @inline(__always)
    func lookup(_ key: UInt64, _ high: UInt64) -> Entry {
        if key == 0 { return .none }
        let mask = keys.count - 1
        var slot = Self.slot(key, high)
        while true {
            let k = keys[slot]
            if k == key && highKeys[slot] == high { return entries[slot] }
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
            ("mon", .mon), ("tue", .tue), ("tues", .tue), ("wed", .wed), ("thu", .thu), ("thur", .thu),
            ("thurs", .thu), ("fri", .fri), ("sat", .sat), ("sun", .sun),
            ("from", .from), ("between", .between), ("to", .to), ("until", .until), ("till", .until),
            ("through", .until), ("thru", .until), ("and", .and), ("of", .of),
            ("st", .ordinalSuffix), ("nd", .ordinalSuffix), ("rd", .ordinalSuffix), ("th", .ordinalSuffix),
            ("s", .pluralS),
            ("pre", .hyphenPrefix), ("post", .hyphenPrefix),
            ("early", .early), ("mid", .mid), ("late", .late),
            ("today", .today), ("tonight", .tonight), ("yesterday", .yesterday), ("tomorrow", .tomorrow),
            ("this", .this), ("last", .last), ("next", .next), ("ago", .ago), ("now", .now), ("time", .time),
            ("in", .in), ("on", .on), ("since", .since), ("by", .by), ("during", .during), ("before", .before),
            ("after", .after), ("the", .the),
            ("morning", .morning), ("afternoon", .afternoon), ("evening", .evening), ("night", .night),
            ("day", .day), ("days", .days), ("week", .week), ("weeks", .weeks), ("weekend", .weekend),
            ("month", .month), ("months", .months), ("year", .year), ("years", .years),
            ("decade", .decade), ("decades", .decades), ("century", .century), ("centuries", .centuries),
            ("quarter", .quarter), ("half", .half),
            ("spring", .spring), ("summer", .summer), ("autumn", .autumn), ("fall", .fall), ("winter", .winter),
            ("circa", .circa), ("c", .circaAbbreviation), ("ca", .circaAbbreviation),
            ("q", .quarterLetter), ("h", .halfLetter),
            ("christmas", .christmas), ("eve", .eve), ("new", .new), ("valentine", .valentine),
            ("halloween", .halloween),
            ("no", .numberAbbreviationCue), ("nos", .numberAbbreviationCue), ("art", .numberAbbreviationCue),
            ("a", .article), ("an", .article),
            ("its", .determiner), ("his", .determiner), ("her", .determiner), ("their", .determiner),
            ("our", .determiner), ("whose", .determiner), ("my", .determiner), ("your", .determiner),
            ("be", .auxiliary), ("been", .auxiliary), ("being", .auxiliary), ("is", .auxiliary),
            ("are", .auxiliary), ("am", .auxiliary),
            ("said", .reportVerb), ("says", .reportVerb), ("told", .reportVerb), ("announced", .reportVerb),
        ]
        let numberCues = """
            page pages p pp number numbers num nr resolution resolutions decree decrees decision decisions \
            directive directives circular circulars article articles clause clauses section sections chapter \
            chapters paragraph para item items code room rooms flight flights route highway km kilometre \
            kilometer level hill height altitude elevation vol volume issue line model version ver box \
            apartment apt gate platform channel ticket ref id unit lot plot batch serial phone tel fax zip \
            postcode account usd eur euro gbp jpy cny rmb vnd inr rs aud cad sgd dong form forms station \
            suite hotline interstate exit pier bus tram fiscal fy ward district
            """
        let countCues = "nearly almost approximately than over some only another"
        let units = """
            people persons men women children kids soldiers troops officers personnel staff members \
            participants delegates students pupils workers employees households families patients cases \
            deaths victims casualties units times meters metres m km kilometers kilometres miles feet ft kg \
            kilograms tons tonnes hectares ha dollars euros usd vnd dong yuan yen pounds hours minutes \
            seconds vehicles ships vessels aircraft planes tanks rounds copies pages \
            words items pieces points votes beds seats mw kw kwh gb mb billion million thousand hundred \
            percent cents rooms sq square cubic steps projects companies enterprises firms businesses \
            villages communes schools houses homes visitors tourists guests athletes teams volunteers doctors \
            nurses teachers farmers residents inhabitants citizens laborers labourers recruits cadets sailors \
            pilots marines police policemen guards mg g ml l hp horsepower mph kph rpm calories kcal gmt utc \
            voters protesters demonstrators refugees migrants spectators fans readers viewers signatures \
            respondents ballots
            """
        let words: [(String, DateLexeme)] = [
            ("will", .futureCue), ("shall", .futureCue), ("ll", .futureCue), ("going", .futureCue),
            ("due", .futureCue), ("scheduled", .futureCue), ("expected", .futureCue), ("plans", .futureCue),
            ("plan", .futureCue), ("upcoming", .futureCue), ("forthcoming", .futureCue),
            ("begins", .scheduleVerb), ("starts", .scheduleVerb), ("opens", .scheduleVerb),
            ("closes", .scheduleVerb), ("ends", .scheduleVerb), ("resumes", .scheduleVerb), ("meets", .scheduleVerb),
            ("arrives", .scheduleVerb), ("departs", .scheduleVerb), ("returns", .scheduleVerb),
            ("expires", .scheduleVerb), ("reopens", .scheduleVerb), ("convenes", .scheduleVerb),
            ("finishes", .scheduleVerb), ("leaves", .scheduleVerb),
            ("was", .pastCue), ("were", .pastCue), ("had", .pastCue), ("did", .pastCue), ("came", .pastCue),
            ("went", .pastCue), ("took", .pastCue), ("began", .pastCue), ("fell", .pastCue), ("rose", .pastCue),
            ("won", .pastCue), ("lost", .pastCue), ("saw", .pastCue), ("met", .pastCue), ("left", .pastCue),
            ("made", .pastCue), ("got", .pastCue), ("gave", .pastCue), ("held", .pastCue), ("found", .pastCue),
            ("struck", .pastCue), ("hit", .pastCue), ("broke", .pastCue), ("sank", .pastCue), ("ran", .pastCue),
            ("sold", .pastCue), ("spent", .pastCue), ("wrote", .pastCue), ("became", .pastCue), ("grew", .pastCue),
            ("moved", .changeCue), ("postponed", .changeCue), ("delayed", .changeCue), ("rescheduled", .changeCue),
            ("shifted", .changeCue), ("changed", .changeCue), ("back", .changeCue), ("forward", .changeCue),
            ("brought", .changeCue), ("pushed", .changeCue), ("deferred", .changeCue),
            ("street", .streetSuffix), ("avenue", .streetSuffix), ("ave", .streetSuffix), ("road", .streetSuffix),
            ("boulevard", .streetSuffix), ("blvd", .streetSuffix), ("lane", .streetSuffix),
            ("drive", .streetSuffix), ("broadway", .streetSuffix), ("parkway", .streetSuffix),
            ("crowd", .collective), ("total", .collective), ("group", .collective), ("force", .collective),
            ("fleet", .collective), ("population", .collective), ("maximum", .collective),
            ("minimum", .collective), ("average", .collective), ("toll", .collective), ("tally", .collective),
            ("army", .collective), ("team", .collective), ("out", .collective),
        ]
        entries += words
        let notPlural = """
            was has does goes marks sees remains begins ends brings looks seems means holds promises comes \
            makes takes gives shows starts runs represents sets proves appears becomes follows as this thus \
            plus yes perhaps always towards afterwards sometimes besides whereas us its his hers ours yours \
            theirs was kicks opens closes sees
            """
        var result: [(String, DateLexeme, Int)] = entries.map { ($0.0, $0.1, 0) }
        func add(_ word: String, _ lexeme: DateLexeme, _ number: Int = 0) {
            if let index = result.firstIndex(where: { $0.0 == word }) {
                let old = result[index].1
                if old == lexeme { return }
                if old == .numberCue && lexeme == .unit {
                    result[index].1 = .numberCueAndUnit
                    return
                }
                preconditionFailure("word listed twice: \(word)")
            }
            result.append((word, lexeme, number))
        }
        for word in numberCues.split(separator: " ") where !word.isEmpty { add(String(word), .numberCue) }
        for word in countCues.split(separator: " ") where !word.isEmpty { add(String(word), .countCue) }
        for word in units.split(separator: " ") where !word.isEmpty { add(String(word), .unit) }
        for word in notPlural.split(separator: " ") where !word.isEmpty && !result.contains(where: { $0.0 == word }) {
            add(String(word), .notPlural)
        }
        let cardinals = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        for (k, word) in cardinals.enumerated() { add(word, .cardinal, k + 1) }
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        for (k, word) in tens.enumerated() {
            add(word, .tens, (k + 2) * 10)
            add(String(word.dropLast()) + "ies", .decadeWord, (k + 2) * 10)
        }
        let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                        "eighteenth", "nineteenth", "twentieth"]
        for (k, word) in ordinals.enumerated() { add(word, .ordinalWord, k + 1) }
        add("thirtieth", .ordinalWord, 30)
        return DateLexicon(result)
    }()
}
