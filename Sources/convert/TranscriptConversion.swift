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

    /// The TEI for the transcript `bytes` read from `file` (`-` for standard input).
    func convert(_ bytes: [UInt8], file: String) throws(CommandFailure) -> [UInt8] {
        TEIWriter(conversionDate: ConversionDate.today(), style: style).write(try transcript(bytes, file: file))
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
