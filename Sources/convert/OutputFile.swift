import Foundation

/// Writes an output file atomically: into a temporary file beside the target, then renamed over it,
/// so that a failure never leaves a partial file behind.
enum OutputFile {
    static func write(_ bytes: [UInt8], to path: String) throws(CommandFailure) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var template = Array((directory + "/." + url.lastPathComponent + ".XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw CommandFailure("cannot write '\(path)': \(systemErrorMessage())") }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure: String?
        var offset = 0
        while offset < bytes.count, failure == nil {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0, errno != EINTR { failure = systemErrorMessage() }
            if written > 0 { offset += written }
        }
        let mask = umask(0)
        umask(mask)
        if failure == nil, fchmod(descriptor, 0o666 & ~mask) != 0 { failure = systemErrorMessage() }
        if close(descriptor) != 0, failure == nil { failure = systemErrorMessage() }
        if failure == nil, rename(temporary, path) != 0 { failure = systemErrorMessage() }
        if let failure {
            unlink(temporary)
            throw CommandFailure("cannot write '\(path)': \(failure)")
        }
    }
}
