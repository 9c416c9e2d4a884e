import Foundation
import Testing

@Suite("convert tei, run as a user runs it")
struct TEICommandTests {
    @Test("the seed converts to TEI on stdout, nothing on stderr, exit 0")
    func seedToStdout() throws {
        let result = try ConvertBinary.run(["tei", ConvertBinary.seed.path], environment: ["SOURCE_DATE_EPOCH": "0"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?xml-model href=\"tei-convert.rng\""))
        #expect(result.stdout.components(separatedBy: "<u who=").count - 1 == 13)
        #expect(result.stdout.contains(#"<change when="1970-01-01">"#))
        #expect(result.stdout.contains(#"<idno type="file">000_1771b153ee982521.txt</idno>"#))
    }

    @Test("-o writes the file and prints nothing; options reach the header")
    func outputFile() throws {
        let folder = try ConvertBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("seed.xml")
        let result = try ConvertBinary.run(["tei", ConvertBinary.seed.path, "-o", output.path, "--title", "Interview",
                                            "--date", "2019-12-03", "--lang", "en", "--publisher", "QDND"])
        #expect(result.status == 0 && result.stdout == "" && result.stderr == "")
        let xml = try String(contentsOf: output, encoding: .utf8)
        #expect(xml.contains("<title>Interview</title>"))
        #expect(xml.contains(#"xml:lang="en""#))
        #expect(xml.contains(#"<date when="2019-12-03"/>"#))
        #expect(xml.contains("<publisher>QDND</publisher>"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["seed.xml"])
    }

    @Test("standard input with '-'")
    func standardInput() throws {
        let result = try ConvertBinary.run(["tei", "-"], input: Array("Q: Why?\nA: Because.\n".utf8))
        #expect(result.status == 0)
        #expect(result.stdout.contains(#"<note type="speaker" rend="sep-n">A: </note>"#))
        #expect(result.stdout.contains("read from standard input"))
    }

