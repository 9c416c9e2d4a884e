import Foundation

/// A folder of its own for one hostile-input test, and a way to run the built `convert` in it that
/// proves what the run touched.
///
/// The binary runs with `files/` as its working directory (so messages name files as the test wrote
/// them), `TMPDIR` pointing at an empty `tmp/`, standard output and error going to `capture/` (outputs
/// can be megabytes), and a time limit: past it the process is killed and the result says so. After a
/// run, `files()` lists everything in `files/`, so a test can require that nothing but the expected
/// output appeared there (no temporary file, no partial output) and `tmp/` stays empty.
struct Sandbox {
    /// How a run ended.
    struct Run {
        var status: Int32
        var stdout: [UInt8]
        var stderr: String
        var timedOut: Bool
        var seconds: Double

        var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    }

    let base: URL
    let folder: URL
    private let temporary: URL
    private let capture: URL

    init() throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("convert-hostile-\(UUID().uuidString)")
        folder = base.appendingPathComponent("files")
        temporary = base.appendingPathComponent("tmp")
        capture = base.appendingPathComponent("capture")
        for url in [folder, temporary, capture] {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
    }

    /// Removes the sandbox (making anything a test locked up removable first).
    func remove() {
        _ = try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        try? FileManager.default.removeItem(at: base)
    }

    /// The absolute path of `name` in `files/`.
    func path(_ name: String) -> String {
        folder.appendingPathComponent(name).path
    }

    /// Writes `bytes` to `files/name`.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        try Data(bytes).write(to: folder.appendingPathComponent(name))
        return name
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Array(text.utf8))
    }

    /// Everything in `files/`, as sorted relative paths (folders end with `/`), hidden files included.
    func files() -> [String] {
        Self.listing(of: folder)
    }

    /// Whether `tmp/` is still empty.
    var temporaryFolderIsEmpty: Bool {
        Self.listing(of: temporary).isEmpty
    }

    private static func listing(of folder: URL) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var names: [String] = []
        while let name = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = folder.appendingPathComponent(name).path
            let exists = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
            names.append(name + (exists && isDirectory.boolValue ? "/" : ""))
        }
        return names.sorted()
    }

    /// Runs `convert arguments` (or, with `launcher`, `launcher + [convert] + arguments`) in `files/`.
    func run(_ arguments: [String], input: [UInt8] = [], timeout: Double = 20, launcher: [String] = [],
             environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        if let tool = launcher.first {
            process.executableURL = URL(fileURLWithPath: tool)
            process.arguments = Array(launcher.dropFirst()) + [ConvertBinary.url.path] + arguments
        } else {
            process.executableURL = ConvertBinary.url
            process.arguments = arguments
        }
        process.currentDirectoryURL = folder
        var variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        variables["TMPDIR"] = temporary.path
        process.environment = variables
        let stdoutURL = capture.appendingPathComponent("stdout-\(UUID().uuidString)")
        let stderrURL = capture.appendingPathComponent("stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        let stdout = try FileHandle(forWritingTo: stdoutURL)
        let stderr = try FileHandle(forWritingTo: stderrURL)
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        let start = Date()
        try process.run()
        try stdout.close()
        try stderr.close()
        let writer = stdin.fileHandleForWriting
        DispatchQueue.global().async {
            writer.write(Data(input))
            try? writer.close()
        }
        var timedOut = false
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
        }
        let seconds = Date().timeIntervalSince(start)
        return Run(status: process.terminationStatus, stdout: Array(try Data(contentsOf: stdoutURL)),
                   stderr: String(decoding: try Data(contentsOf: stderrURL), as: UTF8.self),
                   timedOut: timedOut, seconds: seconds)
    }
}
