/// The rules that tell a non-speech line by its own text: residue, noises, gaps, captions, credits.
///
/// Rules that need context (a caption after an image's residue, a caption that names a speaker) live
/// in `TranscriptReader`.
enum NonSpeechRules {
    /// Whole lines left behind by web pages: image alignment controls, share buttons, ads.
    static let residueLines: Set<String> = [
        "leftcenterrightdel", "left center right del", "advertisement", "advertisements", "sponsored content",
        "share", "share this", "share this article", "share on facebook", "share on twitter", "tweet", "print",
        "read more", "click to enlarge", "click here to enlarge", "scroll to continue", "continue reading",
        "skip advertisement", "skip to content", "enlarge this image", "toggle caption", "hide caption",
        "related articles", "related stories",
    ]

    private static let vocalWords = [
        "laugh", "cough", "sigh", "cry", "cries", "crying", "sob", "scream", "shout", "cheer", "boo", "groan",
        "chuckle", "giggle", "gasp", "sneeze", "whistle", "clears throat", "clearing throat",
    ]
    private static let gapWords = [
        "inaudible", "unintelligible", "indistinct", "unclear", "incomprehensible", "garbled", "untranscribed",
    ]
    /// Words of noises and events that stand in brackets within a line of speech.
    private static let eventWords = [
        "applause", "crosstalk", "cross talk", "cheering", "cheers", "booing", "music", "silence", "pause",
        "commercial break", "phone rings", "beep", "interruption", "inaudible", "laughter", "laughs", "laughing",
    ]

    /// The kind of a bracketed phrase within a line (`(LAUGHTER)`, `[inaudible 00:12]`, `[crosstalk]`), or
    /// `nil` for an aside, an abbreviation or an editorial insertion (`(He paused.)`, `(ADMM)`, `[sic]`): it
    /// must name a known noise, gap or event, or, in round brackets, be several words in capitals
    /// (`(BEGIN VIDEO CLIP)`).
    static func inlineKind(of inner: Substring, brackets: Brackets) -> NonSpeech.Kind? {
        if brackets == .curly { return .comment }
        if Timeline.clockTime(inner) != nil { return .timestamp }
        if brackets == .round, isPause(inner) { return .pause }
        let lowered = inner.lowercased()
        if gapWords.contains(where: lowered.contains) { return .gap }
        if vocalWords.contains(where: lowered.contains) { return .vocal }
        if eventWords.contains(where: lowered.contains) { return .incident }
        let letters = inner.filter(\.isLetter)
        let words = inner.split(separator: " ").count
        if brackets == .round, words >= 2, letters.count >= 6, letters.allSatisfy(\.isUppercase) { return .incident }
        return nil
    }

    /// How broadcasters' notices about their transcripts begin.
    private static let boilerplatePrefixes = [
        "this is a rush transcript", "this transcript may not be in its final form", "copyright 20", "copyright 19",
        "transcript provided by", "transcription by", "content and programming copyright",
    ]

    private static let captionPrefixes = ["photo:", "photos:", "image:", "pictured:", "caption:", "(photo", "photo credit:"]

    /// The kind of a line that is non-speech by its own text, or `nil`.
    static func kind(of line: Substring) -> NonSpeech.Kind? {
        let trimmed = line.trimmingSpaces()
        // Every rule looks at a short line or at the start of a line: never lowercase a whole paragraph.
        let lowered = trimmed.utf8.count <= 300 ? trimmed.lowercased() : trimmed.prefix(40).lowercased()
        if residueLines.contains(lowered) { return .residue }
        if boilerplatePrefixes.contains(where: lowered.hasPrefix) { return .boilerplate }
        if CreditLine(line: line) != nil { return .credit }
        if let inner = bracketed(line) {
            if inner.brackets == .curly { return .comment }
            if inner.brackets == .round, isPause(inner.text) { return .pause }
            if Timeline.clockTime(inner.text) != nil { return .timestamp }
            let innerLowered = inner.text.lowercased()
            if inner.brackets == .square, gapWords.contains(where: innerLowered.contains) { return .gap }
            return vocalWords.contains(where: innerLowered.contains) ? .vocal : .incident
        }
        if captionPrefixes.contains(where: lowered.hasPrefix) || trimmed.hasSuffix("(Photo)") || trimmed.hasSuffix("(photo)") {
            return .caption
        }
        return nil
    }

    /// `.`, `..`, `...` or a number of seconds (`1.5`): what stands in the parentheses of a pause.
    static func isPause(_ inner: Substring) -> Bool {
        if (1...3).contains(inner.count), inner.allSatisfy({ $0 == "." }) { return true }
        let parts = inner.split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    /// Which brackets surround a noise, gap, pause or comment.
    enum Brackets: String {
        case round = "parentheses"
        case square = "brackets"
        case curly = "braces"

        var open: Character {
            switch self {
            case .round: "("
            case .square: "["
            case .curly: "{"
            }
        }

        var close: Character {
            switch self {
            case .round: ")"
            case .square: "]"
            case .curly: "}"
            }
        }
    }

    /// `(APPLAUSE)` -> `APPLAUSE` in round brackets. The whole line must be one bracketed phrase.
    static func bracketed(_ line: Substring) -> (text: Substring, brackets: Brackets)? {
        guard (3...400).contains(line.utf8.count), let first = line.first, let last = line.last else { return nil }
        for brackets in [Brackets.round, .square, .curly] where first == brackets.open && last == brackets.close {
            let inner = line.dropFirst().dropLast()
            guard !inner.contains(where: { "()[]{}".contains($0) }), inner.first?.isWhitespace == false else { return nil }
            return (inner, brackets)
        }
        return nil
    }
}
