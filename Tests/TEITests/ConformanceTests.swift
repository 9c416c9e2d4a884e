import Foundation
import Testing
@testable import TEI

/// Every document our schema accepts must be valid against official TEI `tei_all`, checked with jing.
@Suite("Conformance with official tei_all 4.12.0 (jing)", .enabled(if: TestPaths.sharedCorporaWanted && Jing.wanted))
struct ConformanceTests {
    @Test("the seed's TEI and every valid fixture are valid against tei_all")
    func validAgainstTeiAll() throws {
        #expect(FileManager.default.fileExists(atPath: TestPaths.teiAll.path), "missing \(TestPaths.teiAll.path)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tei-convert-conformance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let seed = folder.appendingPathComponent("seed.xml")
        try Data(try SeedConversion.tei()).write(to: seed)
        let fixtures = SchemaTests.fixtures.filter { $0.lastPathComponent.hasPrefix("valid-") }
        #expect(!fixtures.isEmpty)
        let result = try Jing.validate([seed] + fixtures, against: TestPaths.teiAll)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("a corpus (teiCorpus with texts inline) is valid against tei_all")
    func corpusValidAgainstTeiAll() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tei-convert-conformance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("corpus.xml")
        try Data(try TEICorpusWriterTests.corpus().bytes).write(to: corpus)
        let result = try Jing.validate([corpus], against: TestPaths.teiAll)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("subtitles converted (a timeline, cue notes with @synch, utterances with @start and @end) are valid against tei_all")
    func subtitlesValidAgainstTeiAll() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tei-convert-conformance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [URL] = []
        for name in ["interview.srt", "talk.vtt", "bom.srt"] {
            let url = folder.appendingPathComponent(name + ".xml")
            try Data(SubtitleTests.read(name).tei.utf8).write(to: url)
            files.append(url)
        }
        let result = try Jing.validate(files, against: TestPaths.teiAll)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("every layout fixture, in both styles, is valid against tei_all")
    func layoutsValidAgainstTeiAll() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tei-convert-conformance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [URL] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: LayoutFixturesTests.folder.path).sorted() {
            for style in TEIWriter.Style.allCases {
                let url = folder.appendingPathComponent("\(name).\(style).xml")
                try Data(TEIWriter(conversionDate: "2026-01-01", style: style).write(try LayoutFixturesTests.read(name))).write(to: url)
                files.append(url)
            }
        }
        #expect(files.count == 16)
        let result = try Jing.validate(files, against: TestPaths.teiAll)
        #expect(result.status == 0, "\(result.output)")
    }
}
