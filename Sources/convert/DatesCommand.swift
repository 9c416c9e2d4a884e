import ArgumentParser
import Foundation
import TEI

/// `convert dates INPUT [--date YYYY-MM-DD] [-o OUTPUT]`: dates in running text, as TEI.
struct DatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dates",
        abstract: "Mark the dates in running text with TEI <date> elements.",
        discussion: """
            Writes a TEI document whose <text><body><ab> holds the input text unchanged except for <date when|from|to|notBefore|notAfter> elements around the dates found: the recogniser that 'convert tei' uses. Relative and year-less dates are resolved against --date when given.
            """
    )

    @Argument(help: "UTF-8 text; '-' reads standard input.")
    var input: String

    @Option(name: .shortAndLong, help: "Where to write the TEI; standard output if left out.")
    var output: String?

    @Option(help: "The date the text was written or spoken: YYYY, YYYY-MM or YYYY-MM-DD.")
    var date: String?

    func validate() throws {
        if let date, !ISODate.isValid(date) {
            throw ValidationError("--date '\(date)' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
        }
    }

    func run() throws {
        let bytes = try InputFile.read(input)
        let writer = DateTaggedTEIWriter(recognizer: DateRecognizer(documentDate: date), conversionDate: ConversionDate.today())
        let title = input == "-" ? "Text" : URL(fileURLWithPath: input).lastPathComponent
        let tei: [UInt8]
        do {
            tei = try writer.write(bytes, title: "Dates in \(title)")
        } catch {
            throw CommandFailure(error, file: input)
        }
        try OutputFile.emit(tei, to: output)
    }
}
