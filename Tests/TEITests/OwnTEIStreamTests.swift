import Foundation
import Testing
@testable import TEI

@Suite("Our own TEI read a body element at a time")
struct OwnTEIStreamTests {
    @Test("the streamed transcript is the one read whole, for the seed, subtitles and every layout fixture")
    func sameAsWhole() throws {
        var sources = [try SeedConversion.tei()]
        for folder in ["subtitles", "layouts"] {
            let url = TestPaths.fixtures.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() {
                let transcript = try TranscriptReader().read(try TestPaths.bytes(url.appendingPathComponent(name)))
                sources.append(TEIWriter(conversionDate: "2026-01-01").write(transcript))
                sources.append(TEIWriter(conversionDate: "2026-01-01", style: .drama).write(transcript))
            }
        }
        #expect(sources.count == 23)
        for bytes in sources {
            let whole = try OwnTEIReader().read(try XMLDocument(parsing: bytes, file: "t.xml"), file: "t.xml")
            let streamed = try #require(try OwnTEIReader().stream(bytes, file: "t.xml"))
            #expect(streamed == whole)
        }
    }

    @Test("not ours, not well-formed, or changed: no streamed transcript (the whole document is read instead)")
    func fallBack() throws {
        let seed = String(decoding: try SeedConversion.tei(), as: UTF8.self)
        let foreign = seed.replacingOccurrences(of: #"ident="tei-convert""#, with: #"ident="other""#)
        #expect(try OwnTEIReader().stream(Array(foreign.utf8), file: "t.xml") == nil)
        let broken = String(seed.dropLast(20))
        #expect(try OwnTEIReader().stream(Array(broken.utf8), file: "t.xml") == nil)
        let changed = seed.replacingOccurrences(of: "<u who=", with: "<div/><u who=")
        #expect(throws: Diagnostic.self) { try OwnTEIReader().stream(Array(changed.utf8), file: "t.xml") }
        // Through the extractor: the changed document gives its readable text and a warning.
        let (_, warnings) = try TextExtractor().extract(from: Array(changed.utf8), file: "t.xml")
        #expect(warnings.count == 1)
    }
}
