/// A speaker label at the start of a line: `Reporter: `, `Deputy Defense Minister: `, `THE CLERK: `, or a
/// WebVTT voice tag, `<v Roger Bingham>`.
///
/// A label is a short name or role followed by a colon and a space (or the end of the line), not any
/// sentence with a colon: every word is capitalised (bar a few particles such as `of` or `van`), and
/// words that introduce notes rather than speakers (`Note:`, `Source:`) are not labels.
struct SpeakerLabel: Equatable {
    /// The label exactly as written, from the start of the line through the spacing after the colon.
    var verbatim: Substring
    /// The name, without colon, with runs of spaces folded (`Deputy Defense Minister`).
    var name: String
    /// The rest of the line after the label.
    var rest: Substring

    static let maximumLength = 60
    static let maximumWords = 6
    private static let particles: Set<String> = [
        "of", "the", "and", "for", "on", "de", "del", "della", "des", "du", "da", "di", "do", "dos", "la",
        "le", "van", "von", "der", "den", "ter", "y", "e", "al", "bin", "ibn",
    ]
    private static let notSpeakers: Set<String> = [
        "note", "notes", "nb", "n.b.", "ps", "p.s.", "update", "updated", "source", "sources", "warning",
        "editor's note", "editor’s note", "transcript", "full transcript", "photo", "photos", "image",
        "caption", "credit", "credits", "related", "read more", "see also", "tags", "keywords", "subject",
        "date", "time", "location", "title", "http", "https", "www", "email", "e-mail", "tel", "phone",
        "fax", "re", "fwd", "cc", "to", "from", "attention", "disclaimer", "summary", "abstract",
    ]

    init(verbatim: Substring, name: String, rest: Substring) {
        self.verbatim = verbatim
        self.name = name
        self.rest = rest
    }

    /// Whether spaces pad the name up to the colon (`UNITED STATES,        :`): a column in a court
    /// record's caption, not a label.
    var hasPaddedColon: Bool {
        guard let colon = verbatim.lastIndex(of: ":") else { return false }
        return verbatim[..<colon].suffix(2).allSatisfy { $0 == " " || $0 == "\t" } && verbatim[..<colon].count >= 2
    }

    /// The label at the start of `line`, if there is one.
    init?(line: Substring) {
        let afterIndent = line.drop { $0 == " " || $0 == "\t" }
        if let voice = Self.voiceTag(afterIndent) {
            let rest = afterIndent[voice.end...].drop(while: Self.isSpace)
            verbatim = line[line.startIndex..<rest.startIndex]
            name = voice.name
            self.rest = rest
            return
        }
        guard let colon = Self.labelColon(in: afterIndent) else { return nil }
        let rawName = afterIndent[..<colon]
        let afterColon = afterIndent[afterIndent.index(after: colon)...]
        guard rawName.count <= Self.maximumLength, let first = rawName.first else { return nil }
        if let next = afterColon.first, !Self.isSpace(next) { return nil }
        if rawName.count >= 3, rawName.allSatisfy({ $0 == "_" }) {
            // `______:` a speaker the transcript does not name.
        } else {
            guard first.isLetter, !first.isLowercase else { return nil }
        }
        let words = rawName.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard !words.isEmpty, words.count <= Self.maximumWords else { return nil }
        guard words.allSatisfy(Self.isLabelWord) else { return nil }
        let name = words.filter { !Self.isTimestamp($0) }.joined(separator: " ")
        guard !Self.notSpeakers.contains(name.lowercased()) else { return nil }
        let rest = afterColon.drop(while: Self.isSpace)
        self.verbatim = line[line.startIndex..<rest.startIndex]
        self.name = name
        self.rest = rest
    }

    /// A WebVTT voice tag, `<v Roger Bingham>` or `<v.loud Esme>`: the speaker's name, and where the tag ends.
    private static func voiceTag(_ text: Substring) -> (name: String, end: Substring.Index)? {
        guard text.hasPrefix("<v"), let close = text.prefix(maximumLength * 2).firstIndex(of: ">") else { return nil }
        let inside = text[text.index(text.startIndex, offsetBy: 2)..<close]
        guard let first = inside.first, first == " " || first == "." || first == "\t",
              let space = inside.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return nil }
        let name = inside[space...].split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        guard !name.isEmpty, !name.contains("<") else { return nil }
        return (name, text.index(after: close))
    }

    /// The colon that ends a label: the first one outside brackets (`Speaker 1 (00:12):`), among the
    /// first bytes only (a label is short; never search along a whole paragraph).
    private static func labelColon(in text: Substring) -> String.Index? {
        var depth = 0
        let utf8 = text.utf8
        for index in utf8.indices.prefix(maximumLength * 4 + 1) {
            switch utf8[index] {
            case UInt8(ascii: "("), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"): depth = max(0, depth - 1)
            case UInt8(ascii: ":") where depth == 0: return index
            default: break
            }
        }
        return nil
    }

    /// A time stamp in brackets after a name (`(00:12)`, `[01:02:03]`): part of the label, not the name.
    private static func isTimestamp(_ word: Substring) -> Bool {
        guard word.count >= 4, let first = word.first, let last = word.last, "([".contains(first), ")]".contains(last) else { return false }
        let inner = word.dropFirst().dropLast()
        return inner.contains(":") && inner.allSatisfy { $0.isASCII && ($0.isNumber || ":.,".contains($0)) }
    }

    private static func isLabelWord(_ word: Substring) -> Bool {
        if word.count >= 3, word.allSatisfy({ $0 == "_" }) { return true }
        guard word.allSatisfy({ $0.isLetter || $0.isNumber || "-.'’()[]&/,:".contains($0) }) else { return false }
        guard let first = word.first(where: { $0.isLetter || $0.isNumber }) else { return false }
        if first.isUppercase || !first.isCased { return true }
        return particles.contains(String(word))
    }

    /// Spacing that may follow a colon: spaces, tabs, no-break spaces and other Unicode spaces.
    static func isSpace(_ character: Character) -> Bool {
        character == "\t" || character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .spaceSeparator }
    }
}

private extension Character {
    /// Whether the character has an upper and lower case form.
    var isCased: Bool { isUppercase || isLowercase }
}
