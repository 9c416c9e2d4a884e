/// Identifiers for the texts of a corpus, from their paths: `2019/talk 1.txt` -> `text.2019-talk-1`,
/// unique across the corpus (a second text that folds to the same gets `-2`).
public struct TextIDs: Sendable {
    private var ids = ParticipantIDs(fallback: "untitled", digitsFirst: true)

    /// A set of identifiers with none handed out yet.
    public init() {}

    /// A new identifier for the text at `path` (relative to the corpus folder; the extension is dropped).
    public mutating func make(forPath path: String) -> String {
        var stem = path
        if let dot = stem.lastIndex(of: "."), !stem[dot...].contains("/") { stem = String(stem[..<dot]) }
        return "text." + ids.make(for: stem)
    }
}
