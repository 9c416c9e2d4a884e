/// One speaker's turn: a verbatim label, then speech paragraphs, possibly interrupted by non-speech lines.
public struct Turn: Sendable, Equatable {
    /// The `xml:id` of the speaking participant.
    public var speakerID: String
    /// The label exactly as written, with its colon and the spacing after it (`"Reporter:\u{A0}"`).
    public var label: String
    /// The separator (line breaks and blank lines) before the label.
    public var separatorBefore: String
    /// The turn's content in order: paragraphs and the non-speech lines that interrupt them.
    public var parts: [Part]

    /// One element of a turn's content.
    public enum Part: Sendable, Equatable {
        case paragraph(Paragraph)
        case nonSpeech(NonSpeech)
    }

    public init(speakerID: String, label: String, separatorBefore: String, parts: [Part] = []) {
        self.speakerID = speakerID
        self.label = label
        self.separatorBefore = separatorBefore
        self.parts = parts
    }

    /// The speech paragraphs only.
    public var paragraphs: [Paragraph] {
        parts.compactMap { if case .paragraph(let paragraph) = $0 { paragraph } else { nil } }
    }
}
