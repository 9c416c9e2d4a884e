import ArgumentParser
import Foundation
import TEI

/// Options for working through many files: `convert tei FOLDER -o FOLDER` and `convert validate`.
struct BatchOptions: ParsableArguments {
    @Option(name: .customLong("include"), help: ArgumentHelp("In folders, take the files whose name or path below the folder matches this glob (ignoring case); repeatable.", valueName: "glob"))
    var patterns: [String] = []

    @Option(help: "Worker threads (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp("Work on part K of N of the files only (a Slurm array task, a Kubernetes indexed job): parts are balanced by size, and every file is in exactly one.", valueName: "K/N"))
    var shard: String?

    @Option(help: ArgumentHelp("Write one JSON line per file to this file: input, output, status, bytes, seconds, message.", valueName: "file"))
    var manifest: String?

    @Flag(help: "No progress display and no summary on standard error (errors are still written).")
    var quiet = false

    @Option(help: ArgumentHelp("Seconds between progress lines when standard error is not a terminal.", valueName: "seconds"))
    var progressInterval: Double = 10

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let shard, Shard(shard) == nil { throw ValidationError("--shard '\(shard)' is not of the form K/N with 1 <= K <= N") }
        if progressInterval < 0 { throw ValidationError("--progress-interval must not be negative") }
    }

    /// What `convert tei` and `convert corpus` take from folders by default.
    static let transcriptPatterns = ["*.txt", "*.srt", "*.vtt"]

    /// The files the paths name, walked with the patterns (or `defaults`), narrowed to this shard.
    func files(in paths: [String], defaults: [String]) -> [InputFiles.Entry] {
        let entries = InputFiles.list(paths, include: patterns.isEmpty ? defaults : patterns)
        guard let shard = shard.flatMap(Shard.init) else { return entries }
        return shard.select(entries, name: \.relative, size: \.size)
    }

    func openManifest() throws(CommandFailure) -> Manifest? {
        guard let manifest else { return nil }
        return try Manifest(path: manifest)
    }
}
