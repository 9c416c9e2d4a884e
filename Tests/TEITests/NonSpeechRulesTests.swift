import Testing
@testable import TEI

@Suite("Non-speech lines by their own text")
struct NonSpeechRulesTests {
    @Test("classification", arguments: [
        ("leftcenterrightdel", NonSpeech.Kind.residue),
        ("Advertisement", .residue),
        ("Interviewed by Vu Hung-Van Hieu", .credit),
        ("Translated by Thu Nguyen", .credit),
        ("(APPLAUSE)", .incident),
        ("(CROSSTALK)", .incident),
        ("(LAUGHTER)", .vocal),
        ("(coughs)", .vocal),
        ("[inaudible]", .gap),
        ("[unintelligible 00:12:19]", .gap),
        ("Photo: Reuters", .caption),
    ])
    func kind(line: String, kind: NonSpeech.Kind) {
        #expect(NonSpeechRules.kind(of: line[...]) == kind)
    }

    @Test("speech is not non-speech", arguments: [
        "Defense foreign relations are considered a front.",
        "(He paused.) Then he went on.",
        "I was interviewed by the police.",
        " (APPLAUSE)",
        "()",
    ])
    func speech(line: String) {
        #expect(NonSpeechRules.kind(of: line[...]) == nil)
    }
}