    @Test("bad input: one line on stderr, exit 2, no output file", arguments: [
        ("empty.txt", [UInt8](), "empty.txt: error: the transcript is empty\n"),
        ("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00], "binary.txt:1:1: error: invalid UTF-8 byte sequence (is the file text in UTF-8?)\n"),
        ("nul.txt", Array("A: x".utf8) + [0], "nul.txt:1:5: error: character U+0000 cannot be stored in XML (the file looks binary)\n"),
        ("latin1.txt", Array("A: caf".utf8) + [0xE9], "latin1.txt:1:7: error: invalid UTF-8 byte sequence (is the file text in UTF-8?)\n"),
        ("prose.txt", Array("Just prose.\n".utf8), "prose.txt: error: no speaker labels found (a turn starts with a label such as 'Reporter: ' at the start of a paragraph)\n"),
    ])
    func badInput(name: String, bytes: [UInt8], message: String) throws {
        let folder = try ConvertBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent(name)
        try Data(bytes).write(to: input)
        let result = try ConvertBinary.run(["tei", input.path, "-o", folder.appendingPathComponent("out.xml").path])
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == input.path + (message.hasPrefix(name + ":") ? String(message.dropFirst(name.count)) : message))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [name])
    }

    @Test("an unreadable path or a directory: convert: error, exit 2")
    func unreadable() throws {
        let missing = try ConvertBinary.run(["tei", "/nonexistent/talk.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "convert: error: cannot read '/nonexistent/talk.txt': No such file or directory\n")
        let folder = try ConvertBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A folder is a batch, which needs an output folder.
        let directory = try ConvertBinary.run(["tei", folder.path])
        #expect(directory.status == 2)
        #expect(directory.stderr.hasPrefix("Error: converting folders or several files needs -o FOLDER\n"))
    }

    @Test("an unwritable -o: exit 2, nothing left behind, an existing file untouched")
    func unwritable() throws {
        let missingFolder = try ConvertBinary.run(["tei", ConvertBinary.seed.path, "-o", "/nonexistent/out.xml"])
        #expect(missingFolder.status == 2)
        #expect(missingFolder.stderr == "convert: error: cannot write '/nonexistent/out.xml': No such file or directory\n")

        let folder = try ConvertBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let existing = folder.appendingPathComponent("keep.xml")
        try Data("old".utf8).write(to: existing)
        let input = folder.appendingPathComponent("bad.txt")
        try Data([0xFF]).write(to: input)
        let failed = try ConvertBinary.run(["tei", input.path, "-o", existing.path])
        #expect(failed.status == 2)
        #expect(try String(contentsOf: existing, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["bad.txt", "keep.xml"])
    }

    @Test("usage errors exit 2", arguments: [["tei"], ["tei", "x.txt", "--date", "3 December 2019"], ["frobnicate"]])
    func usage(arguments: [String]) throws {
        let result = try ConvertBinary.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: "))
        #expect(result.stdout == "")
    }

    @Test("--help documents the exit codes")
    func help() throws {
        let result = try ConvertBinary.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Exit codes: 0 success; 1 invalid documents (validate); 2 unreadable"))
    }

    @Test("--style drama writes DraCor's <sp who><speaker/><p/>, stage directions as <stage>")
    func drama() throws {
        let play = "HAMLET: To be, or not to be.\nThat is the question.\n\n(Enter OPHELIA)\n\nOPHELIA: Good my lord.\n"
        let result = try ConvertBinary.run(["tei", "--style", "drama", "-"], input: Array(play.utf8))
        #expect(result.status == 0)
        #expect(result.stdout.contains(##"<sp who="#hamlet" xml:id="sp1">"##))
        #expect(result.stdout.contains("<speaker>HAMLET: </speaker>"))
        #expect(result.stdout.contains(#"<p xml:id="sp1.1">To be, or not to be.<lb/>That is the question.</p>"#))
        #expect(result.stdout.contains(#"<stage rend="parentheses">Enter OPHELIA</stage>"#))
        #expect(!result.stdout.contains("<u "))
        let back = try ConvertBinary.run(["text", "-"], input: Array(result.stdout.utf8))
        #expect(back.stdout == play)
    }

    @Test("--speakers applies a speaker map; a bad map is one error line naming it, exit 2")
    func speakerMap() throws {
        let folder = try ConvertBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = folder.appendingPathComponent("speakers.csv")
        try Data("label,id,name\nReporter,vu-hung,Vu Hung\n".utf8).write(to: map)
        let result = try ConvertBinary.run(["tei", ConvertBinary.seed.path, "--speakers", map.path])
        #expect(result.status == 0)
        #expect(result.stdout.components(separatedBy: ##"who="#vu-hung""##).count - 1 == 7)
        #expect(result.stdout.contains("<persName>Vu Hung</persName>"))
        try Data("label,gender\nReporter,M\n".utf8).write(to: map)
        let bad = try ConvertBinary.run(["tei", ConvertBinary.seed.path, "--speakers", map.path])
        #expect(bad.status == 2)
        #expect(bad.stderr == "\(map.path):1: error: unknown column 'gender' (known: label, id, name, role, sex, idno)\n")
    }

    @Test("an SRT file converts with its timeline; --layout transcript reads it as plain text instead")
    func subtitles() throws {
        let folder = try ConvertBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let srt = folder.appendingPathComponent("talk.srt")
        try Data("1\n00:00:01,000 --> 00:00:02,500\nHost: Welcome.\n\n2\n00:00:03,000 --> 00:00:04,000\nGuest: Thanks.\n".utf8).write(to: srt)
        let result = try ConvertBinary.run(["tei", srt.path])
        #expect(result.status == 0 && result.stderr == "")
        #expect(result.stdout.contains(##"<u who="#guest" xml:id="u2" start="#T3" end="#T4">"##))
        #expect(result.stdout.contains(##"<when xml:id="T2" interval="2500" since="#T0"/>"##))
        let plain = try ConvertBinary.run(["tei", srt.path, "--layout", "transcript"])
        #expect(plain.status == 0)
        #expect(!plain.stdout.contains("<timeline"))
        #expect(plain.stdout.contains(#"<p xml:id="p1">1<lb/>00:00:01,000 --&gt; 00:00:02,500</p>"#))
    }
}
