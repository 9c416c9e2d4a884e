import Foundation

/// Reads a whole input file (or standard input for `-`), with one clear message for each failure.
enum InputFile {
    static func read(_ path: String) throws(CommandFailure) -> [UInt8] {
        if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw CommandFailure("cannot read '\(path)': \(systemErrorMessage())") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw CommandFailure("cannot read '\(path)': \(systemErrorMessage())") }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw CommandFailure("cannot read '\(path)': it is a directory") }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw CommandFailure("cannot read '\(path)': \(systemErrorMessage())")
            }
            if count == 0 { return bytes }
            bytes += buffer[..<count]
        }
    }
}
