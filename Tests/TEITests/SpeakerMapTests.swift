import Testing
@testable import TEI

@Suite("Speaker maps: a user's corrections to speakers, applied by label")
struct SpeakerMapTests {
    static let text = "Q: Why?\n\nA: Because.\n\nQ: Really?\n"

    func transcript(applying map: SpeakerMap) throws -> Transcript {
        var transcript = try TranscriptReader().read(Array(Self.text.utf8))
        try map.apply(to: &transcript)
        return transcript
    }

    @Test("CSV: identifier, name, role, sex and external identifier; turns follow a new identifier")
    func csv() throws {
        let map = try SpeakerMap(bytes: Array("label,id,name,role,sex,idno\nQ,anna,Anna Berg,host,F,https://example.org/anna\n".utf8),
                                 json: false, file: "map.csv")
        let transcript = try transcript(applying: map)
        let anna = try #require(transcript.participant(id: "anna"))
        #expect(anna.name == "Anna Berg" && anna.role?.rawValue == "host" && anna.sex == "F" && anna.externalID == "https://example.org/anna")
        #expect(transcript.turns.map(\.speakerID) == ["anna", "a", "anna"])
        let xml = String(decoding: TEIWriter(conversionDate: "2026-01-01").write(transcript), as: UTF8.self)
        #expect(xml.contains(#"<sex value="F"/>"#) && xml.contains(#"<idno type="URI">https://example.org/anna</idno>"#))
        let schema = try RelaxNGSchema(path: TestPaths.schema.path)
        #expect(schema.validate(try XMLDocument(parsing: Array(xml.utf8), file: "x.xml"), file: "x.xml") == [])
    }

    @Test("JSON, with only some fields; an entry for a label nobody has changes nothing")
    func json() throws {
        let map = try SpeakerMap(bytes: Array(#"[{"label": "A", "name": "Bo Chen"}, {"label": "Z", "id": "zed"}]"#.utf8), json: true, file: "map.json")
        let transcript = try transcript(applying: map)
        #expect(transcript.participants.map(\.id) == ["q", "a"])
        #expect(transcript.participant(id: "a")?.name == "Bo Chen")
    }

    @Test("bad maps are refused with the file and, in CSV, the line", arguments: [
        ("name,role\nX,host\n", false, "the header row has no 'label' column", 1 as Int?),
        ("label,gender\nQ,F\n", false, "unknown column 'gender' (known: label, id, name, role, sex, idno)", 1),
        ("label,id\nQ,1st\n", false, "id '1st' is not an XML name (letters, digits, '-', '_', '.', not starting with a digit)", 2),
        ("label,role\nQ,talk show host\n", false, "role 'talk show host' must be one word", 2),
        ("{\"label\": \"Q\"}", true, "not a JSON array of objects with the keys label, id, name, role, sex, idno", nil),
    ])
    func bad(text: String, json: Bool, message: String, line: Int?) {
        #expect {
            try SpeakerMap(bytes: Array(text.utf8), json: json, file: "map")
        } throws: { ($0 as? Diagnostic)?.message == message && ($0 as? Diagnostic)?.line == line }
    }

    @Test("an identifier that another speaker already has is refused")
    func duplicate() throws {
        let map = try SpeakerMap(bytes: Array("label,id\nQ,a\n".utf8), json: false, file: "map.csv")
        #expect(throws: Diagnostic.self) { try transcript(applying: map) }
    }
}
