/// Reads a plain-text transcript (`Label: text` turns, captions, credits, residue) into a `Transcript`.
///
/// Paragraphs are separated by blank lines; a paragraph that opens with a speaker label starts a turn,
/// and unlabeled paragraphs continue the current one. Lines that are not speech are classified and kept
/// in place. Every separator is recorded, so that the source can be given back byte for byte.
public struct TranscriptReader: Sendable {
    /// Metadata that the caller knows (command-line flags); it wins over a front-matter block.
    public var metadata: Metadata
    /// How the text is laid out.
    public var layout: InputLayout

    /// What kind of text a transcript is.
    public enum InputLayout: String, Sendable, CaseIterable {
        /// Subtitles when the text is an SRT or WebVTT file (`SubtitleLines.detect`); otherwise a
        /// transcript, with plays (`HAMLET.` labels) and printed records' page furniture recognised.
        case auto
        /// `Label: text` turns (and WebVTT voice tags), whatever the text looks like: no subtitles, plays
        /// or page furniture looked for.
        case transcript
        /// Subtitles (SRT or WebVTT): timing lines and cue identifiers are markup, the cue text is speech.
        case subtitles
    }

    /// A reader that knows `metadata` already and reads texts laid out as `layout` says.
    public init(metadata: Metadata = Metadata(), layout: InputLayout = .auto) {
        self.metadata = metadata
        self.layout = layout
    }

    /// Reads the bytes of a transcript. Throws a `Diagnostic` for input that is not a readable transcript.
    public func read(_ bytes: [UInt8]) throws(Diagnostic) -> Transcript {
        let source = try SourceText(bytes: bytes)
        let text = source.text
        let allLines = SourceText.lines(of: text[...])
        var layout = Layout(lineEnding: SourceText.dominantLineEnding(of: allLines), hasByteOrderMark: source.hasByteOrderMark)
        var metadata = self.metadata
        var lines = allLines[...]
        var position = text.startIndex
        if let frontMatter = try FrontMatter(lines: allLines, in: text) {
            layout.frontMatter = String(frontMatter.verbatim)
            metadata = metadata.filling(from: frontMatter.metadata)
            lines = frontMatter.remainingLines
            position = frontMatter.verbatim.endIndex
        }
        let roles = LineRoles(lines: lines, layout: self.layout)
        var builder = BodyBuilder(participantNames: roles.speakerNames)
        // Subtitles need not name speakers: their text is then paragraphs between the cues.
        guard !builder.participants.isEmpty || roles.isSubtitles else {
            throw Diagnostic(code: "no-speaker",
                             message: "no speaker labels found (a turn starts with a label such as 'Reporter: ' at the start of a paragraph)")
        }
        for index in lines.indices where !lines[index].isBlank {
            let line = lines[index]
            builder.add(line: line, separatorBefore: String(text[position..<line.content.startIndex]),
                        label: roles.labels[index], kind: roles.kinds[index])
            position = line.content.endIndex
        }
        layout.trailer = String(text[position...])
        var transcript = builder.finish(layout: layout)
        if metadata.credits.isEmpty { metadata.credits = builder.credits }
        transcript.metadata = metadata
        if !roles.isPlay { transcript.assignRoles() }
        transcript.markInline(with: DateRecognizer(documentDate: metadata.date))
        return transcript
    }
}
