/// What a speaker label says about the person: `ANDERSON COOPER, CNN ANCHOR` is the name
/// `ANDERSON COOPER` in the role `CNN ANCHOR`; `MR. DAVIS` is `DAVIS` with the title `MR.`.
struct SpeakerName: Equatable {
    /// The label as a name (`ANDERSON COOPER, CNN ANCHOR`).
    var label: String
    /// The part before a comma (`ANDERSON COOPER`), titles and parenthesised additions included.
    var name: String
    /// Leading titles (`MR.`, `President`).
    var titles: [Substring]
    /// The name's own words, after the titles (`ANDERSON`, `COOPER`).
    var personal: [Substring]
    /// What follows a comma (`CNN ANCHOR`).
    var role: String?

    init(label: String) {
        self.label = label
        let parts = label.split(separator: ",", maxSplits: 1)
        name = parts.first.map { String($0.trimmingSpaces()) } ?? label
        role = parts.count > 1 ? String(parts[1].trimmingSpaces()) : nil
        let words = name.split(separator: " ").filter { !($0.hasPrefix("(") && $0.hasSuffix(")")) }
        titles = Array(words.prefix { PersonTitles.contains($0) })
        personal = Array(words.dropFirst(titles.count))
    }

    /// The name without parenthesised additions (`SEN. BERNIE SANDERS`), for identifiers.
    var plainName: String { (titles + personal).joined(separator: " ") }

    /// The surname, lowercased: the last personal word, when it is a word of letters that is no title
    /// or role (`reporter` is nobody's surname) and not a single letter (`Q`, `A`).
    var surname: String? {
        guard let last = personal.last, last.count > 1, last.allSatisfy({ $0.isLetter || "-'’".contains($0) }),
              !PersonTitles.contains(last) else { return nil }
        return last.lowercased()
    }

    /// The given names, lowercased (`anderson`).
    var givenNames: [String] { personal.dropLast().map { $0.lowercased() } }

    /// Whether `other` can name the same person: the same surname, and given names that do not
    /// disagree (one label may leave them out: `COOPER` and `ANDERSON COOPER`).
    func canBeSamePerson(as other: SpeakerName) -> Bool {
        guard let surname, surname == other.surname else { return false }
        return givenNames.isEmpty || other.givenNames.isEmpty || givenNames == other.givenNames
    }

    private static let groups: Set<String> = [
        "all", "audience", "crowd", "voices", "several voices", "multiple speakers", "members", "hon. members",
        "several members", "several hon. members", "protesters", "students", "children", "chorus", "both", "everyone",
    ]

    /// Whether the label names a group that speaks as one (`ALL`, `AUDIENCE`, `SEVERAL HON. MEMBERS`).
    var isGroup: Bool { Self.groups.contains(name.lowercased()) }

    /// Whether the label says the speaker is not known (`UNIDENTIFIED MALE`, `UNKNOWN SPEAKER 2`, `______`).
    var isUnidentified: Bool {
        let lowered = name.lowercased()
        return lowered.hasPrefix("unidentified") || lowered.hasPrefix("unknown") || (name.count >= 3 && name.allSatisfy { $0 == "_" })
    }
}
