import Testing
@testable import TEI

@Suite("Noises and gaps within lines of speech")
struct InlineEventsTests {
    func events(_ text: String) -> [(String, NonSpeech.Kind)] {
        let bytes = Array(text.utf8)
        return InlineEvents.find(in: text).map { (String(decoding: bytes[$0.range], as: UTF8.self), $0.kind) }
    }

    @Test("bracketed noises, gaps and events are found with their brackets")
    func found() {
        let found = events("Well (LAUGHTER) I think [inaudible] and [crosstalk 00:12:19], (APPLAUSE) (BEGIN VIDEO CLIP) (coughs)")
        #expect(found.map(\.0) == ["(LAUGHTER)", "[inaudible]", "[crosstalk 00:12:19]", "(APPLAUSE)", "(BEGIN VIDEO CLIP)", "(coughs)"])
        #expect(found.map(\.1) == [.vocal, .gap, .incident, .incident, .incident, .vocal])
    }

    @Test("asides, abbreviations, insertions and unclosed brackets are speech", arguments: [
        "the Defense Ministers’ Meeting (ADMM) in 2020", "(He left.) Then", "the [former] minister", "it was [sic] fine",
        "an open (bracket", "(NATO)", "()", "a (very\nlong) aside",
    ])
    func notEvents(text: String) {
        #expect(events(text).isEmpty)
    }

    @Test("in TEI: elements inside the <seg>, the text around them unchanged, dates outside them")
    func written() throws {
        let source = "COOPER: Senator [crosstalk 00:12:19] in 2020 (LAUGHTER) yes.\n"
        let transcript = try TranscriptReader().read(Array(source.utf8))
        let paragraph = transcript.turns[0].paragraphs[0]
        #expect(paragraph.events.map(\.kind) == [.incident, .vocal])
        #expect(paragraph.dates.count == 1)
        let xml = String(decoding: TEIWriter(conversionDate: "2026-01-01").write(transcript), as: UTF8.self)
        #expect(xml.contains(#"<seg xml:id="u1.1">Senator <incident rend="brackets"><desc>crosstalk 00:12:19</desc></incident> in <date when="2020">2020</date> <vocal rend="parentheses"><desc>LAUGHTER</desc></vocal> yes.</seg>"#))
        let schema = try RelaxNGSchema(path: TestPaths.schema.path)
        #expect(schema.validate(try XMLDocument(parsing: Array(xml.utf8), file: "x.xml"), file: "x.xml") == [])
        #expect(try TextExtractor().text(from: Array(xml.utf8), file: "x.xml") == Array(source.utf8))
    }
}
