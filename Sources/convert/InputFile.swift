import Foundation

/// Reads a whole input file (or standard input for `-`), with one clear message for each failure.
///
/// Whatever the path names, the read never hangs on it: a named pipe (FIFO) is opened without waiting
/// for a writer (one that nobody writes to reads as nothing, and is reported), devices such as
/// `/dev/zero` are refused rather than read forever, and a dangling symbolic link says where it points.
enum InputFile {
    static func read(_ path: String) throws(CommandFailure) -> [UInt8] {
        if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw CommandFailure("cannot read '\(path)': \(openFailure(path))") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw CommandFailure("cannot read '\(path)': \(systemErrorMessage())") }
        let type = status.st_mode & S_IFMT
        switch type {
        case S_IFDIR: throw CommandFailure("cannot read '\(path)': it is a directory")
        case S_IFCHR, S_IFBLK: throw CommandFailure("cannot read '\(path)': it is a device, not a file")
        case S_IFSOCK: throw CommandFailure("cannot read '\(path)': it is a socket, not a file")
        default: break
        }
        // Reads block again (a FIFO's writer may be slow); opening did not wait for one.
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        var bytes: [UInt8] = []
        if type == S_IFREG, status.st_size > 0 { bytes.reserveCapacity(Int(status.st_size)) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw CommandFailure("cannot read '\(path)': \(systemErrorMessage())")
            }
            if count == 0 { break }
            bytes += buffer[..<count]
        }
        if type == S_IFIFO, bytes.isEmpty {
            throw CommandFailure("cannot read '\(path)': it is a named pipe (FIFO) and nothing was written to it")
        }
        return bytes
    }

    /// Why `open` failed, in words: `errno`'s text, or for a symbolic link whose target is missing, that.
    private static func openFailure(_ path: String) -> String {
        let code = errno
        let reason = systemErrorMessage()
        guard code == ENOENT else { return reason }
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK,
              let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path)
        else { return reason }
        return "it is a symbolic link to '\(target)', which does not exist"
    }
}
