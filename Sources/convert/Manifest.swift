import Foundation

/// A JSON Lines record of a batch, one line per file as it is done (`--manifest FILE`): which file,
/// where its output went, what became of it, its size and time, and the message of a failure. Shards'
/// manifests concatenate into the whole corpus's; `convert tei --incremental` redoes what failed.
final class Manifest: @unchecked Sendable {
    /// One file's line.
    struct Entry: Encodable {
        var input: String
        var output: String?
        /// `converted`, `up-to-date`, `failed` (conversion); `valid`, `invalid`, `not-checked` (validation).
        var status: String
        var bytes: Int
        /// Seconds the conversion took (not recorded for validation).
        var seconds: Double?
        var message: String?
        var errors: Int?
    }

    private let lock = NSLock()
    private let handle: FileHandle
    private let encoder = JSONEncoder()

    /// Creates (or empties) the manifest at `path`.
    init(path: String) throws(CommandFailure) {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw CommandFailure("cannot write the manifest '\(path)': \(systemErrorMessage())")
        }
        self.handle = handle
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    /// Appends `entry` as one line, in one write.
    func record(_ entry: Entry) {
        guard let line = try? encoder.encode(entry) else { return }
        lock.withLock { handle.write(line + Data([0x0A])) }
    }
}
