/// A run of speech or prose: one source paragraph, or the part of it that belongs to one turn.
public struct Paragraph: Sendable, Equatable {
    /// The text exactly as written; line breaks inside the paragraph are kept as they are.
    public var text: String
    /// The separator (line breaks and blank lines) before the text. Empty right after a label.
    public var separatorBefore: String
    /// Dates found in `text`, in order, not overlapping each other or `events`.
    public var dates: [DateMention]
    /// Noises and gaps within the text, in order.
    public var events: [InlineEvent]

    public init(text: String, separatorBefore: String, dates: [DateMention] = [], events: [InlineEvent] = []) {
        self.text = text
        self.separatorBefore = separatorBefore
        self.dates = dates
        self.events = events
    }
}
