import Foundation
import TEI

/// `convert tei FOLDER... -o FOLDER`: every transcript converted in parallel into the output folder, at
/// its path below the input folder with the extension `.xml`; failures reported and counted, the
/// others converted; progress, a manifest line per file, and Ctrl-C stopping between files.
struct BatchConversion {
    let conversion: TranscriptConversion
    let outputFolder: String
    let incremental: Bool
    /// The newest file the outputs depend on besides their input (the speaker map).
    let newestDependency: Date?
    let options: BatchOptions

    /// What became of one file.
    private enum Outcome: Sendable {
        case converted, upToDate
        case failed(String)

        var status: String {
            switch self {
            case .converted: "converted"
            case .upToDate: "up-to-date"
            case .failed: "failed"
            }
        }

        var message: String? {
            if case .failed(let message) = self { return message }
            return nil
        }
    }

    func run(_ files: [InputFiles.Entry]) throws(CommandFailure) -> BatchSummary {
        try InputFiles.checkOutputs(files, under: outputFolder)
        let manifest = try options.openManifest()
        let (outcomes, seconds) = BatchRunner(options: options).run(files) { index, report in
            let file = files[index]
            let output = file.output(under: outputFolder)
            let started = Date()
            let outcome = convert(file, to: output)
            if case .failed(let message) = outcome { report(message) }
            manifest?.record(Manifest.Entry(input: file.path, output: output, status: outcome.status, bytes: file.size,
                                            seconds: Date().timeIntervalSince(started), message: outcome.message))
            return outcome
        }
        var summary = BatchSummary(files: files.count, seconds: seconds)
        for (file, outcome) in zip(files, outcomes) {
            switch outcome {
            case nil: summary.notStarted += 1
            case .converted?:
                summary.done += 1
                summary.bytes += file.size
            case .upToDate?: summary.upToDate += 1
            case .failed(let message)?:
                summary.failures.append(BatchSummary.Failure(file: file.path, message: message))
                summary.bytes += file.size
            }
        }
        // Stopped only if some file was never started (a Ctrl-C during the last files changes nothing).
        summary.interrupted = summary.notStarted > 0
        return summary
    }

    private func convert(_ file: InputFiles.Entry, to output: String) -> Outcome {
        if incremental, let written = Self.modificationDate(output), let read = Self.modificationDate(file.path),
           written >= read, written >= newestDependency ?? .distantPast {
            return .upToDate
        }
        do throws(CommandFailure) {
            let transcript = try conversion.transcript(try InputFile.read(file.path), file: file.path)
            try OutputFile.createFolder(for: output)
            try conversion.write(transcript, to: output)
            return .converted
        } catch {
            return .failed(error.message)
        }
    }

    /// When the file at `path` was last changed; `nil` if there is none.
    static func modificationDate(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }
}
