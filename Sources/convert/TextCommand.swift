import ArgumentParser
import TEI

/// `convert text INPUT [-o OUTPUT]`: TEI back to text.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Turn TEI back into text.",
        discussion: """
            For TEI that 'convert tei' wrote, the text is the source transcript, byte for byte. For other TEI it is readable text: 'Label: text' turns (ParlaMint/Parla-CLARIN <u>, DraCor <sp>, ISO spoken-language <annotationBlock>), paragraphs otherwise. With --format parlamint: one line per utterance, 'u-id<TAB>text', like ParlaMint's released .txt files.
            """
    )

    @Argument(help: "The TEI document; '-' reads standard input.")
    var input: String

    @Option(name: .shortAndLong, help: "Where to write the text; standard output if left out.")
    var output: String?

    @Option(help: "text or parlamint.")
    var format: TextOptions.Format = .text

    @Flag(inversion: .prefixedNo, help: "Include notes, incidents and gaps (in TEI from elsewhere).")
    var notes = true

    @Flag(inversion: .prefixedNo, help: "Include stage directions (in plays).")
    var stage = true

    @Flag(help: "Start with the title and authors from the header (in TEI from elsewhere).")
    var header = false

    func run() throws {
        let bytes = try InputFile.read(input)
        let options = TextOptions(format: format, includeNotes: notes, includeStage: stage, includeHeader: header)
        let text: [UInt8]
        do {
            let extracted = try TextExtractor(options: options).extract(from: bytes, file: input)
            text = extracted.text
            for warning in extracted.warnings { Console.error(warning.about(file: input).description) }
        } catch {
            throw CommandFailure(error, file: input)
        }
        try OutputFile.emit(text, to: output)
    }
}

extension TextOptions.Format: ExpressibleByArgument {}
