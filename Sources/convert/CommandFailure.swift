import Foundation
import TEI

/// An error that ends the command with a message and an exit code.
struct CommandFailure: Error {
    let message: String
    let exitCode: Int32

    /// A failure not tied to a place in an input: `convert: error: MESSAGE`.
    init(_ message: String, exitCode: Int32 = ExitStatus.usage) {
        self.message = "convert: error: " + message
        self.exitCode = exitCode
    }

    /// A failure at a place in an input: `FILE:LINE:COL: error: MESSAGE`.
    init(_ diagnostic: Diagnostic, file: String, exitCode: Int32 = ExitStatus.usage) {
        let located = diagnostic.file == nil ? diagnostic.about(file: file) : diagnostic
        self.message = located.description
        self.exitCode = exitCode
    }
}

/// The C library's text for the current `errno` ("Permission denied").
func systemErrorMessage() -> String {
    String(cString: strerror(errno))
}
