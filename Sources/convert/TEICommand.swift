import ArgumentParser
import Foundation
import TEI

/// `convert tei INPUT [-o OUTPUT]`: a transcript to TEI.
struct TEICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tei",
        abstract: "Convert a plain-text transcript to TEI.",
        discussion: """
            Metadata can also come from a front-matter block at the top of the input, between two '---' lines, with the keys title, date, lang, source, publisher; options given here win. What is not known is left out of the TEI. The conversion day in the revision note is today (UTC), or the day of SOURCE_DATE_EPOCH when that is set, for reproducible output.
            """
    )

    @Argument(help: "The transcript (UTF-8 text); '-' reads standard input.")
    var input: String

    @Option(name: .shortAndLong, help: "Where to write the TEI; standard output if left out.")
    var output: String?

    @Option(help: "The document's title.")
    var title: String?

    @Option(help: "When the talk took place: YYYY, YYYY-MM or YYYY-MM-DD.")
    var date: String?

    @Option(help: "The main language, as a BCP 47 tag such as 'en'.")
    var lang: String?

    @Option(help: "Where the transcript comes from: a URL or a description.")
    var source: String?

    @Option(help: "Who published the source.")
    var publisher: String?

    @Option(help: "A speaker map (.csv or .json): per label an id, name, role, sex or idno to use.")
    var speakers: String?

    @Option(help: "How turns are written: utterance (<u>, the ParlaMint way) or drama (<sp>, the DraCor way).")
    var style: TEIWriter.Style = .utterance

    func validate() throws {
        if let date, !ISODate.isValid(date) {
            throw ValidationError("--date '\(date)' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
        }
    }

    func run() throws {
        let bytes = try InputFile.read(input)
        let metadata = Metadata(title: title, date: date, language: lang, source: source, publisher: publisher,
                                sourceFileName: input == "-" ? nil : URL(fileURLWithPath: input).lastPathComponent)
        var transcript: Transcript
        do {
            transcript = try TranscriptReader(metadata: metadata).read(bytes)
        } catch {
            throw CommandFailure(error, file: input)
        }
        if let speakers {
            let map = try InputFile.read(speakers)
            do {
                try SpeakerMap(bytes: map, json: speakers.lowercased().hasSuffix(".json"), file: speakers).apply(to: &transcript)
            } catch {
                throw CommandFailure(error, file: speakers)
            }
        }
        let tei = TEIWriter(conversionDate: ConversionDate.today(), style: style).write(transcript)
        try OutputFile.emit(tei, to: output)
    }
}

extension TEIWriter.Style: ExpressibleByArgument {}
