/// What the corpus header needs to know of one text of a corpus (`TEICorpusWriter.member`).
public struct CorpusMember: Sendable {
    /// The text's identifier in the corpus (its `TEI/@xml:id`, and the prefix of its identifiers).
    public var id: String
    /// The talk's date, when known (`YYYY[-MM[-DD]]`).
    public var date: String?
    /// Turns in the text.
    public var utterances: Int
    /// Words spoken in the turns.
    public var words: Int
    /// The participants known across the corpus.
    public var persons: [CorpusPerson]
}
