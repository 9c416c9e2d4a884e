/// What `convert text` gives back, and in which form.
public struct TextOptions: Sendable, Equatable {
    /// The form of the text.
    public enum Format: String, Sendable, CaseIterable {
        /// A transcript: for our own TEI, the source byte for byte; for other TEI, `Label: text` turns.
        case text
        /// One line per utterance, `u-id<TAB>text`, like ParlaMint's released `.txt` files.
        case parlamint
    }

    public var format: Format
    /// Notes, incidents, vocals, gaps and other non-speech (in other TEI than ours).
    public var includeNotes: Bool
    /// Stage directions (in plays).
    public var includeStage: Bool
    /// The title and authors from the header, before the text.
    public var includeHeader: Bool

    public init(format: Format = .text, includeNotes: Bool = true, includeStage: Bool = true, includeHeader: Bool = false) {
        self.format = format
        self.includeNotes = includeNotes
        self.includeStage = includeStage
        self.includeHeader = includeHeader
    }
}
