import Testing
@testable import TEI

@Suite("Speaker identity: variants of one person's label are one participant")
struct ParticipantDirectoryTests {
    @Test("a name with a role after a comma, then the surname alone")
    func anchor() throws {
        let directory = ParticipantDirectory(labels: ["ANDERSON COOPER, CNN ANCHOR", "SANDERS", "COOPER", "BERNIE SANDERS"])
        #expect(directory.participants.map(\.id) == ["anderson-cooper", "sanders"])
        #expect(directory.id(forLabel: "COOPER") == "anderson-cooper")
        #expect(directory.id(forLabel: "BERNIE SANDERS") == "sanders")
        let cooper = directory.participants[0]
        #expect(cooper.name == "ANDERSON COOPER" && cooper.occupation == "CNN ANCHOR" && cooper.rank == nil)
        #expect(directory.participants[1].name == "BERNIE SANDERS")
    }

    @Test("titles and middle initials: President Donald J. Trump and Trump; MR. DAVIS and DAVIS")
    func titles() {
        let directory = ParticipantDirectory(labels: ["President Donald J. Trump", "MR. DAVIS", "Trump", "DAVIS"])
        #expect(directory.participants.count == 2)
        #expect(directory.id(forLabel: "Trump") == directory.id(forLabel: "President Donald J. Trump"))
        #expect(directory.id(forLabel: "DAVIS") == directory.id(forLabel: "MR. DAVIS"))
        #expect(directory.participants[0].rank == "President" && directory.participants[0].name == "Donald J. Trump")
        #expect(directory.participants[1].rank == "MR." && directory.participants[1].name == "DAVIS")
    }

    @Test("no merging where it could be wrong", arguments: [
        ["JOHN SMITH", "JANE SMITH", "SMITH"],
        ["Q", "A"],
        ["Reporter", "Senior Reporter"],
        ["Deputy Defense Minister", "Defense Minister"],
        ["THE CLERK", "THE SPEAKER"],
    ])
    func distinct(labels: [String]) {
        #expect(ParticipantDirectory(labels: labels).participants.count == labels.count)
    }

    @Test("a debate transcript: turns of one person under two labels share one @who")
    func debate() throws {
        let text = """
            ANDERSON COOPER, CNN ANCHOR: Good evening. Senator, your answer?

            SEN. BERNIE SANDERS (I-VT), PRESIDENTIAL CANDIDATE: Thank you.

            COOPER: Thank you, Senator.

            SANDERS: You're welcome.
            """
        let transcript = try TranscriptReader().read(Array(text.utf8))
        #expect(transcript.participants.map(\.id) == ["anderson-cooper", "sen-bernie-sanders"])
        #expect(transcript.turns.map(\.speakerID) == ["anderson-cooper", "sen-bernie-sanders", "anderson-cooper", "sen-bernie-sanders"])
        #expect(transcript.turns.map(\.label) == ["ANDERSON COOPER, CNN ANCHOR: ", "SEN. BERNIE SANDERS (I-VT), PRESIDENTIAL CANDIDATE: ", "COOPER: ", "SANDERS: "])
    }

    @Test("unidentified speakers are marked, groups are groups, and neither is merged")
    func unidentifiedAndGroups() throws {
        let text = "UNIDENTIFIED MALE: Hey!\n\n______: What?\n\nAUDIENCE: (APPLAUSE)\n\nUNIDENTIFIED FEMALE: No.\n\nALL: Yes.\n"
        let transcript = try TranscriptReader().read(Array(text.utf8))
        #expect(transcript.participants.map(\.id) == ["unidentified-male", "speaker", "audience", "unidentified-female", "all"])
        #expect(transcript.participants.map(\.role) == [.unidentified, .unidentified, nil, .unidentified, nil])
        #expect(transcript.participants.map(\.isGroup) == [false, false, true, false, true])
        let xml = String(decoding: TEIWriter(conversionDate: "2026-01-01").write(transcript), as: UTF8.self)
        #expect(xml.contains(#"<personGrp xml:id="audience">"#))
        #expect(xml.contains(#"<person xml:id="unidentified-male" role="unidentified">"#))
        let schema = try RelaxNGSchema(path: TestPaths.schema.path)
        #expect(schema.validate(try XMLDocument(parsing: Array(xml.utf8), file: "x.xml"), file: "x.xml") == [])
    }
}
