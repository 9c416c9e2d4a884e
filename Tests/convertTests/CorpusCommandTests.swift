import Foundation
import Testing

@Suite("convert corpus, run as a user runs it")
struct CorpusCommandTests {
    @Test("a folder becomes one teiCorpus that convert validate accepts (schema, unique ids, resolved references)")
    func inline() throws {
        let folder = try ConvertBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try BatchTests.corpus(in: folder, count: 5)
        let corpus = folder.appendingPathComponent("corpus.xml")
        let result = try ConvertBinary.run(["corpus", folder.appendingPathComponent("in").path, "-o", corpus.path, "--title", "Interviews",
                                            "--lang", "en"], environment: ["SOURCE_DATE_EPOCH": "0"])
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("5 files: 5 converted, 0 up to date, 0 failed, in "))
        #expect(result.stderr.hasSuffix("; corpus: \(corpus.path)\n"))
        let xml = try String(contentsOf: corpus, encoding: .utf8)
        #expect(xml.contains("<title>Interviews</title>"))
        #expect(xml.contains(#"<measure unit="texts" quantity="5">5 texts</measure>"#))
        #expect(xml.contains(#"<measure unit="utterances" quantity="65">65 utterances</measure>"#))
        #expect(xml.contains(#"<person xml:id="person.nguyen-chi-vinh">"#))
        #expect(xml.components(separatedBy: "<TEI ").count - 1 == 5)
        #expect(xml.contains(#"<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="text.2019-talk-0" xml:lang="en">"#))
        #expect(xml.contains(#"<change when="1970-01-01">Built from 5 transcripts"#))
        let validated = try ConvertBinary.run(["validate", corpus.path])
        #expect(validated.status == 0, "\(validated.stdout)")
        #expect(validated.stderr == "1 file: 1 valid, 0 invalid, 0 not checked\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["corpus.xml", "in"])
    }

    @Test("--xinclude: each text a file of its own beside the corpus, referenced in order; valid once included")
    func xinclude() throws {
        let folder = try ConvertBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = try BatchTests.corpus(in: folder, count: 3)
        let corpus = folder.appendingPathComponent("out/corpus.xml")
        let result = try ConvertBinary.run(["corpus", folder.appendingPathComponent("in").path, "-o", corpus.path, "--xinclude", "--quiet"])
        #expect(result.status == 0 && result.stderr == "")
        let texts = inputs.sorted().map { $0.replacingOccurrences(of: ".txt", with: ".xml") }
        #expect(BatchTests.files(below: folder.appendingPathComponent("out")) == (texts + ["corpus.xml"]).sorted())
        let xml = try String(contentsOf: corpus, encoding: .utf8)
        let hrefs = xml.components(separatedBy: "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(hrefs.map(String.init) == texts)
        // Each text and the corpus itself are valid (the texts point to the corpus's persons); with the
        // inclusions made (as xmllint --xinclude does: the text's root element in place, xml:base on
        // it), so is the whole.
        let parts = try ConvertBinary.run(["validate", folder.appendingPathComponent("out").path, "--ids-from", corpus.path])
        #expect(parts.status == 0, "\(parts.stdout)")
        var included = xml
        for href in texts {
            let text = try String(contentsOf: folder.appendingPathComponent("out/" + href), encoding: .utf8)
            let root = String(text[text.range(of: "<TEI ")!.lowerBound...]).replacingOccurrences(of: "<TEI ", with: "<TEI xml:base=\"\(href)\" ")
            included = included.replacingOccurrences(of: "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"\(href)\"/>", with: root)
        }
        try included.write(to: folder.appendingPathComponent("included.xml"), atomically: true, encoding: .utf8)
        let whole = try ConvertBinary.run(["validate", folder.appendingPathComponent("included.xml").path, "--schema", "tei-convert"])
        #expect(whole.status == 0, "\(whole.stdout)")
    }

    @Test("a transcript that cannot be converted: reported, no corpus written, exit 2")
    func failure() throws {
        let folder = try ConvertBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try BatchTests.corpus(in: folder, count: 2)
        try Data("no labels at all".utf8).write(to: folder.appendingPathComponent("in/2019/plain.txt"))
        let corpus = folder.appendingPathComponent("corpus.xml")
        let result = try ConvertBinary.run(["corpus", folder.appendingPathComponent("in").path, "-o", corpus.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains(folder.appendingPathComponent("in/2019/plain.txt").path + ":"))
        #expect(result.stderr.contains("3 files: 2 converted, 0 up to date, 1 failed"))
        #expect(result.stderr.hasSuffix("convert: error: no corpus written to '\(corpus.path)'\n"))
        #expect(!FileManager.default.fileExists(atPath: corpus.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["in"])
    }

    @Test("--xinclude: a text's href is a URI (spaces, #, & escaped), and the texts go when no corpus is written")
    func xincludeNames() throws {
        let folder = try ConvertBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("in"), withIntermediateDirectories: true)
        try Data("Q: Why?\n\nA: Because.\n".utf8).write(to: folder.appendingPathComponent("in/Q&A #3.txt"))
        let corpus = folder.appendingPathComponent("out/corpus.xml")
        let result = try ConvertBinary.run(["corpus", folder.appendingPathComponent("in").path, "-o", corpus.path, "--xinclude", "--quiet"])
        #expect(result.status == 0)
        #expect(try String(contentsOf: corpus, encoding: .utf8).contains(#"href="Q&amp;A%20%233.xml""#))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/Q&A #3.xml").path))
        try Data("no label here".utf8).write(to: folder.appendingPathComponent("in/plain.txt"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("out"))
        let failed = try ConvertBinary.run(["corpus", folder.appendingPathComponent("in").path, "-o", corpus.path, "--xinclude", "--quiet"])
        #expect(failed.status == 2)
        #expect(BatchTests.files(below: folder.appendingPathComponent("out")).isEmpty)
    }

    @Test("--shard and --manifest are refused: a corpus is one output")
    func batchOptionsRefused() throws {
        for option in [["--shard", "1/2"], ["--manifest", "m.jsonl"]] {
            let result = try ConvertBinary.run(["corpus", "in", "-o", "corpus.xml"] + option)
            #expect(result.status == 2)
            #expect(result.stderr.hasPrefix("Error: --"))
        }
    }
}
