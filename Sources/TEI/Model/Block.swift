/// One top-level unit of a transcript's body, in source order.
public enum Block: Sendable, Equatable {
    /// A speaker's turn.
    case turn(Turn)
    /// A line that is not speech: a caption, a credit, a noise, web-page residue.
    case nonSpeech(NonSpeech)
    /// Prose that no speaker label claims (typically an introduction before the first turn).
    case unattributed(Paragraph)
}
