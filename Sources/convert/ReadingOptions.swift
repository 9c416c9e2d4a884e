import ArgumentParser
import TEI

/// How transcripts are read and their TEI written, for `convert tei` and `convert corpus`.
struct ReadingOptions: ParsableArguments {
    @Option(help: "The main language (of every text, when there are several), as a BCP 47 tag such as 'en'.")
    var lang: String?

    @Option(help: "A speaker map (.csv or .json): per label an id, name, role, sex or idno to use.")
    var speakers: String?

    @Option(help: "How turns are written: utterance (<u>, the ParlaMint way) or drama (<sp>, the DraCor way).")
    var style: TEIWriter.Style = .utterance

    @Option(help: "What the input is: auto (subtitles, plays with HAMLET. labels and printed records with page numbers recognised), transcript (Name: labels only), or subtitles.")
    var layout: TranscriptReader.InputLayout = .auto

    /// The conversion these options and the given metadata set up (the speaker map read now).
    func conversion(title: String? = nil, date: String? = nil, source: String? = nil, publisher: String? = nil) throws(CommandFailure) -> TranscriptConversion {
        TranscriptConversion(title: title, date: date, language: lang, source: source, publisher: publisher,
                             speakerMap: try speakers.map(TranscriptConversion.speakerMap), speakerMapFile: speakers,
                             style: style, layout: layout)
    }
}

extension TEIWriter.Style: ExpressibleByArgument {}
extension TranscriptReader.InputLayout: ExpressibleByArgument {}
