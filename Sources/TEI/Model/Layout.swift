/// Document-wide layout facts that a byte-exact round trip needs.
public struct Layout: Sendable, Equatable {
    /// The line ending most lines use: separators made only of it are the default and need no record.
    public var lineEnding: String
    /// Whether the text starts with a UTF-8 byte-order mark.
    public var hasByteOrderMark: Bool
    /// The front-matter block at the top of the input, exactly as written (empty if none).
    public var frontMatter: String
    /// What follows the last unit: usually one line ending, or nothing.
    public var trailer: String

    public init(lineEnding: String = "\n", hasByteOrderMark: Bool = false, frontMatter: String = "", trailer: String = "") {
        self.lineEnding = lineEnding
        self.hasByteOrderMark = hasByteOrderMark
        self.frontMatter = frontMatter
        self.trailer = trailer
    }

    /// The separator between two paragraphs when nothing unusual happens: one blank line.
    public var paragraphBreak: String { lineEnding + lineEnding }
}
