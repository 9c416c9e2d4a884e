import ArgumentParser

/// The `convert` command: transcripts to TEI, and (in later subcommands) validation and text.
@main
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Turn transcripts into TEI P5 XML.",
        discussion: """
            Exit codes: 0 success; 2 unreadable or unusable input, unwritable output, or a usage error.
            Errors are one line on standard error: 'FILE:LINE:COL: error: MESSAGE' where the input is at
            fault, 'convert: error: MESSAGE' otherwise. No output file is left behind on error.
            """,
        version: "0.1.0",
        subcommands: [TEICommand.self, ValidateCommand.self, TextCommand.self, DatesCommand.self]
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

import Foundation
