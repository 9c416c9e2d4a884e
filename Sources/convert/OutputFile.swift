import Foundation

/// Writes an output file atomically: into a temporary file beside the target, then renamed over it,
/// so that a failure never leaves a partial file behind (and an existing file stays as it was); a
/// temporary file is removed too when Ctrl-C or SIGTERM stops the process (once `Interruption` is
/// installed, as every command does before writing).
///
/// Targets that are not regular files are not replaced: a device or a named pipe (`/dev/null`,
/// `/dev/stdout`, a FIFO someone reads) is written in place, since renaming a file over it would
/// destroy it; a directory is refused. A symbolic link to a file stays a link: the file it points to is
/// replaced, with the temporary file beside that file.
enum OutputFile {
    /// Writes `bytes` to `path`, or to standard output when there is no path (`-o` left out).
    static func emit(_ bytes: [UInt8], to path: String?) throws(CommandFailure) {
        if let path { try write(bytes, to: path) } else { try Console.output(bytes) }
    }

    static func write(_ bytes: [UInt8], to path: String) throws(CommandFailure) {
        try write(to: path) { (sink: Sink) throws(CommandFailure) in try sink.write(bytes) }
    }

    /// Makes the folders up to `path`'s own.
    static func createFolder(for path: String) throws(CommandFailure) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure("cannot write '\(path)': cannot create the folder '\(folder)'")
        }
    }

    /// Where `write(to:_:)` hands its parts.
    struct Sink {
        fileprivate let descriptor: Int32
        fileprivate let path: String

        func write(_ bytes: [UInt8]) throws(CommandFailure) {
            if let failure = OutputFile.writeAll(bytes, to: descriptor) { throw CommandFailure("cannot write '\(path)': \(failure)") }
        }
    }

    /// Writes to `path` what `produce` gives its sink, part by part (an output too big to hold), with
    /// the same guarantees as writing it whole: on any failure the temporary file is removed.
    static func write(to path: String, _ produce: (Sink) throws(CommandFailure) -> Void) throws(CommandFailure) {
        var status = stat()
        if stat(path, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw CommandFailure("cannot write '\(path)': it is a directory")
            default: return try writeInPlace(to: path, isPipe: (status.st_mode & S_IFMT) == S_IFIFO, produce)
            }
        }
        let target = resolvedLink(path) ?? path
        let url = URL(fileURLWithPath: target)
        let directory = url.deletingLastPathComponent().path
        // The temporary name must fit in a directory entry (255 bytes) whatever the target's name.
        let name = String(decoding: Array(url.lastPathComponent.utf8.prefix(200)), as: UTF8.self)
        var template = Array((directory + "/." + name + ".XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw CommandFailure("cannot write '\(path)': \(systemErrorMessage())") }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        Interruption.register(temporary: temporary)
        defer { Interruption.unregister(temporary: temporary) }
        var failure: String?
        do throws(CommandFailure) {
            try produce(Sink(descriptor: descriptor, path: path))
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        let mask = umask(0)
        umask(mask)
        if fchmod(descriptor, 0o666 & ~mask) != 0 { failure = systemErrorMessage() }
        if close(descriptor) != 0, failure == nil { failure = systemErrorMessage() }
        if failure == nil, rename(temporary, target) != 0 { failure = systemErrorMessage() }
        if let failure {
            unlink(temporary)
            throw CommandFailure("cannot write '\(path)': \(failure)")
        }
    }

    /// Writes into an existing device or named pipe. A pipe that nobody reads is refused at once, not
    /// waited for.
    private static func writeInPlace(to path: String, isPipe: Bool, _ produce: (Sink) throws(CommandFailure) -> Void) throws(CommandFailure) {
        let descriptor = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            if isPipe, errno == ENXIO { throw CommandFailure("cannot write '\(path)': it is a named pipe (FIFO) that nobody reads") }
            throw CommandFailure("cannot write '\(path)': \(systemErrorMessage())")
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        do throws(CommandFailure) {
            try produce(Sink(descriptor: descriptor, path: path))
        } catch {
            close(descriptor)
            throw error
        }
        if close(descriptor) != 0 { throw CommandFailure("cannot write '\(path)': \(systemErrorMessage())") }
    }

    /// Writes every byte; the system's message for the first failure, or nil.
    fileprivate static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return systemErrorMessage()
            }
            offset += written
        }
        return nil
    }

    /// The file a symbolic link finally points to, when `path` is a link to an existing file.
    private static func resolvedLink(_ path: String) -> String? {
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK, let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
