import Testing
@testable import TEI

@Suite("Headings that look like labels")
struct HeadingLineTests {
    /// The kinds of the transcript's blocks: `turn LABEL`, `heading TEXT`, ...
    static func blocks(_ text: String) throws -> [String] {
        try TranscriptReader().read(Array(text.utf8)).blocks.map { block in
            switch block {
            case .turn(let turn): "turn " + turn.label.trimmingSpaces()
            case .nonSpeech(let item): "\(item.kind) " + item.text
            case .unattributed(let paragraph): "p " + paragraph.text
            }
        }
    }

    @Test("an agenda item between turns is a heading")
    func agendaItems() throws {
        #expect(try Self.blocks("Free Trade Agreement: India\n\nRobertBlackman: What progress?\n\nPrime Minister: Engagements\n\nDavidRutley: None.\n\nRobertBlackman: Thanks.\n")
                == ["heading Free Trade Agreement: India", "turn RobertBlackman:", "heading Prime Minister: Engagements",
                    "turn DavidRutley:", "turn RobertBlackman:"])
        #expect(try Self.blocks("Q: Why?\n\nPart Two: The Cost of Living\n\nA: Because.\n")
                == ["turn Q:", "heading Part Two: The Cost of Living", "turn A:"])
    }

    @Test("a short reply is a turn: a one-word label, punctuation, lower case, a label used again, a paragraph that goes on")
    func replies() throws {
        #expect(try Self.blocks("Q: Ready?\n\nA: Yes\n\nQ: Go on.\n") == ["turn Q:", "turn A:", "turn Q:"])
        #expect(try Self.blocks("Reporter: Ready?\n\nSenator Anna Berg: Thank you.\n\nReporter: Go on.\n")
                == ["turn Reporter:", "turn Senator Anna Berg:", "turn Reporter:"])
        #expect(try Self.blocks("Reporter: Ready?\n\nSenator Anna Berg: Yes indeed\n\nReporter: Go on.\n")
                == ["turn Reporter:", "turn Senator Anna Berg:", "turn Reporter:"])
        #expect(try Self.blocks("Senator Anna Berg: Good Morning\n\nReporter: Hello.\n\nSenator Anna Berg: Hello.\n")
                == ["turn Senator Anna Berg:", "turn Reporter:", "turn Senator Anna Berg:"])
        #expect(try Self.blocks("Reporter: Ready?\nSenator Anna Berg: Good Morning\nReporter: Go on.\n")
                == ["turn Reporter:", "turn Senator Anna Berg:", "turn Reporter:"])
    }
}
