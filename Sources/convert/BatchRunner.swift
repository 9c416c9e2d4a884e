import Foundation
import TEI

/// Runs one piece of work per file on `--jobs` threads, largest files first, with progress on standard
/// error and Ctrl-C stopping the batch between files (`Interruption`).
struct BatchRunner {
    let options: BatchOptions

    /// Each file's result (`nil` for a file never started, the batch being stopped) and the seconds it
    /// all took. `work` gets a file's position in `files`, and a way to report a failure without mixing it
    /// into the progress bar.
    func run<Result: Sendable>(_ files: [InputFiles.Entry],
                               _ work: @escaping @Sendable (Int, _ report: @escaping @Sendable (String) -> Void) -> Result)
        -> (results: [Result?], seconds: Double) {
        let progress = Progress(files: files.count, bytes: files.reduce(0) { $0 + $1.size }, quiet: options.quiet,
                                interval: options.progressInterval)
        Interruption.install(graceful: true)
        let started = Date()
        let largestFirst = files.indices.sorted { files[$0].size > files[$1].size }
        let results = Parallel.map(files.count, jobs: options.jobs, order: largestFirst, shouldStop: { Interruption.requested }) { index in
            defer { progress.advance(bytes: files[index].size) }
            return work(index) { progress.error($0) }
        }
        progress.finish()
        return (results, Date().timeIntervalSince(started))
    }
}
