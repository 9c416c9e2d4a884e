import Foundation
import Testing
@testable import TEI

/// One realistic transcript per layout users bring (`Fixtures/layouts`), read without flags: the turns,
/// who speaks each, who is one person, and what every other line is, exactly.
@Suite("Real-world layouts: broadcast, rev.com, court, parliament, Q/A, plays")
struct LayoutFixturesTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("layouts")

    static func read(_ name: String) throws -> Transcript {
        try TranscriptReader(metadata: Metadata(sourceFileName: name)).read(try TestPaths.bytes(folder.appendingPathComponent(name)))
    }

    /// The body in order: `speaker-id` for a turn, `kind: text` for a non-speech line, `p: text` for prose.
    static func outline(_ transcript: Transcript) -> [String] {
        transcript.blocks.map { block in
            switch block {
            case .turn(let turn): turn.speakerID
            case .nonSpeech(let item): "\(item.kind): \(item.text.trimmingSpaces())"
            case .unattributed(let paragraph): "p: \(paragraph.text.trimmingSpaces().prefix(20))"
            }
        }
    }

    @Test("broadcast: a rush-transcript notice, role after the comma, COOPER is ANDERSON COOPER, clips and breaks")
    func broadcast() throws {
        let transcript = try Self.read("broadcast.txt")
        #expect(Self.outline(transcript) == [
            "boilerplate: THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
            "anderson-cooper", "incident: (BEGIN VIDEO CLIP)", "chris-wallace", "incident: (CROSSTALK)",
            "incident: (END VIDEO CLIP)", "anderson-cooper", "dana-bash", "anderson-cooper", "incident: (COMMERCIAL BREAK)",
            "anderson-cooper", "dana-bash",
        ])
        #expect(transcript.participants.map(\.label) == ["ANDERSON COOPER, CNN ANCHOR", "CHRIS WALLACE, MODERATOR",
                                                         "DANA BASH, CNN CHIEF POLITICAL CORRESPONDENT"])
        #expect(transcript.participants.map(\.occupation) == ["CNN ANCHOR", "MODERATOR", "CNN CHIEF POLITICAL CORRESPONDENT"])
        #expect(transcript.turns.map(\.label) == ["ANDERSON COOPER, CNN ANCHOR: ", "CHRIS WALLACE, MODERATOR: ", "COOPER: ",
                                                   "DANA BASH, CNN CHIEF POLITICAL CORRESPONDENT: ", "COOPER: ", "COOPER: ", "BASH: "])
        #expect(transcript.turns[3].paragraphs[0].events.map(\.kind) == [.vocal])
    }

    @Test("rev.com: the label alone with its time stamp, the text below; crosstalk and inaudible in place")
    func revcom() throws {
        let transcript = try Self.read("revcom.txt")
        #expect(Self.outline(transcript) == ["speaker-1", "speaker-2", "speaker-1", "speaker-2", "speaker-1"])
        #expect(transcript.participants.map(\.label) == ["Speaker 1", "Speaker 2"])
        #expect(transcript.participants.map(\.role) == [.interviewer, .interviewee])
        #expect(transcript.turns[1].paragraphs[0].events.map(\.kind) == [.incident])
        #expect(transcript.turns[3].paragraphs[0].events.map(\.kind) == [.gap])
        // The labels' time stamps start the utterances on a timeline.
        let tei = String(decoding: TEIWriter(conversionDate: "2026-01-01").write(transcript), as: UTF8.self)
        #expect(tei.contains(##"<when xml:id="T4" interval="13000" since="#T0"/>"##))
        #expect(tei.contains(##"<u who="#speaker-2" xml:id="u4" start="#T4">"##))
        #expect(Timeline.labelTime("Speaker 1 [01:02:03]:") == 3_723_000)
        #expect(Timeline.labelTime("Speaker 1 (1:75):") == nil && Timeline.labelTime("Speaker (Ret.):") == nil)
    }

    @Test("court: page numbers and the running footer, the caption's colon column is no label, DAVIS is MR. DAVIS")
    func court() throws {
        let transcript = try Self.read("court.txt")
        #expect(Self.outline(transcript) == [
            "page: 1", "p: SUPREME COURT OF THE", "p: - - - - - - - - - - ", "the-clerk", "mr-chief-justice-vinson", "mr-davis",
            "justice-black", "page: Alderson Reporting Company", "page: 2", "mr-davis", "mr-davis", "mr-chief-justice-vinson",
            "incident: (Whereupon, at 11:02 a.m., the case was submitted.)", "page: Alderson Reporting Company",
        ])
        #expect(transcript.participants.map(\.label) == ["THE CLERK", "MR. CHIEF JUSTICE VINSON", "MR. DAVIS", "JUSTICE BLACK"])
    }

    @Test("parliament: titles in the labels, continuation paragraphs, an aside in brackets stays speech")
    func parliament() throws {
        let transcript = try Self.read("parliament.txt")
        #expect(Self.outline(transcript) == ["predsednik-janez-mezan", "mag-marija-pozun", "predsednik-janez-mezan",
                                             "mag-marija-pozun", "predsednik-janez-mezan"])
        #expect(transcript.turns.map(\.paragraphs.count) == [2, 1, 1, 1, 1])
        #expect(transcript.participants.map(\.label) == ["PREDSEDNIK JANEZ MEŽAN", "MAG. MARIJA POŽUN"])
        #expect(transcript.turns[3].paragraphs[0].events.isEmpty)
    }

    @Test("Q/A: Q is the interviewer; a line ending in a colon goes on the answer; pause and unintelligible in place")
    func questionAnswer() throws {
        let transcript = try Self.read("qa.txt")
        #expect(Self.outline(transcript) == ["p: Interview with a ret", "q", "a", "q", "a", "q", "a"])
        #expect(transcript.participants.map(\.role) == [.interviewer, .interviewee])
        #expect(transcript.turns[3].paragraphs[0].text == "Lamps, logs and weather. Every four hours, day and night:\nthe lamp, the log, the glass.")
        #expect(transcript.turns[4].paragraphs[0].events.map(\.kind) == [.incident])
        #expect(transcript.turns[5].paragraphs[0].events.map(\.kind) == [.gap])
    }

    @Test("a play with HAMLET. labels: acts and scenes are headings, entrances and exits stage directions, no interviewer")
    func play() throws {
        let transcript = try Self.read("play.txt")
        #expect(Self.outline(transcript) == [
            "heading: ACT I", "heading: SCENE II. A room of state in the castle.",
            "incident: Enter the King, Queen, Hamlet, Polonius and Attendants.", "king", "queen", "hamlet", "queen",
            "incident: [_Exeunt all but Hamlet._]", "hamlet",
        ])
        #expect(transcript.participants.map(\.label) == ["KING", "QUEEN", "HAMLET"])
        #expect(transcript.participants.allSatisfy { $0.role == nil })
        #expect(transcript.turns.map(\.label) == ["KING.", "QUEEN.", "HAMLET.", "QUEEN.", "HAMLET."])
        // In the drama style, DraCor's cast list, each role pointing to its person.
        let drama = String(decoding: TEIWriter(conversionDate: "2026-01-01", style: .drama).write(transcript), as: UTF8.self)
        #expect(drama.contains(##"<role corresp="#hamlet">HAMLET</role>"##))
        #expect(drama.components(separatedBy: "<castItem>").count - 1 == 3)
        // Verse: every line of a speech kept, the last one ending in a colon.
        #expect(transcript.turns[4].paragraphs[0].text == "O that this too too solid flesh would melt,\nThaw, and resolve itself into a dew:")
    }

    @Test("a play with Name: labels: verse ending in a colon is no label; All is a group")
    func playWithColons() throws {
        let transcript = try Self.read("play-colon.txt")
        #expect(Self.outline(transcript) == ["first-citizen", "all", "first-citizen", "all", "menenius", "first-citizen"])
        #expect(transcript.participants.map(\.label) == ["First Citizen", "All", "MENENIUS"])
        #expect(transcript.participants.map(\.isGroup) == [false, true, false])
        #expect(transcript.turns[4].paragraphs[0].text.split(separator: "\n").count == 5)
    }

    @Test("conversation analysis: pauses (.) (..) (1.5), comments in braces, double parentheses, crosstalk")
    func conversation() throws {
        let transcript = try Self.read("conversation.txt")
        #expect(Self.outline(transcript) == [
            "comment: {Recording starts mid-sentence; two speakers at a kitchen table.}", "maria", "jonas", "maria",
            "pause: (...)", "jonas",
        ])
        #expect(transcript.turns.map { $0.paragraphs[0].events.map(\.kind) } == [[.pause, .pause], [.comment, .pause], [.gap], [.incident]])
        let tei = String(decoding: TEIWriter(conversionDate: "2026-01-01").write(transcript), as: UTF8.self)
        #expect(tei.contains(#"and then he just <pause type="micro" rend="parentheses"/> left. <pause dur="PT1.5S" rend="parentheses"/> Without a word."#))
        #expect(tei.contains(#"Really? <note type="comment">{laughs}</note> I mean <pause type="short" rend="parentheses"/>"#))
        #expect(tei.contains(#"<pause type="long" rend="parentheses"/>"#))
    }

    @Test("every layout fixture comes back byte for byte, in both styles, and is valid against our schema",
          arguments: ["broadcast.txt", "revcom.txt", "court.txt", "parliament.txt", "qa.txt", "play.txt", "play-colon.txt", "conversation.txt"])
    func roundTrip(_ name: String) throws {
        let bytes = try TestPaths.bytes(Self.folder.appendingPathComponent(name))
        let schema = try RelaxNGSchema(path: TestPaths.schema.path)
        for style in TEIWriter.Style.allCases {
            let tei = TEIWriter(conversionDate: "2026-01-01", style: style).write(try Self.read(name))
            #expect(try TextExtractor().extract(from: tei, file: name).text == bytes, "\(name), \(style)")
            #expect(schema.validate(try XMLDocument(parsing: tei, file: name), file: name).isEmpty, "\(name), \(style)")
        }
    }
}
