import Testing
@testable import TEI

@Suite("Reading transcripts")
struct TranscriptReaderTests {
    func read(_ text: String, metadata: Metadata = Metadata()) throws -> Transcript {
        try TranscriptReader(metadata: metadata).read(Array(text.utf8))
    }

    @Test("unlabeled paragraphs continue the current turn")
    func continuation() throws {
        let transcript = try read("A: one\n\ntwo\n\nB: three")
        #expect(transcript.turns.map(\.speakerID) == ["a", "b"])
        #expect(transcript.turns[0].paragraphs.map(\.text) == ["one", "two"])
    }

    @Test("a hard-wrapped paragraph is one paragraph with its line break kept")
    func wrapped() throws {
        let transcript = try read("A: one\ntwo\r\nthree")
        #expect(transcript.turns[0].paragraphs.map(\.text) == ["one\ntwo\r\nthree"])
    }

    @Test("labels on consecutive lines are separate turns")
    func adjacentLabels() throws {
        let transcript = try read("Q: Why?\nA: Because.\n")
        #expect(transcript.turns.map(\.label) == ["Q: ", "A: "])
        #expect(transcript.turns[1].separatorBefore == "\n")
        #expect(transcript.layout.trailer == "\n")
    }

    @Test("non-speech lines inside a turn stay in the turn when the speaker goes on")
    func interruptedTurn() throws {
        let transcript = try read("A: one\n\nleftcenterrightdel\nA caption\n\ntwo\n\nB: three\n\n(APPLAUSE)")
        let parts = transcript.turns[0].parts
        #expect(parts.count == 4)
        #expect(parts[1] == .nonSpeech(NonSpeech(kind: .residue, text: "leftcenterrightdel", separatorBefore: "\n\n")))
        #expect(parts[2] == .nonSpeech(NonSpeech(kind: .caption, text: "A caption", separatorBefore: "\n")))
        #expect(transcript.blocks.last == .nonSpeech(NonSpeech(kind: .incident, text: "(APPLAUSE)", separatorBefore: "\n\n")))
    }

    @Test("non-speech lines after the last paragraph of a turn go after the turn")
    func trailingNonSpeech() throws {
        let transcript = try read("A: one\n\nTranslated by Thu Nguyen\n\nB: two")
        #expect(transcript.blocks.count == 3)
        #expect(transcript.metadata.credits == [Credit(role: "translator", phrase: "Translated by", names: ["Thu Nguyen"])])
    }

    @Test("prose before the first label is unattributed")
    func introduction() throws {
        let transcript = try read("An interview about\nthings.\n\nA: one")
        #expect(transcript.blocks.first == .unattributed(Paragraph(text: "An interview about\nthings.", separatorBefore: "")))
    }

    @Test("separators, byte-order mark, line ending and trailer are recorded")
    func layout() throws {
        let transcript = try TranscriptReader().read([0xEF, 0xBB, 0xBF] + Array("\r\nA: one\r\n\r\n\r\n  \r\ntwo\r\n\r\n".utf8))
        #expect(transcript.layout == Layout(lineEnding: "\r\n", hasByteOrderMark: true, trailer: "\r\n\r\n"))
        #expect(transcript.turns[0].separatorBefore == "\r\n")
        #expect(transcript.turns[0].paragraphs[1].separatorBefore == "\r\n\r\n\r\n  \r\n")
    }

    @Test("a front-matter block gives metadata; options win over it")
    func frontMatter() throws {
        let text = "---\ntitle: A talk\ndate: 2019-12-03\nlang: en\npublisher: Daily\n---\n\nA: one"
        let transcript = try read(text, metadata: Metadata(title: "From the flag"))
        #expect(transcript.metadata.title == "From the flag")
        #expect(transcript.metadata.date == "2019-12-03")
        #expect(transcript.metadata.language == "en")
        #expect(transcript.metadata.publisher == "Daily")
        #expect(transcript.layout.frontMatter == "---\ntitle: A talk\ndate: 2019-12-03\nlang: en\npublisher: Daily\n---")
        #expect(transcript.turns[0].separatorBefore == "\n\n")
    }

    @Test("front matter with an unknown key or a bad date is an error with its line", arguments: [
        ("---\ntitel: A talk\n---\nA: one", 2),
        ("---\ntitle: A talk\ndate: 3 December\n---\nA: one", 3),
    ])
    func badFrontMatter(text: String, line: Int) {
        #expect { try read(text) } throws: { ($0 as? Diagnostic)?.line == line && ($0 as? Diagnostic)?.code == "front-matter" }
    }

    @Test("rev.com layout: the label alone on a line with a time stamp, the text below; one person per name")
    func revLayout() throws {
        let text = "Speaker 1 (00:00):\nWelcome to the show.\n\nSpeaker 2 (00:04):\nThanks for having me.\n\nSpeaker 1 (00:09):\nLet's start.\n"
        let transcript = try read(text)
        #expect(transcript.participants.map(\.id) == ["speaker-1", "speaker-2"])
        #expect(transcript.turns.map(\.speakerID) == ["speaker-1", "speaker-2", "speaker-1"])
        #expect(transcript.turns.map(\.label) == ["Speaker 1 (00:00):", "Speaker 2 (00:04):", "Speaker 1 (00:09):"])
        #expect(transcript.turns[0].paragraphs.map(\.text) == ["Welcome to the show."])
        #expect(transcript.turns[0].paragraphs[0].separatorBefore == "\n")
    }

    @Test("the one asking questions is the interviewer; in a two-person talk the other is the interviewee")
    func roles() throws {
        let transcript = try read("Anna: Why?\n\nBo: Because.\n\nAnna: How?\n\nBo: Like this.")
        #expect(transcript.participants.map(\.role) == [.interviewer, .interviewee])
    }

    @Test("no role is guessed where the text does not make it clear")
    func noRoles() throws {
        let transcript = try read("Anna: Yes.\n\nBo: No.\n\nCy: Maybe.")
        #expect(transcript.participants.allSatisfy { $0.role == nil })
    }

    @Test("bad input is refused with a located diagnostic", arguments: [
        ([UInt8](), "empty", nil as Int?),
        (Array(" \n\t\n".utf8), "empty", nil),
        (Array("A: caf".utf8) + [0xC3, 0x28], "invalid-utf8", 1),
        (Array("A: one\nB: t".utf8) + [0x00, 0x01], "invalid-character", 2),
        ([0xFF, 0xFE, 0x41, 0x00], "unsupported-encoding", 1),
        (Array("Just some prose.\n\nMore prose.".utf8), "no-speaker", nil),
    ])
    func badInput(bytes: [UInt8], code: String, line: Int?) {
        #expect {
            try TranscriptReader().read(bytes)
        } throws: { error in
            guard let diagnostic = error as? Diagnostic else { return false }
            return diagnostic.code == code && diagnostic.line == line && diagnostic.severity == .error
        }
    }

    @Test("a located diagnostic names line and column")
    func column() {
        #expect {
            try TranscriptReader().read(Array("A: one\nB: tw".utf8) + [0xFF])
        } throws: { ($0 as? Diagnostic)?.column == 6 }
    }
}
