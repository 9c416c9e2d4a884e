/// Writes a `Transcript` back as the text it was read from.
enum TranscriptText {
    /// The transcript's text, byte for byte as its source when it was read by `TranscriptReader`.
    static func render(_ transcript: Transcript) -> String {
        var text = transcript.layout.hasByteOrderMark ? "\u{FEFF}" : ""
        text += transcript.layout.frontMatter
        for block in transcript.blocks {
            switch block {
            case .unattributed(let paragraph):
                text += paragraph.separatorBefore + paragraph.text
            case .nonSpeech(let item):
                text += item.separatorBefore + item.text
            case .turn(let turn):
                text += turn.separatorBefore + turn.label
                for part in turn.parts {
                    switch part {
                    case .paragraph(let paragraph): text += paragraph.separatorBefore + paragraph.text
                    case .nonSpeech(let item): text += item.separatorBefore + item.text
                    }
                }
            }
        }
        return text + transcript.layout.trailer
    }
}
