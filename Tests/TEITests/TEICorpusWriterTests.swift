import Foundation
import Testing
@testable import TEI

@Suite("teiCorpus: a corpus header, texts with identifiers unique in the corpus, persons merged")
struct TEICorpusWriterTests {
    static let texts = [
        ("2019/hearing.txt", "---\ndate: 2019-05-02\n---\nSenator Anna Berg: The committee will come to order.\n\nReporter: Senator, why now?\n\nSenator Anna Berg: Because it is time.\n"),
        ("2020/interview.txt", "---\ndate: 2020-11-30\n---\nReporter: Ms. Berg, welcome.\n\nAnna Berg: Thank you.\n\nCOOPER: And you, Mr. Davis?\n"),
        ("2020/panel.txt", "Q: Who speaks first?\n\nDr. Tran Van Minh: I do.\n\nALL: (LAUGHTER)\n"),
    ]

    /// The corpus of `texts`, inline, as written by `TEICorpusWriter`, and its members.
    static func corpus() throws -> (bytes: [UInt8], members: [CorpusMember]) {
        let writer = TEICorpusWriter(conversionDate: "2026-01-01", title: "Hearings", language: "en")
        var ids = TextIDs()
        var elements: [UInt8] = []
        let members = try texts.map { path, text in
            let transcript = try TranscriptReader(metadata: Metadata(sourceFileName: path)).read(Array(text.utf8))
            let id = ids.make(forPath: path)
            elements += writer.element(transcript, id: id)
            return writer.member(transcript, id: id)
        }
        return (writer.opening(for: members) + elements + writer.closing, members)
    }

    @Test("valid against our schema, with every identifier unique and every reference resolved")
    func valid() throws {
        let (bytes, _) = try Self.corpus()
        let source = DocumentSource(name: "corpus.xml", size: bytes.count) { () throws(Diagnostic) in bytes }
        let run = Validator(options: Validator.Options(schemas: [TestPaths.schema.path])).validate([source])
        #expect(run.schemaDiagnostics.isEmpty)
        #expect(run.reports.map(\.status) == [.valid], "\(run.reports.flatMap(\.diagnostics))")
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?xml-model href=\"tei-convert.rng\""))
        #expect(text.contains(#"<teiCorpus xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">"#))
        #expect(text.hasSuffix("</TEI>\n</teiCorpus>\n"))
        #expect(text.contains(#"<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="text.2019-hearing">"#))
        #expect(text.contains(##"<u who="#text.2020-interview.reporter" xml:id="text.2020-interview.u1">"##))
        #expect(text.contains(#"<seg xml:id="text.2020-interview.u1.1">"#))
    }

    @Test("the header: extent in texts, utterances and words; the span of dates; the persons known across texts")
    func header() throws {
        let (bytes, members) = try Self.corpus()
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(members.map(\.utterances) == [3, 3, 3])
        #expect(text.contains(#"<measure unit="texts" quantity="3">3 texts</measure>"#))
        #expect(text.contains(#"<measure unit="utterances" quantity="9">9 utterances</measure>"#))
        let words = members.reduce(0) { $0 + $1.words }
        // 13 + 9 + 5: the words of the turns, not the labels, and not the noise (LAUGHTER).
        #expect(words == 27)
        #expect(text.contains(#"<measure unit="words" quantity="27">27 words</measure>"#))
        #expect(text.contains(#"<date from="2019-05-02" to="2020-11-30"/>"#))
        // Anna Berg speaks in two texts, with and without her title: one person. Dr. Tran Van Minh is
        // named; reporters, Q, a surname alone and a group are not persons of the corpus.
        let header = String(text[..<text.range(of: "</teiHeader>")!.upperBound])
        #expect(header.components(separatedBy: "<person ").count - 1 == 2)
        #expect(header.contains(#"<person xml:id="person.anna-berg">"# + "\n            <persName>Senator Anna Berg</persName>"))
        #expect(header.contains(#"<person xml:id="person.tran-van-minh">"#))
        #expect(text.contains(##"<person xml:id="text.2019-hearing.senator-anna-berg" corresp="#person.anna-berg" role="interviewee">"##))
        #expect(text.contains(##"<person xml:id="text.2020-interview.anna-berg" corresp="#person.anna-berg">"##))
        #expect(text.contains(#"<person xml:id="text.2020-interview.reporter" role="interviewer">"#))
        #expect(!text.contains("person.reporter") && !text.contains("person.cooper") && !text.contains("person.all"))
    }

    @Test("text identifiers from paths: folded, unique, NCNames")
    func textIDs() {
        var ids = TextIDs()
        #expect(ids.make(forPath: "2019/talk 1.txt") == "text.2019-talk-1")
        #expect(ids.make(forPath: "2019/talk-1.md") == "text.2019-talk-1-2")
        #expect(ids.make(forPath: "Ünïcode/Ää.txt") == "text.unicode-aa")
        #expect(ids.make(forPath: "no-extension") == "text.no-extension")
        #expect(ids.make(forPath: "dir.v2/file") == "text.dir-v2-file")
        #expect(ids.make(forPath: "Тест.txt") == "text.untitled")
        #expect(ids.make(forPath: "…") == "text.untitled-2")
    }

    @Test("an XInclude corpus: the inclusions, and each text a document of its own")
    func xinclude() throws {
        let writer = TEICorpusWriter(conversionDate: "2026-01-01", title: "Hearings")
        #expect(String(decoding: writer.inclusion(href: "2019/a & b.xml"), as: UTF8.self)
                == "  <xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"2019/a &amp; b.xml\"/>\n")
        let transcript = try TranscriptReader().read(Array(Self.texts[0].1.utf8))
        let standalone = try XMLDocument(parsing: writer.standalone(transcript, id: "text.a"), file: "a.xml")
        let schema = try RelaxNGSchema(path: TestPaths.schema.path)
        #expect(schema.validate(standalone, file: "a.xml").isEmpty)
    }

    @Test("names without a Latin letter are no corpus person: they would all fold to one identifier")
    func nonLatinNames() {
        #expect(CorpusPerson(Participant(id: "a", label: "Владимир Путин")) == nil)
        #expect(CorpusPerson(Participant(id: "b", label: "Ангела Меркель")) == nil)
        #expect(CorpusPerson(Participant(id: "c", label: "Janez Mežan"))?.id == "person.janez-mezan")
    }
}
