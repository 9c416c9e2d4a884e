/// One text of a corpus, written for it (`TEICorpusWriter.member`): its `<TEI>` element with every
/// identifier made unique in the corpus, and what the corpus header needs to know of it.
public struct CorpusMember: Sendable {
    /// The text's identifier in the corpus (its `TEI/@xml:id`, and the prefix of its identifiers).
    public var id: String
    /// The `<TEI>` element, UTF-8, without an XML declaration.
    public var element: [UInt8]
    /// The talk's date, when known (`YYYY[-MM[-DD]]`).
    public var date: String?
    /// Turns in the text.
    public var utterances: Int
    /// Words spoken in the turns.
    public var words: Int
    /// The participants known across the corpus.
    public var persons: [CorpusPerson]
}
