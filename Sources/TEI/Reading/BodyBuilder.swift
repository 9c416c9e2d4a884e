/// Builds a transcript's body line by line: opens turns at labels, joins speech lines into paragraphs,
/// and keeps non-speech lines in place (inside a turn when the same speaker goes on after them).
struct BodyBuilder {
    private(set) var participants: [Participant] = []
    private(set) var credits: [Credit] = []
    private let directory: ParticipantDirectory
    /// Where each label's participant is in `participants`, and the labels a caption may name.
    private var indexByLabel: [String: Int] = [:]
    private var labelFinder: LabelFinder
    private var blocks: [Block] = []
    private var turn: Turn?
    /// Non-speech lines met inside a turn, placed once we know whether the turn goes on.
    private var pending: [NonSpeech] = []
    private var previousKind: NonSpeech.Kind?

    init(participantNames: [String]) {
        directory = ParticipantDirectory(labels: participantNames)
        participants = directory.participants
        for (index, participant) in participants.enumerated() { indexByLabel[participant.label] = index }
        labelFinder = LabelFinder(labels: participants.map(\.label))
    }

    /// Adds the next non-blank line, with the label that opens a turn on it, or the non-speech kind it is
    /// known to be from its context (`LineRoles`).
    mutating func add(line: SourceLine, separatorBefore separator: String, label: SpeakerLabel?, kind known: NonSpeech.Kind?) {
        if let known {
            let item = NonSpeech(kind: known, text: String(line.content), separatorBefore: separator)
            if turn != nil { pending.append(item) } else { blocks.append(.nonSpeech(item)) }
            previousKind = known
        } else if let label, let id = directory.id(forLabel: label.name) {
            closeTurn()
            var opened = Turn(speakerID: id, label: String(label.verbatim), separatorBefore: separator)
            if !label.rest.isEmpty {
                opened.parts.append(.paragraph(Paragraph(text: String(label.rest), separatorBefore: "")))
            }
            turn = opened
            previousKind = nil
        } else if let kind = nonSpeechKind(of: line.content, startsParagraph: !Self.isSingleLineBreak(separator)) {
            let item = NonSpeech(kind: kind, text: String(line.content), separatorBefore: separator)
            if turn != nil { pending.append(item) } else { blocks.append(.nonSpeech(item)) }
            if kind == .credit, let credit = CreditLine(line: line.content) { credits.append(credit.credit) }
            if kind == .caption { learnIdentities(from: line.content) }
            previousKind = kind
        } else {
            addSpeech(line.content, separatorBefore: separator)
            previousKind = nil
        }
    }

    /// Closes the open turn and returns the transcript.
    mutating func finish(layout: Layout) -> Transcript {
        closeTurn()
        return Transcript(participants: participants, blocks: blocks, layout: layout)
    }

    private mutating func addSpeech(_ text: Substring, separatorBefore separator: String) {
        let continuesLine = Self.isSingleLineBreak(separator)
        if var current = turn {
            if pending.isEmpty, continuesLine, case .paragraph(var paragraph)? = current.parts.last {
                paragraph.text += separator + text
                current.parts[current.parts.count - 1] = .paragraph(paragraph)
            } else {
                current.parts += pending.map(Turn.Part.nonSpeech)
                current.parts.append(.paragraph(Paragraph(text: String(text), separatorBefore: separator)))
                pending = []
            }
            turn = current
        } else if continuesLine, case .unattributed(var paragraph)? = blocks.last {
            paragraph.text += separator + text
            blocks[blocks.count - 1] = .unattributed(paragraph)
        } else {
            blocks.append(.unattributed(Paragraph(text: String(text), separatorBefore: separator)))
        }
    }

    private mutating func closeTurn() {
        if let turn { blocks.append(.turn(turn)) }
        blocks += pending.map(Block.nonSpeech)
        pending = []
        turn = nil
    }

    /// Whether a separator is one line break: the next line goes on in the same paragraph.
    private static func isSingleLineBreak(_ separator: String) -> Bool {
        separator == "\n" || separator == "\r\n"
    }

    /// A line's non-speech kind: by its own text, or a caption by context (right after an image's
    /// residue, or a paragraph of its own naming the person behind a speaker label).
    private func nonSpeechKind(of line: Substring, startsParagraph: Bool) -> NonSpeech.Kind? {
        if let kind = NonSpeechRules.kind(of: line) { return kind }
        if previousKind == .residue { return .caption }
        guard startsParagraph else { return nil }
        let trimmed = line.trimmingSpaces()
        guard trimmed.utf8.count < 300, let last = trimmed.last, !".?!:;\"”’'…".contains(last) else { return nil }
        return labelFinder.labels(in: trimmed).contains { CaptionIdentity(caption: trimmed, label: $0) != nil } ? .caption : nil
    }

    /// Gives a participant the name and rank that a caption states for its label, once.
    private mutating func learnIdentities(from caption: Substring) {
        let named = labelFinder.labels(in: caption).compactMap { indexByLabel[$0] }.sorted()
        for index in named where participants[index].name == nil {
            guard let identity = CaptionIdentity(caption: caption, label: participants[index].label) else { continue }
            participants[index].name = identity.name
            participants[index].rank = identity.rank
        }
    }
}
