import PropertyBased
import Testing
@testable import TEI

/// Generated transcripts: labels (Unicode, odd spacing), colons in text, blank-line runs, CRLF and LF,
/// a byte-order mark, tabs, trailing spaces, markup characters, dates, non-speech lines.
enum TranscriptGenerator {
    static let labels = ["Reporter", "Deputy Defense Minister", "Q", "A", "ÉLODIE DUPONT", "Dr. Ng", "王先生", "Mr. O’Brien",
                         "THE CLERK", "Ludwig van Beethoven"]
    static let labelSpacing = [": ", ":\u{A0}", ":\t", ":   ", ": \t "]
    static let speech = [
        "Could you, please: explain?", "Yes. At 10:30 it was late.", "<b>&amp;</b> \"quoted\" 'single' & more",
        "In 2020, on 3 December 2019, in the 1990s.", "trailing spaces   ", "\ttabbed text", "ümlaut ✓ 😀 ﬁ",
        "Note: this is not a label", "x", "  indented line", "(He paused.) Then he went on.", "a\u{A0}b\u{2028}c",
        "Resolution 806-NQ/QUTW of the 12th Congress", "lone\rreturn", "]]> --> <!-- ?>",
    ]
    static let nonSpeech = ["(APPLAUSE)", "(laughs)", "[inaudible]", "[unintelligible 00:12:19]", "leftcenterrightdel",
                            "Interviewed by Vu Hung-Van Hieu", "Translated by Thu Nguyen.", "Photo: Reuters", "(CROSSTALK)"]
    static let blankLines = ["", "", "", "", "X", "XX", "  X", "\tX", "X  X"]
    static let trailers = ["", "E", "EE", "E  ", "E\tE"]

    /// One line: 0 labelled speech, 1 speech, 2 a label alone, 3 non-speech.
    static let line = zip(Gen.int(in: 0...3), Gen.element(of: labels), Gen.element(of: labelSpacing),
                          Gen.element(of: speech), Gen.element(of: nonSpeech))
        .map { kind, label, spacing, text, other -> String in
            switch kind {
            case 0: label! + spacing! + text!
            case 1: text!
            case 2: label! + ":"
            default: other!
            }
        }

    /// Separators are written with `X` for one line break; `E` is the document's line ending.
    static let transcript = zip(line.array(of: 1...14), Gen.element(of: blankLines).array(of: 14),
                                Gen.int(in: 0...4), Gen.bool, Gen.element(of: trailers), Gen.element(of: labels))
        .map { lines, separators, ending, bom, trailer, firstLabel -> String in
            let eol = ending == 0 ? "\r\n" : "\n"
            let mixed = ending == 1
            var text = bom ? "\u{FEFF}" : ""
            for (index, line) in ([firstLabel! + ": first turn"] + lines).enumerated() {
                if index > 0 {
                    let lineBreak = mixed && index.isMultiple(of: 2) ? "\r\n" : eol
                    text += (separators[index % separators.count] ?? "").replacingOccurrences(of: "X", with: lineBreak)
                    text += lineBreak
                }
                text += line
            }
            return text + trailer!.replacingOccurrences(of: "E", with: eol)
        }
}

@Suite("Round trip: text -> TEI -> text, byte for byte")
struct RoundTripPropertyTests {
    static func tei(_ text: String, style: TEIWriter.Style = .utterance) throws -> [UInt8] {
        TEIWriter(conversionDate: "2026-01-01", style: style).write(try TranscriptReader().read(Array(text.utf8)))
    }

    static func text(_ tei: [UInt8]) throws -> [UInt8] {
        try TextExtractor().text(from: tei, file: "generated.xml")
    }

    @Test("the seed comes back byte for byte (it has no final newline)")
    func seed() throws {
        let seed = try TestPaths.bytes(TestPaths.seed)
        #expect(seed.last != 0x0A)
        #expect(try Self.text(try SeedConversion.tei()) == seed)
    }

    @Test("thousands of generated transcripts come back byte for byte, and tei(text(tei(x))) == tei(x)")
    func generated() async {
        await propertyCheck(count: 3000, input: TranscriptGenerator.transcript) { source in
            do {
                let tei = try Self.tei(source)
                let back = try Self.text(tei)
                #expect(String(decoding: back, as: UTF8.self) == source)
                #expect(try Self.tei(String(decoding: back, as: UTF8.self)) == tei)
            } catch {
                Issue.record("\(error) for \(source.debugDescription)")
            }
        }
    }

    @Test("in the drama style too, generated transcripts come back byte for byte and are valid")
    func generatedDrama() async throws {
        let schema = try RelaxNGSchema(path: TestPaths.schema.path)
        await propertyCheck(count: 1000, input: TranscriptGenerator.transcript) { source in
            do {
                let tei = try Self.tei(source, style: .drama)
                #expect(String(decoding: try Self.text(tei), as: UTF8.self) == source)
                #expect(schema.validate(try XMLDocument(parsing: tei, file: "drama.xml"), file: "drama.xml") == [])
            } catch {
                Issue.record("\(error) for \(source.debugDescription)")
            }
        }
    }

    @Test("the TEI of generated transcripts is valid against our schema")
    func generatedValid() async throws {
        let schema = try RelaxNGSchema(path: TestPaths.schema.path)
        await propertyCheck(count: 300, input: TranscriptGenerator.transcript) { source in
            do {
                let document = try XMLDocument(parsing: try Self.tei(source), file: "generated.xml")
                #expect(schema.validate(document, file: "generated.xml") == [], "\(source.debugDescription)")
            } catch {
                Issue.record("\(error) for \(source.debugDescription)")
            }
        }
    }
}
