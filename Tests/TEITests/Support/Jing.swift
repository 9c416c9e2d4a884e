import Foundation

/// Runs the reference RELAX NG validator, jing, on files.
enum Jing {
    static let executable = ["/usr/bin/jing", "/usr/local/bin/jing"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Tests that need jing run in CI (where `.ci/run` installs it) and wherever it is installed.
    static var wanted: Bool { TestPaths.isCI || executable != nil }

    /// jing's exit status and output for `files` against `schema`.
    static func validate(_ files: [URL], against schema: URL) throws -> (status: Int32, output: String) {
        guard let executable else { throw JingMissing() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [schema.path] + files.map(\.path)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    struct JingMissing: Error, CustomStringConvertible {
        var description: String { "jing is not installed (apt-get install jing); .ci/run installs it" }
    }
}
