import ArgumentParser
import Foundation
import TEI

/// `convert tei INPUT [-o OUTPUT]`: a transcript to TEI; `convert tei FOLDER... -o FOLDER`: many.
struct TEICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tei",
        abstract: "Convert plain-text transcripts to TEI.",
        discussion: """
            Metadata can also come from a front-matter block at the top of the input, between two '---' lines, with the keys title, date, lang, source, publisher; options given here win. What is not known is left out of the TEI. The conversion day in the revision note is today (UTC), or the day of SOURCE_DATE_EPOCH when that is set, for reproducible output.

            Folders (or several inputs) are converted in parallel into the folder given with -o, each file to the same path below it with the extension .xml; a file that cannot be converted is reported and the others go on. A summary ends the run. Ctrl-C finishes the files being written and stops; --incremental then goes on where the run stopped. Exit codes: 0 all converted; 2 some could not be (or a usage error); 130 stopped by Ctrl-C (143 by SIGTERM).
            """
    )

    @Argument(help: "Transcripts (UTF-8 text, SRT or WebVTT subtitles; '-' reads standard input), or folders to walk for *.txt, *.srt and *.vtt.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Where to write the TEI (standard output if left out); the output folder when converting folders.")
    var output: String?

    @Option(help: "The document's title.")
    var title: String?

    @Option(help: "When the talk took place: YYYY, YYYY-MM or YYYY-MM-DD.")
    var date: String?

    @Option(help: "Where the transcript comes from: a URL or a description.")
    var source: String?

    @Option(help: "Who published the source.")
    var publisher: String?

    @OptionGroup
    var reading: ReadingOptions

    @Flag(help: "When converting folders, skip the inputs whose output is newer than the input (and the speaker map).")
    var incremental = false

    @Option(help: "Summary format when converting folders: text (standard error) or json (standard output).")
    var format: SummaryFormat = .text

    @OptionGroup(title: "Many files")
    var batch: BatchOptions

    func validate() throws {
        if let date, !ISODate.isValid(date) {
            throw ValidationError("--date '\(date)' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
        }
        if isBatch {
            guard output != nil else { throw ValidationError("converting folders or several files needs -o FOLDER") }
            if inputs.contains("-") { throw ValidationError("'-' (standard input) cannot be converted with other inputs") }
        } else {
            let batchOnly = [("--incremental", incremental), ("--format json", format == .json), ("--shard", batch.shard != nil),
                             ("--manifest", batch.manifest != nil), ("--include", !batch.patterns.isEmpty)]
            if let (option, _) = batchOnly.first(where: { $0.1 }) {
                throw ValidationError("\(option) is for converting folders or several files")
            }
        }
    }

    /// Several inputs or a folder: convert into an output folder.
    private var isBatch: Bool {
        var isDirectory: ObjCBool = false
        return inputs.count > 1 || (FileManager.default.fileExists(atPath: inputs[0], isDirectory: &isDirectory) && isDirectory.boolValue)
    }

    func run() throws {
        let conversion = try reading.conversion(title: title, date: date, source: source, publisher: publisher)
        guard isBatch, let output else {
            Interruption.install(graceful: false)
            try conversion.convert(try InputFile.read(inputs[0]), file: inputs[0], to: output)
            return
        }
        let files = batch.files(in: inputs, defaults: BatchOptions.transcriptPatterns)
        if files.isEmpty {
            let patterns = batch.patterns.isEmpty ? BatchOptions.transcriptPatterns : batch.patterns
            throw CommandFailure("no transcripts found in \(inputs.joined(separator: ", ")) (matching \(patterns.joined(separator: ", ")))")
        }
        let summary = try BatchConversion(conversion: conversion, outputFolder: output, incremental: incremental,
                                          newestDependency: reading.speakers.flatMap(BatchConversion.modificationDate), options: batch).run(files)
        try summary.print(as: format, quiet: batch.quiet)
        if summary.interrupted { throw ExitCode(Interruption.exitStatus) }
        if summary.failed > 0 { throw ExitCode(ExitStatus.usage) }
    }
}

