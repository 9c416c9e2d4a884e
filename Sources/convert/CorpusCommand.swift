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

    @OptionGroup
    var reading: ReadingOptions

    @Flag(help: "Write each text to a file of its own beside the corpus and include it with XInclude.")
    var xinclude = false

    @OptionGroup(title: "Many files")
    var batch: BatchOptions

    func validate() throws {
        // One corpus is one output: it is not split into shards, and has no line per file to record.
        if batch.shard != nil { throw ValidationError("--shard splits conversions and validations, not one corpus") }
        if batch.manifest != nil { throw ValidationError("--manifest is for convert tei and convert validate") }
    }

    func run() throws {
        let conversion = try reading.conversion()
        let files = batch.files(in: inputs, defaults: BatchOptions.transcriptPatterns)
        if files.isEmpty { throw CommandFailure("no transcripts found in \(inputs.joined(separator: ", "))") }
        let folder = URL(fileURLWithPath: output).deletingLastPathComponent().path
        if xinclude { try InputFiles.checkOutputs(files, under: folder) }
        let writer = TEICorpusWriter(conversionDate: ConversionDate.today(), style: reading.style, title: title, publisher: publisher,
                                     language: reading.lang)
        var textIDs = TextIDs()
        let ids = files.map { textIDs.make(forPath: $0.relative) }
        let spool = try Spool(beside: output)
        defer { spool.remove() }
        // Each text is converted and put aside (in the spool, or in its own file), so that memory holds
        // one text per worker and the header's summaries only.
        let (results, seconds) = BatchRunner(options: batch).run(files) { position, report -> Result<CorpusMember, CommandFailure> in
            let file = files[position]
            do throws(CommandFailure) {
                let transcript = try conversion.transcript(try InputFile.read(file.path), file: file.path)
                if xinclude {
                    let path = file.output(under: folder)
                    try OutputFile.createFolder(for: path)
                    try OutputFile.write(writer.standalone(transcript, id: ids[position]), to: path)
                } else {
                    try spool.put(writer.element(transcript, id: ids[position]), at: position)
                }
                return .success(writer.member(transcript, id: ids[position]))
            } catch {
                report(error.message)
                return .failure(error)
            }
        }
        // From here on, Ctrl-C stops at once (the corpus's temporary file and the spool are removed).
        Interruption.install(graceful: false)
        var summary = BatchSummary(files: files.count, seconds: seconds)
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
        summary.interrupted = summary.notStarted > 0
        guard !summary.interrupted, summary.failed == 0 else {
            // No corpus: nor the texts written for it.
            if xinclude {
                for (file, result) in zip(files, results) where (try? result?.get()) != nil { unlink(file.output(under: folder)) }
            }
            try summary.print(as: .text, quiet: batch.quiet)
            Console.error("convert: error: no corpus written to '\(output)'")
            throw ExitCode(summary.interrupted ? Interruption.exitStatus : ExitStatus.usage)
        }
        try OutputFile.write(to: output) { (sink: OutputFile.Sink) throws(CommandFailure) in
            try sink.write(writer.opening(for: members))
            for (index, file) in files.enumerated() {
                try sink.write(xinclude ? writer.inclusion(href: Self.href(for: file)) : try spool.take(at: index))
            }
            try sink.write(writer.closing)
        }
        if !batch.quiet { Console.error(summary.line + "; corpus: \(output)") }
    }

    /// The reference to a text written on its own: its path below the corpus, as a URI (`Q&A #3.xml`
    /// -> `Q&A%20%233.xml`).
    private static func href(for file: InputFiles.Entry) -> String {
        let path = String(file.output(under: "").dropFirst())
        return path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }
}
