import Foundation
import Testing

@Suite("convert text, run as a user runs it")
struct TextCommandTests {
    @Test("convert text of convert tei of the seed is the seed, byte for byte")
    func seedRoundTrip() throws {
        let folder = try ConvertBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tei = folder.appendingPathComponent("seed.xml")
        let text = folder.appendingPathComponent("seed.txt")
        #expect(try ConvertBinary.run(["tei", ConvertBinary.seed.path, "-o", tei.path]).status == 0)
        let result = try ConvertBinary.run(["text", tei.path, "-o", text.path])
        #expect(result.status == 0 && result.stdout == "" && result.stderr == "")
        #expect(try Data(contentsOf: text) == Data(contentsOf: ConvertBinary.seed))
    }

    @Test("standard input to standard output")
    func pipes() throws {
        let source = "\u{FEFF}Q: Why?\r\nA: Because.\r\n\r\n(LAUGHTER)\r\n"
        let tei = try ConvertBinary.run(["tei", "-"], input: Array(source.utf8))
        let text = try ConvertBinary.run(["text", "-"], input: Array(tei.stdout.utf8))
        #expect(text.status == 0)
        #expect(Array(text.stdout.utf8) == Array(source.utf8))
    }

    @Test("XML that is not well-formed: file:line:col: error, exit 2, no output file")
    func malformed() throws {
        let folder = try ConvertBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("broken.xml")
        try Data("<TEI>\n  <text></TEI>\n".utf8).write(to: input)
        let result = try ConvertBinary.run(["text", input.path, "-o", folder.appendingPathComponent("out.txt").path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("\(input.path):2:"))
        #expect(result.stderr.contains(": error: "))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["broken.xml"])
    }

    @Test("TEI a user enriched: added inline markup keeps the exact text; a changed body gives readable text and a warning")
    func edited() throws {
        let source = "Q: Did Anna Berg come?\n\nA: Yes.\n"
        let tei = try ConvertBinary.run(["tei", "-"], input: Array(source.utf8)).stdout
        let enriched = tei.replacingOccurrences(of: "Anna Berg", with: "<persName ref=\"#ab\">Anna Berg</persName>")
        let exact = try ConvertBinary.run(["text", "-"], input: Array(enriched.utf8))
        #expect(exact.status == 0 && exact.stderr == "")
        #expect(exact.stdout == source)

        let changed = tei.replacingOccurrences(of: "<body>", with: "<body>\n<head>Added by an editor</head>")
        let readable = try ConvertBinary.run(["text", "-"], input: Array(changed.utf8))
        #expect(readable.status == 0)
        #expect(readable.stderr.hasPrefix("-:"))
        #expect(readable.stderr.contains("warning: unexpected <head> in the body of tei-convert's TEI"))
        #expect(readable.stderr.contains("this is its readable text, not the exact source"))
        #expect(readable.stdout.contains("Added by an editor"))
        #expect(readable.stdout.contains("Q: Did Anna Berg come?"))
    }
}
