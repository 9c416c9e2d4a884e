import Foundation
import Testing
@testable import TEI

/// Every document our schema accepts must be valid against official TEI `tei_all`, checked with jing.
@Suite("Conformance with official tei_all 4.12.0 (jing)", .enabled(if: TestPaths.sharedCorporaWanted && Jing.wanted))
struct ConformanceTests {
    /// jing's verdict against `tei_all` on `documents` (written to a temporary folder under their names)
    /// and on the files `alongside`.
    static func validateAgainstTeiAll(_ documents: [(name: String, bytes: [UInt8])], alongside: [URL] = []) throws -> (status: Int32, output: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tei-convert-conformance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [URL] = []
        for document in documents {
            let url = folder.appendingPathComponent(document.name)
            try Data(document.bytes).write(to: url)
            files.append(url)
        }
        return try Jing.validate(files + alongside, against: TestPaths.teiAll)
    }

    @Test("the seed's TEI and every valid fixture are valid against tei_all")
    func validAgainstTeiAll() throws {
        #expect(FileManager.default.fileExists(atPath: TestPaths.teiAll.path), "missing \(TestPaths.teiAll.path)")
        let fixtures = SchemaTests.fixtures.filter { $0.lastPathComponent.hasPrefix("valid-") }
        #expect(!fixtures.isEmpty)
        let result = try Self.validateAgainstTeiAll([("seed.xml", try SeedConversion.tei())], alongside: fixtures)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("a corpus (teiCorpus with texts inline) is valid against tei_all")
    func corpusValidAgainstTeiAll() throws {
        let result = try Self.validateAgainstTeiAll([("corpus.xml", try TEICorpusWriterTests.corpus().bytes)])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("subtitles converted (a timeline, cue notes with @synch, utterances with @start and @end) are valid against tei_all")
    func subtitlesValidAgainstTeiAll() throws {
        let documents = try ["interview.srt", "talk.vtt", "bom.srt"].map { name in
            (name: name + ".xml", bytes: Array(try SubtitleTests.read(name).tei.utf8))
        }
        let result = try Self.validateAgainstTeiAll(documents)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("every layout fixture, in both styles, is valid against tei_all")
    func layoutsValidAgainstTeiAll() throws {
        var documents: [(name: String, bytes: [UInt8])] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: LayoutFixturesTests.folder.path).sorted() {
            for style in TEIWriter.Style.allCases {
                documents.append(("\(name).\(style).xml", TEIWriter(conversionDate: "2026-01-01", style: style).write(try LayoutFixturesTests.read(name))))
            }
        }
        #expect(documents.count == 16)
        let result = try Self.validateAgainstTeiAll(documents)
        #expect(result.status == 0, "\(result.output)")
    }
}
