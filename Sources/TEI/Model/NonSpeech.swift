/// A line that is not speech, kept in its place and classified.
public struct NonSpeech: Sendable, Equatable {
    /// What the line is.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// A photo caption (`Photo: ...`, or the line after an image's residue).
        case caption
        /// A credit line (`Interviewed by ...`, `Translated by ...`); also recorded in the header.
        case credit
        /// Web-page residue with no meaning in the talk (`leftcenterrightdel`, `Advertisement`).
        case residue
        /// A non-vocal event in parentheses or brackets (`(APPLAUSE)`).
        case incident
        /// A vocal non-speech sound (`(LAUGHTER)`, `(coughs)`).
        case vocal
        /// Speech that could not be transcribed (`[inaudible]`).
        case gap
        /// A heading between turns that looks like a label (`Free Trade Agreement: India`), see
        /// `HeadingLine`.
        case heading
        /// Subtitle markup around the speech (`SubtitleLines`): a cue's identifier or timing line, the
        /// WebVTT header, a `NOTE` block.
        case cue
        /// A printed record's page number, running header or footer (`PageLines`).
        case page
        /// A publisher's notice about the transcript (`THIS IS A RUSH TRANSCRIPT. ...`).
        case boilerplate
        /// A pause as conversation analysts write it: `(.)`, `(..)`, `(...)`, `(1.5)` seconds.
        case pause
        /// A transcriber's comment in braces: `{phone rings in the next room}`.
        case comment
        /// A time stamp within speech, `[00:12:19]`: a point on the timeline (`<anchor synch>`), its text
        /// kept as it stands.
        case timestamp
    }

    public var kind: Kind
    /// The line exactly as written.
    public var text: String
    /// The separator (line breaks and blank lines) before the line.
    public var separatorBefore: String

    public init(kind: Kind, text: String, separatorBefore: String) {
        self.kind = kind
        self.text = text
        self.separatorBefore = separatorBefore
    }
}
