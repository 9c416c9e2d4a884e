/// One paragraph of the text given back for foreign TEI: one or more lines (verse lines and table rows
/// are lines of one block; prose is one line). `ForeignText.render` writes blocks with a blank line
/// between them.
struct ForeignBlock: Equatable {
    /// The lines, each without its line break. The first line of a turn already starts with its label.
    var lines: [String]
    /// The local name of the element that made the block (`p`, `seg`, `head`, `l`, `note`, `stage`,
    /// `u` for an ISO utterance, `#text` for text outside any block element, `label` for a turn with no
    /// text, `header` for the header lines).
    var source: String
    /// The speaker label, on the first block of each turn (`u`, `sp`, `annotationBlock`) only.
    var label: String?
    /// The number of the turn (from 0, in document order) that the block belongs to, if any.
    var turn: Int?

    /// The block as text, lines joined by line feeds.
    var text: String { lines.joined(separator: "\n") }
}
