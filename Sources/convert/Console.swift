import Foundation

/// Standard output and error. The only place that prints.
enum Console {
    static func error(_ line: String) {
        errorText(line + "\n")
    }

    /// Writes `text` to standard error as it is (no line end added), in one write.
    static func errorText(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Writes `bytes` to standard output as they are, without a copy (outputs can be hundreds of megabytes).
    static func output(_ bytes: [UInt8]) throws(CommandFailure) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw CommandFailure("cannot write to standard output: \(systemErrorMessage())")
            }
            offset += written
        }
    }
}
