import Testing
@testable import TEI

@Suite("Speaker labels")
struct SpeakerLabelTests {
    @Test("a name or role with a colon and a space opens a turn", arguments: [
        ("Reporter: Could you", "Reporter", "Reporter: "),
        ("Deputy Defense Minister: The 5-year", "Deputy Defense Minister", "Deputy Defense Minister: "),
        ("Reporter:\u{A0}In your viewpoint", "Reporter", "Reporter:\u{A0}"),
        ("THE CLERK: Order.", "THE CLERK", "THE CLERK: "),
        ("Q: Why?", "Q", "Q: "),
        ("Ludwig van Beethoven: Yes.", "Ludwig van Beethoven", "Ludwig van Beethoven: "),
        ("PREDSEDNIK JANEZ MEŽAN: Hvala.", "PREDSEDNIK JANEZ MEŽAN", "PREDSEDNIK JANEZ MEŽAN: "),
        ("Mr. Davis:\tNo.", "Mr. Davis", "Mr. Davis:\t"),
        ("  Host:   Welcome", "Host", "  Host:   "),
    ])
    func label(line: String, name: String, verbatim: String) throws {
        let label = try #require(SpeakerLabel(line: line[...]))
        #expect(label.name == name)
        #expect(label.verbatim == verbatim[...])
        #expect(String(label.verbatim) + label.rest == line)
    }

    @Test("rev.com labels: a time stamp in brackets is part of the label, not of the name", arguments: [
        ("Speaker 1 (00:12):", "Speaker 1"),
        ("Jane Doe (01:02:03): So,", "Jane Doe"),
        ("Interviewer [00:00:05.120]: Hello", "Interviewer"),
    ])
    func timestamps(line: String, name: String) throws {
        let label = try #require(SpeakerLabel(line: line[...]))
        #expect(label.name == name)
        #expect(String(label.verbatim) + label.rest == line)
    }

    @Test("a label alone on its line has an empty rest")
    func labelAlone() throws {
        let label = try #require(SpeakerLabel(line: "Interviewer:"))
        #expect(label.rest.isEmpty)
    }

    @Test("sentences, times, notes and URLs are not labels", arguments: [
        "He said: we should go.",
        "The answer is simple: yes",
        "10:30 in the morning",
        "Note: this was recorded in 2019.",
        "Source: Reuters",
        "https://example.org",
        "Reporter:no space after the colon",
        "A very long label that goes on and on and on: with text",
        "Why not? Because: reasons",
        "we: lowercase",
        "",
    ])
    func notLabel(line: String) {
        #expect(SpeakerLabel(line: line[...]) == nil)
    }
}
