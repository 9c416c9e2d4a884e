/// The subtitle markup in an SRT or WebVTT file: what is not speech but the frame around it. Each such
/// line is kept in place as a `cue` note, so that the file comes back byte for byte and the cue times
/// give the TEI its timeline; the cue text between them is read as any transcript is (labels, turns).
///
/// Markup lines are: the WebVTT header block (`WEBVTT` and the lines up to the first blank one), its
/// `NOTE`, `STYLE` and `REGION` blocks, every timing line (`00:00:01,000 --> 00:00:04,000`, `CueTiming`),
/// and a cue's identifier, the line right before its timing line (SRT's `1`, `2`, ...).
enum SubtitleLines {
    /// Whether `lines` are subtitles: a WebVTT file, or an SRT file whose first cue is a number then
    /// a timing line.
    static func detect(_ lines: ArraySlice<SourceLine>) -> Bool {
        let filled = lines.lazy.filter { !$0.isBlank }
        guard let first = filled.first else { return false }
        if first.content.hasPrefix("WEBVTT") { return true }
        guard first.content.allSatisfy(\.isNumber), let timing = lines.first(where: { $0.number == first.number + 1 }) else { return false }
        return CueTiming(line: timing.content) != nil
    }

    /// The indexes in `lines` of the markup lines.
    static func markup(in lines: ArraySlice<SourceLine>) -> Set<Int> {
        var markup: Set<Int> = []
        var index = lines.startIndex
        var blockStart = true
        while index < lines.endIndex {
            let line = lines[index]
            if line.isBlank {
                blockStart = true
                index += 1
                continue
            }
            let word = line.content.prefix { !$0.isWhitespace }
            let header = word == "WEBVTT" && index == lines.startIndex
            if blockStart, header || (["NOTE", "STYLE", "REGION"].contains(word) && !startsCue(lines, at: index)) {
                // The whole block, to the next blank line.
                while index < lines.endIndex, !lines[index].isBlank {
                    markup.insert(index)
                    index += 1
                }
                continue
            }
            if CueTiming(line: line.content) != nil {
                markup.insert(index)
                if index > lines.startIndex, !lines[index - 1].isBlank, index - 1 == lines.startIndex || lines[index - 2].isBlank {
                    markup.insert(index - 1)
                }
            }
            blockStart = false
            index += 1
        }
        return markup
    }

    /// Whether the line at `index` is a cue identifier (the next line is a timing line).
    private static func startsCue(_ lines: ArraySlice<SourceLine>, at index: Int) -> Bool {
        index + 1 < lines.endIndex && CueTiming(line: lines[index + 1].content) != nil
    }
}
