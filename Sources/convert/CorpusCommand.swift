import ArgumentParser
import Foundation
import TEI

/// `convert corpus FOLDER... -o corpus.xml`: transcripts to one TEI `teiCorpus`.
struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Convert a folder of transcripts into one TEI corpus (teiCorpus).",
        discussion: """
            The corpus header counts the texts, utterances and words, gives the span of the talks' dates, and lists the persons known across texts: participants with the same personal name of two words or more (titles left out) are one person, to whom each text's participant points with @corresp. Roles alone (Reporter, Q), surnames alone, unidentified speakers and groups stay with their text. Every identifier in a text is prefixed with the text's identifier (text.2019-talk-1.u3), so the whole is valid against our schema and tei_all.

            The texts are written inside the corpus, or with --xinclude each on its own beside it (at its path below the input folder, .xml) and referenced with <xi:include href>: such a corpus is valid once the inclusions are made (xmllint --xinclude), and each text on its own with 'convert validate TEXT --ids-from CORPUS' (its persons point to the corpus header's). A transcript that cannot be converted is reported, and no corpus is written. Exit codes: 0 written; 2 some transcript could not be converted, the output could not be written, or a usage error; 130 stopped by Ctrl-C.
            """
    )

    @Argument(help: "Folders to walk for transcripts (*.txt, *.srt, *.vtt), or transcripts.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Where to write the corpus.")
    var output: String

    @Option(help: "The corpus's title.")
    var title: String = "Corpus of transcripts"

    @Option(help: "Who publishes the corpus.")
    var publisher: String?

    @Option(help: "The main language of every text, as a BCP 47 tag such as 'en'.")
    var lang: String?

    @Option(help: "A speaker map (.csv or .json) applied to every text.")
    var speakers: String?

    @Option(help: "How turns are written: utterance or drama.")
    var style: TEIWriter.Style = .utterance

    @Flag(help: "Write each text to a file of its own beside the corpus and include it with XInclude.")
    var xinclude = false

    @OptionGroup(title: "Many files")
    var batch: BatchOptions

    func run() throws {
        var conversion = TranscriptConversion(language: lang, speakerMap: nil, speakerMapFile: speakers, style: style)
        if let speakers {
            do {
                conversion.speakerMap = try SpeakerMap(bytes: try InputFile.read(speakers), json: speakers.lowercased().hasSuffix(".json"), file: speakers)
            } catch let error as Diagnostic {
                throw CommandFailure(error, file: speakers)
            }
        }
        let conversionSetUp = conversion
        let files = batch.files(in: inputs, defaults: BatchOptions.transcriptPatterns)
        if files.isEmpty { throw CommandFailure("no transcripts found in \(inputs.joined(separator: ", "))") }
        let writer = TEICorpusWriter(conversionDate: ConversionDate.today(), style: style, title: title, publisher: publisher, language: lang)
        var textIDs = TextIDs()
        let ids = files.map { textIDs.make(forPath: $0.relative) }
        let folder = URL(fileURLWithPath: output).deletingLastPathComponent().path
        let spool = try Spool()
        defer { spool.remove() }
        let progress = Progress(files: files.count, bytes: files.reduce(0) { $0 + $1.size }, quiet: batch.quiet, interval: batch.progressInterval)
        Interruption.install(graceful: true)
        let started = Date()
        // Each text is converted and put aside (in the spool, or in its own file), so that memory holds
        // one text per worker and the header's summaries only.
        let results = Parallel.map(files.count, jobs: batch.jobs, order: files.indices.sorted { files[$0].size > files[$1].size },
                                   shouldStop: { Interruption.requested }) { index -> Result<CorpusMember, CommandFailure> in
            defer { progress.advance(bytes: files[index].size) }
            do throws(CommandFailure) {
                let transcript = try conversionSetUp.transcript(try InputFile.read(files[index].path), file: files[index].path)
                var member = writer.member(transcript, id: ids[index])
                if xinclude {
                    let path = folder + "/" + Self.href(for: files[index])
                    try Self.createFolder(for: path)
                    try OutputFile.write(writer.standalone(transcript, id: ids[index]), to: path)
                } else {
                    try spool.put(member.element, at: index)
                }
                member.element = []
                return .success(member)
            } catch {
                progress.error(error.message)
                return .failure(error)
            }
        }
        progress.finish()
        var summary = BatchSummary(noun: "converted", files: files.count, seconds: Date().timeIntervalSince(started))
        summary.interrupted = Interruption.requested
        var members: [CorpusMember] = []
        for (file, result) in zip(files, results) {
            switch result {
            case nil: summary.notStarted += 1
            case .success(let member)?:
                members.append(member)
                summary.done += 1
                summary.bytes += file.size
            case .failure(let error)?:
                summary.failures.append(BatchSummary.Failure(file: file.path, message: error.message))
            }
        }
        guard !summary.interrupted, summary.failed == 0 else {
            try summary.print(as: .text, quiet: batch.quiet)
            Console.error("convert: error: no corpus written to '\(output)'")
            throw ExitCode(summary.interrupted ? Interruption.exitStatus : ExitStatus.usage)
        }
        try OutputFile.write(to: output) { (sink: OutputFile.Sink) throws(CommandFailure) in
            try sink.write(writer.opening(for: members))
            for index in files.indices {
                try sink.write(xinclude ? writer.inclusion(href: Self.href(for: files[index])) : try spool.take(at: index) + [0x0A])
            }
            try sink.write(writer.closing)
        }
        if !batch.quiet { Console.error(summary.line + "; corpus: \(output)") }
    }

    /// Where a text written on its own goes, relative to the corpus: its path below the input folder, `.xml`.
    private static func href(for file: InputFiles.Entry) -> String {
        let stem = URL(fileURLWithPath: file.relative, relativeTo: URL(fileURLWithPath: "/")).deletingPathExtension().path
        return String(stem.dropFirst()) + ".xml"
    }

    private static func createFolder(for path: String) throws(CommandFailure) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure("cannot write '\(path)': cannot create the folder '\(folder)'")
        }
    }
}
