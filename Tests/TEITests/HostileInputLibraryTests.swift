import CLibXML
import Foundation
import Testing
@testable import TEI

/// The library's side of hostile input: the external-entity gate, the parse-failure messages, and the
/// readers that were quadratic. The end-to-end cases are in Tests/convertTests/Hostile*Tests.swift.
@Suite("Hostile input, in the library")
struct HostileInputLibraryTests {
    static let external = """
        <!DOCTYPE r [<!ENTITY x SYSTEM "/etc/hostname">]>
        <r>&x;</r>
        """

    @Test("documents never load external entities: left as references by default, refused with substitution")
    func externalEntities() throws {
        let plain = try XMLDocument(parsing: Array(Self.external.utf8), file: "x.xml")
        let root = xmlDocGetRootElementForTests(plain)
        #expect(root.children.first?.type == "entity-ref")
        #expect {
            try XMLDocument(parsing: Array(Self.external.utf8), file: "x.xml", options: LibXML.validationParseOptions)
        } throws: { error in
            let diagnostic = error as? Diagnostic
            return diagnostic?.code == "external-entity" && diagnostic?.line == 2 && diagnostic?.column == 7
                && diagnostic?.message == "the document uses the external entity '/etc/hostname'; external entities are never loaded"
        }
    }

    @Test("internal entities are substituted with the validation options, and bombs refused either way")
    func internalEntities() throws {
        let document = try XMLDocument(parsing: Array("<!DOCTYPE r [<!ENTITY a \"text\">]>\n<r>&a;</r>".utf8), file: "a.xml",
                                       options: LibXML.validationParseOptions)
        #expect(xmlDocGetRootElementForTests(document).text == "text")
        var lol = "<!ENTITY l0 \"lol\">"
        for level in 1...10 { lol += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">" }
        for options in [LibXML.safeParseOptions, LibXML.validationParseOptions] {
            #expect {
                try XMLDocument(parsing: Array("<!DOCTYPE r [\(lol)]>\n<r>&l10;</r>".utf8), file: "b.xml", options: options)
            } throws: { ($0 as? Diagnostic)?.code == "limit" && ($0 as? Diagnostic)?.line == 2 }
        }
    }

    @Test("a thread in a schema scope may read local files; documents on other threads still may not")
    func scopes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scopes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let part = folder.appendingPathComponent("part.rng")
        try Data(#"<element name="note" xmlns="http://relaxng.org/ns/structure/1.0"><text/></element>"#.utf8).write(to: part)
        let main = folder.appendingPathComponent("main.rng")
        try Data(#"<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><externalRef href="part.rng"/></start></grammar>"#.utf8).write(to: main)
        let schema = try RelaxNGSchema(path: main.path)
        let note = try XMLDocument(parsing: Array("<note>x</note>".utf8), file: "note.xml")
        #expect(schema.validate(note, file: "note.xml").isEmpty)
        #expect(throws: Diagnostic.self) {
            try XMLDocument(parsing: Array("<!DOCTYPE r [<!ENTITY x SYSTEM \"\(part.path)\">]>\n<r>&x;</r>".utf8),
                            file: "r.xml", options: LibXML.validationParseOptions)
        }
    }

    @Test("IDs of speakers whose names fold to the same slug: the same as one by one, in linear time")
    func collidingParticipantIDs() {
        var ids = ParticipantIDs()
        #expect(ids.make(for: "speaker-3") == "speaker-3")
        let made = (0..<20_000).map { ids.make(for: String(UnicodeScalar(0x4E00 + $0)!)) }
        #expect(made.prefix(4) == ["speaker", "speaker-2", "speaker-4", "speaker-5"])
        #expect(made.last == "speaker-20001")
        #expect(Set(made).count == made.count)
    }

    @Test("the label finder finds every label that occurs in a text, wherever it starts")
    func labelFinder() {
        let finder = LabelFinder(labels: ["Deputy Defense Minister", "Reporter", "A", "A B"])
        #expect(finder.labels(in: "General Vinh, Deputy Defense Minister grants") == ["Deputy Defense Minister"])
        #expect(finder.labels(in: "xA Bx") == ["A", "A B"])
        #expect(finder.labels(in: "nothing here") == [])
    }

    @Test("the writer's xml:id attributes are plain attributes in the XML namespace, serialised as before")
    func writerIDs() {
        let document = XMLDocument(root: "TEI", namespace: TEIConvert.teiNamespace)
        let u = document.root.append("u")
        u.set("xml:id", "u1")
        u.set("xml:id", "u2 & <3>")
        u.set("who", "#a")
        let xml = String(decoding: document.serialized(indent: false), as: UTF8.self)
        #expect(xml.contains(##"<u xml:id="u2 &amp; &lt;3&gt;" who="#a"/>"##))
    }

    /// The root element's children (type and text) of a parsed document, for the assertions above.
    private func xmlDocGetRootElementForTests(_ document: XMLDocument) -> (children: [(type: String, text: String?)], text: String) {
        let root = document.root.pointer
        let children = XMLNode.children(of: root).map { node in
            (type: node.pointee.type == XML_ENTITY_REF_NODE ? "entity-ref" : node.pointee.type == XML_TEXT_NODE ? "text" : "other",
             text: XMLNode.text(node))
        }
        return (children, XMLNode.ownText(of: root))
    }
}
