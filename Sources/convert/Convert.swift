import ArgumentParser
import Foundation
import TEI

/// The `convert` command: transcripts to TEI, validation, TEI back to text, dates in running text.
@main
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Turn transcripts into TEI P5 XML, validate XML, and turn TEI back into text.",
        discussion: """
            Exit codes: 0 success; 1 invalid documents (validate); 2 unreadable or unusable input, unwritable output, or a usage error. Errors are one line on standard error: 'FILE:LINE:COL: error: MESSAGE' where the input is at fault, 'convert: error: MESSAGE' otherwise. No output file is left behind on error.
            """,
        version: TEIConvert.version,
        subcommands: [TEICommand.self, CorpusCommand.self, ValidateCommand.self, TextCommand.self, DatesCommand.self]
    )

    /// Parses the arguments and runs the command; usage errors exit with 2, not 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            Console.error(failure.message)
            Foundation.exit(failure.exitCode)
        } catch {
            if exitCode(for: error) == .validationFailure {
                Console.error(fullMessage(for: error))
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}
