/// A transcript as tei-convert understands it: the one place where a transcript's meaning lives.
///
/// Readers turn source text into a `Transcript`; writers turn a `Transcript` into TEI. The layout facts
/// that a byte-exact round trip needs (separators, line endings, a byte-order mark) travel with it.
public struct Transcript: Sendable, Equatable {
    /// What is known about the talk and its source.
    public var metadata: Metadata
    /// Everyone who speaks, in order of first appearance.
    public var participants: [Participant]
    /// The body in source order: turns, unattributed prose and non-speech lines.
    public var blocks: [Block]
    /// Document-wide layout facts.
    public var layout: Layout

    public init(metadata: Metadata = Metadata(), participants: [Participant] = [], blocks: [Block] = [], layout: Layout = Layout()) {
        self.metadata = metadata
        self.participants = participants
        self.blocks = blocks
        self.layout = layout
    }

    /// All turns, in order.
    public var turns: [Turn] {
        blocks.compactMap { if case .turn(let turn) = $0 { turn } else { nil } }
    }

    /// The participant with the given identifier.
    public func participant(id: String) -> Participant? {
        participants.first { $0.id == id }
    }
}
