/// Turns TEI back into text: our own TEI into its source byte for byte, anyone else's into readable,
/// speaker-labelled text (`ForeignText`).
public struct TextExtractor: Sendable {
    public var options: TextOptions

    public init(options: TextOptions = TextOptions()) {
        self.options = options
    }

    /// The text of the TEI document `bytes` (`file` names it in diagnostics), as UTF-8.
    public func text(from bytes: [UInt8], file: String) throws(Diagnostic) -> [UInt8] {
        let document = try XMLDocument(parsing: bytes, file: file)
        if options.format == .text, OwnTEIReader.wrote(document) {
            return Array(TranscriptText.render(try OwnTEIReader().read(document, file: file)).utf8)
        }
        return Array(ForeignText(options: options).render(document).utf8)
    }
}
