import Testing
@testable import TEI

@Suite("Writing TEI")
struct TEIWriterTests {
    func tei(_ text: String, metadata: Metadata = Metadata()) throws -> String {
        let transcript = try TranscriptReader(metadata: metadata).read(Array(text.utf8))
        return String(decoding: TEIWriter(conversionDate: "2026-01-01").write(transcript), as: UTF8.self)
    }

    @Test("a segment that is only a date is not indented inside")
    func dateOnlySegment() throws {
        let xml = try tei("A: 2020")
        #expect(xml.contains(#"<seg xml:id="u1.1"><date when="2020">2020</date></seg>"#))
    }

    @Test("line breaks inside a paragraph are <lb/>, with @rend when they are not the document's")
    func lineBreaks() throws {
        let xml = try tei("A: one\ntwo\r\nthree\n")
        #expect(xml.contains(#"<seg xml:id="u1.1">one<lb/>two<lb rend="sep-rn"/>three</seg>"#))
        #expect(xml.contains(#"<text rend="end-n">"#))
    }

    @Test("unusual separators are recorded; the usual blank line is not")
    func separators() throws {
        let xml = try tei("A: one\n\ntwo\n\n\nthree\nB: four")
        #expect(xml.contains(#"<seg xml:id="u1.2">two</seg>"#))
        #expect(xml.contains(#"<seg xml:id="u1.3" rend="sep-nnn">three</seg>"#))
        #expect(xml.contains(#"<note type="speaker" rend="sep-n">B: </note>"#))
    }

    @Test("noises and gaps keep their brackets in @rend and their words in <desc>")
    func noises() throws {
        let document = try XMLDocument(parsing: Array(try tei("A: one\n\n(APPLAUSE)\n\n[inaudible]\n\n(laughs)").utf8), file: nil)
        #expect(document.strings("//tei:body/tei:incident[@rend='parentheses']/tei:desc") == ["APPLAUSE"])
        #expect(document.strings("//tei:body/tei:gap[@reason='inaudible'][@rend='brackets']/tei:desc") == ["inaudible"])
        #expect(document.strings("//tei:body/tei:vocal[@rend='parentheses']/tei:desc") == ["laughs"])
    }

    @Test("metadata from options goes into the header; what is unknown is left out")
    func header() throws {
        let xml = try tei("A: one", metadata: Metadata(title: "T", date: "2019-12-03", language: "en",
                                                      source: "https://example.org/x", publisher: "P"))
        #expect(xml.contains(#"<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">"#))
        #expect(xml.contains("<title>T</title>"))
        #expect(xml.contains(#"<setting>"#) && xml.contains(#"<date when="2019-12-03"/>"#))
        #expect(xml.contains(#"<ref target="https://example.org/x">https://example.org/x</ref>"#))
        #expect(xml.contains("<publisher>P</publisher>"))
        let bare = try tei("A: one")
        #expect(!bare.contains("xml:lang") && !bare.contains("<settingDesc>") && !bare.contains("<respStmt>"))
    }

    @Test("markup characters in the text are escaped, never parsed")
    func escaping() throws {
        let xml = try tei("A: <b>&amp; \"x\" & y</b>")
        #expect(xml.contains("&lt;b&gt;&amp;amp; \"x\" &amp; y&lt;/b&gt;"))
    }
}
