/// A noise or gap within a line of speech: `(LAUGHTER)`, `[inaudible]`, `[crosstalk 00:12:19]`.
public struct InlineEvent: Sendable, Equatable {
    /// Where it stands, brackets included, as UTF-8 byte offsets into the paragraph's text.
    public var range: Range<Int>
    /// `.incident`, `.vocal` or `.gap`.
    public var kind: NonSpeech.Kind

    public init(range: Range<Int>, kind: NonSpeech.Kind) {
        self.range = range
        self.kind = kind
    }
}
