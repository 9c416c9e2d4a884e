import ArgumentParser
import Foundation

/// How a summary is written: a line on standard error, or a JSON object on standard output.
enum SummaryFormat: String, ExpressibleByArgument {
    case text, json
}

/// The end of a batch: how many files, what became of them, how long it took.
struct BatchSummary: Encodable {
    /// Files in the batch (this shard's).
    let files: Int
    var done = 0
    var upToDate = 0
    var failures: [Failure] = []
    /// Files not started because the run was stopped.
    var notStarted = 0
    var interrupted = false
    /// Bytes of the files worked on (not those up to date).
    var bytes = 0
    var seconds: Double

    struct Failure: Encodable {
        let file: String
        let message: String
    }

    init(files: Int, seconds: Double) {
        self.files = files
        self.seconds = seconds
    }

    var failed: Int { failures.count }

    var megabytesPerSecond: Double { Double(bytes) / 1e6 / max(seconds, 0.001) }

    /// `1000 files: 998 converted, 0 up to date, 2 failed, in 12.3 s (8.1 MB/s)`.
    var line: String {
        var line = "\(files) file\(files == 1 ? "" : "s"): \(done) converted, \(upToDate) up to date, \(failed) failed"
        line += String(format: ", in %.1f s (%.1f MB/s)", seconds, megabytesPerSecond)
        if interrupted { line += "; stopped: \(notStarted) not started" }
        return line
    }

    func print(as format: SummaryFormat, quiet: Bool) throws(CommandFailure) {
        switch format {
        case .text:
            if !quiet || interrupted { Console.error(line) }
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            guard let data = try? encoder.encode(JSON(self)) else { return }
            try Console.output(Array(data) + [0x0A])
        }
    }

    /// The JSON shape: the counts by name, with the rate.
    private struct JSON: Encodable {
        let files, failed, notStarted, upToDate, bytes: Int
        let converted: Int
        let seconds, megabytesPerSecond: Double
        let interrupted: Bool
        let failures: [Failure]

        init(_ summary: BatchSummary) {
            files = summary.files
            failed = summary.failed
            notStarted = summary.notStarted
            upToDate = summary.upToDate
            bytes = summary.bytes
            converted = summary.done
            seconds = summary.seconds
            megabytesPerSecond = summary.megabytesPerSecond
            interrupted = summary.interrupted
            failures = summary.failures
        }
    }
}
