/// The lines of a play printed the old way: speakers as `HAMLET.` or `FIRST CITIZEN.` at the start of a
/// paragraph (their speech after it or on the next lines), acts and scenes (`ACT I`, `SCENE II. A room
/// of state in the castle.`) as headings, and entrances and exits (`Enter the King and Queen.`,
/// `Exeunt.`) as stage directions.
///
/// A text is taken for such a play when it has at least three such speaker lines, for at least two
/// speakers, and more of them than `Name: ` labels.
struct PlayLines {
    private(set) var labels: [Int: SpeakerLabel] = [:]
    private(set) var kinds: [Int: NonSpeech.Kind] = [:]

    private static let directionWords: Set<String> = ["enter", "re-enter", "exit", "exeunt", "manet", "manent"]
    private static let headingWords: Set<String> = ["act", "scene", "prologue", "epilogue", "induction"]

    init?(lines: ArraySlice<SourceLine>, colonLabels: Int) {
        var names: Set<String> = []
        for index in lines.indices where index == lines.startIndex || lines[index - 1].isBlank {
            let content = lines[index].content
            let first = Self.firstWord(content)
            if Self.headingWords.contains(first) {
                kinds[index] = .heading
            } else if Self.directionWords.contains(first) {
                kinds[index] = .incident
            } else if let label = Self.label(content) {
                labels[index] = label
                names.insert(label.name)
            }
        }
        guard labels.count >= 3, names.count >= 2, labels.count > colonLabels else { return nil }
    }

    /// `HAMLET.` or `FIRST CITIZEN. Speak.`: a name in capitals (up to four words), a full stop, then the
    /// end of the line or a space.
    static func label(_ line: Substring) -> SpeakerLabel? {
        // Most lines are prose: a capital then a small letter is no name in capitals.
        let start = line.utf8.prefix(2)
        if let first = start.first, first < 0x80, !(0x41...0x5A).contains(first) { return nil }
        if start.count == 2, (0x61...0x7A).contains(start.last!) { return nil }
        guard let stop = line.prefix(SpeakerLabel.maximumLength + 1).firstIndex(of: ".") else { return nil }
        let name = line[..<stop]
        let words = name.split(separator: " ")
        guard (1...4).contains(words.count), name.first?.isLetter == true, name.last?.isLetter == true,
              name.contains(where: \.isLetter), name.allSatisfy({ $0.isUppercase || !$0.isLetter }),
              name.allSatisfy({ $0.isLetter || " '’-".contains($0) }),
              words.allSatisfy({ $0.count >= 2 || $0 == "I" })
        else { return nil }
        let afterStop = line[line.index(after: stop)...]
        guard afterStop.isEmpty || afterStop.first == " " else { return nil }
        let rest = afterStop.drop { $0 == " " }
        return SpeakerLabel(verbatim: line[line.startIndex..<rest.startIndex], name: words.joined(separator: " "), rest: rest)
    }

    /// The first word's ASCII letters, in small letters: `SCENE II.` -> `scene`, `Exit.` -> `exit`.
    private static func firstWord(_ line: Substring) -> String {
        let letters = line.utf8.prefix(12).prefix { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) || $0 == 0x2D }
        return String(decoding: letters.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
    }
}
