/// What each line of a transcript is, decided with the whole text in view: which lines open a turn
/// (and with which label), and which are known non-speech from their place or their repetition. Lines
/// in neither are speech or non-speech by their own text (`BodyBuilder`).
///
/// - Subtitle files (`SubtitleLines`): identifiers, timing lines and WebVTT blocks are `cue` markup.
/// - Labels `Name: ` (`SpeakerLabel`), but not: a label's shape with the colon padded by spaces (a
///   court record's caption, `UNITED STATES,        :`); a line ending in a colon that goes on a
///   paragraph and whose name is used nowhere else (verse, `Hear me, good friends:`); a heading
///   (`HeadingLine`).
/// - Plays (`PlayLines`): `HAMLET.` labels, `ACT I` and `SCENE II.` headings, `Enter ...` directions.
/// - Printed records: page numbers and running headers or footers (`PageLines`) are `page` notes.
///
/// Subtitles, plays and printed records are recognised with the `auto` layout only; `transcript` reads
/// `Name: ` labels and nothing else.
struct LineRoles {
    private(set) var labels: [Int: SpeakerLabel] = [:]
    private(set) var kinds: [Int: NonSpeech.Kind] = [:]
    /// Whether the text is subtitles (which need not name speakers).
    let isSubtitles: Bool
    /// Whether the text is a play with `HAMLET.` labels (where nobody is an interviewer).
    private(set) var isPlay = false

    init(lines: ArraySlice<SourceLine>, layout: TranscriptReader.InputLayout) {
        isSubtitles = layout == .subtitles || (layout == .auto && SubtitleLines.detect(lines))
        if isSubtitles {
            for index in SubtitleLines.markup(in: lines) { kinds[index] = .cue }
        }
        var uses: [String: Int] = [:]
        for index in lines.indices where kinds[index] == nil {
            guard let label = SpeakerLabel(line: lines[index].content), !label.hasPaddedColon else { continue }
            labels[index] = label
            uses[label.name, default: 0] += 1
        }
        for (index, label) in labels {
            let startsParagraph = index == lines.startIndex || lines[index - 1].isBlank
            let endsParagraph = index + 1 == lines.endIndex || lines[index + 1].isBlank
            let count = uses[label.name] ?? 0
            if startsParagraph, endsParagraph, HeadingLine.isHeading(label, uses: count) {
                labels[index] = nil
                kinds[index] = .heading
            } else if label.rest.isEmpty, !startsParagraph, count == 1, !label.verbatim.contains("(") {
                labels[index] = nil
            }
        }
        if layout == .auto, !isSubtitles, let play = PlayLines(lines: lines, colonLabels: labels.count) {
            labels.merge(play.labels) { colon, _ in colon }
            kinds.merge(play.kinds) { known, _ in known }
            isPlay = true
        }
        if layout == .auto, !isSubtitles {
            for index in PageLines.lines(in: lines) where labels[index] == nil && kinds[index] == nil { kinds[index] = .page }
        }
    }

    /// The speakers' names in order of first appearance.
    var speakerNames: [String] {
        var seen: Set<String> = []
        return labels.keys.sorted().compactMap { index in
            let name = labels[index]!.name
            return seen.insert(name).inserted ? name : nil
        }
    }
}
