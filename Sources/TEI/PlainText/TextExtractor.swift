/// Turns TEI back into text: our own TEI into its source byte for byte, anyone else's into readable,
/// speaker-labelled text (`ForeignText`).
public struct TextExtractor: Sendable {
    public var options: TextOptions

    public init(options: TextOptions = TextOptions()) {
        self.options = options
    }

    /// The text of the TEI document `bytes` (`file` names it in diagnostics), as UTF-8.
    public func text(from bytes: [UInt8], file: String) throws(Diagnostic) -> [UInt8] {
        try extract(from: bytes, file: file).text
    }

    /// The text, and a warning when TEI that tei-convert wrote was changed so that the exact source
    /// cannot be given back: the text is then the readable form.
    public func extract(from bytes: [UInt8], file: String) throws(Diagnostic) -> (text: [UInt8], warnings: [Diagnostic]) {
        // Our own TEI is read a body element at a time; anything else, or ours changed, whole.
        if options.format == .text, let transcript = try? OwnTEIReader().stream(bytes, file: file) {
            return (Array(TranscriptText.render(transcript).utf8), [])
        }
        let document = try XMLDocument(parsing: bytes, file: file)
        guard options.format == .text, OwnTEIReader.wrote(document) else {
            return (Array(ForeignText(options: options).render(document).utf8), [])
        }
        do throws(Diagnostic) {
            return (Array(TranscriptText.render(try OwnTEIReader().read(document, file: file)).utf8), [])
        } catch {
            var warning = error
            warning.severity = .warning
            warning.message += "; the document was changed after conversion, so this is its readable text, not the exact source"
            return (Array(ForeignText(options: options).render(document).utf8), [warning])
        }
    }
}
