import Foundation
import Testing
@testable import TEI

@Suite("Subtitles (SRT, WebVTT): cues as markup, speakers from labels or voice tags, a timeline")
struct SubtitleTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("subtitles")

    static func read(_ name: String) throws -> (bytes: [UInt8], transcript: Transcript, tei: String) {
        let bytes = try TestPaths.bytes(folder.appendingPathComponent(name))
        let transcript = try TranscriptReader(metadata: Metadata(sourceFileName: name)).read(bytes)
        let tei = TEIWriter(conversionDate: "2026-01-01").write(transcript)
        return (bytes, transcript, String(decoding: tei, as: UTF8.self))
    }

    @Test("an SRT interview (CRLF): turns by label across cues, noises in place, start and end on each turn")
    func srtInterview() throws {
        let (_, transcript, tei) = try Self.read("interview.srt")
        #expect(transcript.turns.map(\.speakerID) == ["interviewer", "dr-amara-okafor", "interviewer", "dr-amara-okafor"])
        #expect(transcript.turns.map(\.paragraphs.count) == [1, 2, 1, 1])
        #expect(transcript.participants.count == 2)
        // Ten cue notes: a number and a timing line for each of the five cues.
        #expect(tei.components(separatedBy: #"<note type="cue""#).count - 1 == 10)
        #expect(tei.contains(##"<when xml:id="T1" interval="1200" since="#T0"/>"##))
        #expect(tei.contains(##"<u who="#dr-amara-okafor" xml:id="u2" start="#T3" end="#T5">"##))
        #expect(tei.contains(##"<note type="cue" rend="sep-rn" synch="#T3 #T4">00:00:05,000 --&gt; 00:00:08,400</note>"##))
        #expect(tei.contains(#"<gap reason="inaudible" rend="brackets"><desc>inaudible</desc></gap>"#))
        #expect(tei.contains(#"<date when="2019">2019</date>"#))
    }

    @Test("WebVTT: the header, NOTE and STYLE blocks and cue identifiers are markup; voice tags name the speakers")
    func webVTT() throws {
        let (_, transcript, tei) = try Self.read("talk.vtt")
        #expect(transcript.participants.map(\.label) == ["Ruth Mendel", "Interviewer"])
        #expect(transcript.turns.map(\.label) == ["<v Ruth Mendel>", "<v Ruth Mendel>", "<v.question Interviewer>", "<v Ruth Mendel>"])
        #expect(transcript.turns.map(\.speakerID) == ["ruth-mendel", "ruth-mendel", "interviewer", "ruth-mendel"])
        let cues = transcript.blocks.compactMap { block -> String? in
            if case .nonSpeech(let item) = block, item.kind == .cue { return item.text }
            return nil
        }
        #expect(cues.prefix(7) == ["WEBVTT - Oral history interview, reel 2", "Kind: captions", "Language: en", "NOTE",
                                   "Speaker names from the catalogue record.", "STYLE", "::cue { color: white }"])
        #expect(cues.contains("intro-1") && cues.contains("interviewer-1"))
        // An hour in the timing: 01:00:09.500 is 3,609,500 ms.
        #expect(tei.contains(##"<when xml:id="T7" interval="3609500" since="#T0"/>"##))
        #expect(tei.contains(##"<u who="#ruth-mendel" xml:id="u2" start="#T3" end="#T4">"##))
        #expect(tei.contains("<seg xml:id=\"u2.1\">My father had a print shop<lb/>near the station.</seg>"))
    }

    @Test("subtitles without speakers: paragraphs between the cues, no participants; a byte-order mark kept")
    func noSpeakers() throws {
        let (_, transcript, tei) = try Self.read("bom.srt")
        #expect(transcript.participants.isEmpty && transcript.turns.isEmpty)
        #expect(transcript.layout.hasByteOrderMark)
        #expect(tei.contains(#"<p xml:id="p2" rend="sep-n">Tonight, the river.</p>"#))
        #expect(!tei.contains("particDesc"))
    }

    @Test("each fixture comes back byte for byte and is valid against our schema", arguments: ["interview.srt", "talk.vtt", "bom.srt"])
    func roundTripAndSchema(_ name: String) throws {
        let (bytes, _, tei) = try Self.read(name)
        let document = try XMLDocument(parsing: Array(tei.utf8), file: name)
        #expect(try TextExtractor().extract(from: Array(tei.utf8), file: name).text == bytes)
        #expect(try RelaxNGSchema(path: TestPaths.schema.path).validate(document, file: name).isEmpty)
    }

    @Test("a transcript is read as subtitles only when it is one, or when asked")
    func detection() throws {
        let text = Array("1\n00:00:01,000 --> 00:00:02,000\nQ: Why?\n".utf8)
        let cues = try TranscriptReader().read(text).blocks.filter { if case .nonSpeech = $0 { true } else { false } }
        #expect(cues.count == 2)
        #expect(throws: Diagnostic.self) { try TranscriptReader(layout: .transcript).read(Array("1\n00:00:01,000 --> 00:00:02,000\nWhy?\n".utf8)) }
        // A transcript that mentions a time range is no subtitle file.
        let talk = try TranscriptReader().read(Array("Q: When?\n\nA: From 10:00 --> 12:00, I think.\n".utf8))
        #expect(talk.turns.count == 2)
        let forced = try TranscriptReader(layout: .subtitles).read(Array("00:00:01,000 --> 00:00:02,000\nQ: Why?\n".utf8))
        #expect(forced.turns.count == 1 && forced.blocks.count == 2)
    }

    @Test("cue timing lines: SRT and WebVTT forms, settings, and what is not one")
    func cueTiming() {
        #expect(CueTiming(line: "00:00:01,200 --> 00:00:04,800") == CueTiming(start: 1_200, end: 4_800))
        #expect(CueTiming(line: "01:02.003 --> 01:03.000 align:start position:10%") == CueTiming(start: 62_003, end: 63_000))
        #expect(CueTiming(line: "100:00:00.000 --> 100:00:01.000")?.end == 360_001_000)
        for line in ["00:00:01 --> 00:00:02", "00:61.000 --> 01:00.000", "0:00:01,000->0:00:02,000", "10:30 --> 11:00",
                     "00:00:01,00 --> 00:00:02,000", "From 00:00:01,000 --> 00:00:02,000", ""] {
            #expect(CueTiming(line: line[...]) == nil, "\(line)")
        }
        #expect(CueTiming.clock(3_723_004) == "01:02:03.004")
    }

    @Test("in subtitles, a cue that says a number, or the same words twice, is speech, not page furniture")
    func cueTextIsSpeech() throws {
        let text = "1\n00:00:01,000 --> 00:00:02,000\n1969\n\n2\n00:00:02,000 --> 00:00:03,000\nHappy Birthday\n\n3\n00:00:03,000 --> 00:00:04,000\nHappy Birthday\n"
        let transcript = try TranscriptReader().read(Array(text.utf8))
        #expect(transcript.blocks.filter { if case .unattributed = $0 { true } else { false } }.count == 3)
        #expect(!transcript.blocks.contains { if case .nonSpeech(let item) = $0 { item.kind == .page } else { false } })
    }

    @Test("time stamps in speech are points on the timeline (an anchor before the stamp's text); a stamp alone is a note")
    func inlineTimeStamps() throws {
        let text = "Speaker 1 (00:00):\nSo [00:00:12] we began. [crosstalk 00:00:15] Yes.\n\n[00:01:00]\n\nSpeaker 2 (00:02):\nRight (01:05) then.\n"
        let transcript = try TranscriptReader().read(Array(text.utf8))
        #expect(transcript.turns.map { $0.paragraphs[0].events.map(\.kind) } == [[.timestamp, .incident], [.timestamp]])
        let tei = String(decoding: TEIWriter(conversionDate: "2026-01-01").write(transcript), as: UTF8.self)
        #expect(tei.contains(##"So <anchor synch="#T3"/>[00:00:12] we began."##))
        #expect(tei.contains(##"<when xml:id="T4" interval="65000" since="#T0"/>"##))
        #expect(tei.contains(#"<note type="timestamp">[00:01:00]</note>"#))
        #expect(try TextExtractor().extract(from: Array(tei.utf8), file: "t.xml").text == Array(text.utf8))
        #expect(try RelaxNGSchema(path: TestPaths.schema.path).validate(try XMLDocument(parsing: Array(tei.utf8), file: "t.xml"), file: "t.xml").isEmpty)
    }
}
