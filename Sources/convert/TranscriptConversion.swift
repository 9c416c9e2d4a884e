import Foundation
import TEI

/// One transcript to TEI, as `convert tei` is set up: its metadata options, speaker map and style.
struct TranscriptConversion: Sendable {
    var title: String?
    var date: String?
    var language: String?
    var source: String?
    var publisher: String?
    var speakerMap: SpeakerMap?
    /// The speaker map's file, which its errors name.
    var speakerMapFile: String?
    var style: TEIWriter.Style
    var layout: TranscriptReader.InputLayout = .auto

    /// Reads the speaker map at `path` (`--speakers`), CSV or JSON by its extension.
    static func speakerMap(at path: String) throws(CommandFailure) -> SpeakerMap {
        let bytes = try InputFile.read(path)
        do {
            return try SpeakerMap(bytes: bytes, json: path.lowercased().hasSuffix(".json"), file: path)
        } catch {
            throw CommandFailure(error, file: path)
        }
    }

    /// Converts the transcript `bytes` read from `file` (`-` for standard input) and writes its TEI to
    /// `output` (standard output when `nil`).
    func convert(_ bytes: [UInt8], file: String, to output: String?) throws(CommandFailure) {
        try write(try transcript(bytes, file: file), to: output)
    }

    /// Writes the TEI of `transcript` to `output` (standard output when `nil`) as it is made, a part at a time.
    func write(_ transcript: Transcript, to output: String?) throws(CommandFailure) {
        let writer = TEIWriter(conversionDate: ConversionDate.today(), style: style)
        guard let output else { return try Self.writing { try writer.write(transcript) { try Console.output($0) } } }
        try OutputFile.write(to: output) { (sink: OutputFile.Sink) throws(CommandFailure) in
            try Self.writing { try writer.write(transcript) { try sink.write($0) } }
        }
    }

    /// Runs `write`, whose only errors are `CommandFailure`s (the writer rethrows its output's).
    private static func writing(_ write: () throws -> Void) throws(CommandFailure) {
        do {
            try write()
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure("cannot write the TEI: \(error)")
        }
    }

    /// The transcript `bytes` read from `file`, with the metadata options and the speaker map applied.
    func transcript(_ bytes: [UInt8], file: String) throws(CommandFailure) -> Transcript {
        let metadata = Metadata(title: title, date: date, language: language, source: source, publisher: publisher,
                                sourceFileName: file == "-" ? nil : URL(fileURLWithPath: file).lastPathComponent)
        var transcript: Transcript
        do {
            transcript = try TranscriptReader(metadata: metadata, layout: layout).read(bytes)
        } catch {
            throw CommandFailure(error, file: file)
        }
        if let speakerMap {
            do {
                try speakerMap.apply(to: &transcript)
            } catch {
                throw CommandFailure(error, file: speakerMapFile ?? file)
            }
        }
        return transcript
    }
}
