import Foundation
import Testing

@Suite("convert validate, run as a user runs it")
struct ValidateCommandTests {
    static let fixtures = ConvertBinary.root.appendingPathComponent("Tests/TEITests/Fixtures")
    static func fixture(_ path: String) -> String { fixtures.appendingPathComponent(path).path }

    @Test("all valid: exit 0, nothing on stdout, a summary on stderr")
    func allValid() throws {
        let result = try ConvertBinary.run(["validate", "--schema", "tei-convert", Self.fixture("schema/valid-example.xml"),
                                            Self.fixture("schema/valid-full.xml"), "--checks", "none"])
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr == "2 files: 2 valid, 0 invalid, 0 not checked\n")
    }

    @Test("some invalid: exit 1, one 'file:line: error: message (at path)' line per finding")
    func someInvalid() throws {
        let bad = Self.fixture("validation/bad-note.xml")
        let result = try ConvertBinary.run(["validate", "--schema", Self.fixture("validation/note.rng"),
                                            Self.fixture("validation/good-note.xml"), bad])
        #expect(result.status == 1)
        #expect(result.stdout == "\(bad):3: error: Did not expect element body there (at /note/body)\n")
        #expect(result.stderr == "2 files: 1 valid, 1 invalid, 0 not checked\n")
    }

    @Test("a directory is walked for *.xml")
    func directory() throws {
        let result = try ConvertBinary.run(["validate", "--checks", "none", "--schema", "tei-convert", Self.fixture("schema")])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("23 files: 8 valid, 15 invalid"))
    }

    @Test("unreadable file or schema: exit 2, the other files still checked")
    func unreadable() throws {
        let good = Self.fixture("validation/good-note.xml")
        let missing = try ConvertBinary.run(["validate", "--schema", Self.fixture("validation/note.rng"), "/nonexistent.xml", good])
        #expect(missing.status == 2)
        #expect(missing.stdout == "/nonexistent.xml: error: cannot read '/nonexistent.xml': No such file or directory\n")
        #expect(missing.stderr == "2 files: 1 valid, 0 invalid, 1 not checked\n")
        let schema = try ConvertBinary.run(["validate", "--schema", "/nonexistent.rng", good])
        #expect(schema.status == 2)
        #expect(schema.stderr.hasPrefix("/nonexistent.rng: error: cannot read the schema\n"))
    }

    @Test("--format json: summary, schema diagnostics and per-file reports")
    func json() throws {
        let bad = Self.fixture("validation/bad-note.xml")
        let result = try ConvertBinary.run(["validate", "--format", "json", "--schema", Self.fixture("validation/note.rng"), bad])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["files": 1, "valid": 0, "invalid": 1, "failed": 0, "interrupted": 0])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.first?["file"] as? String == bad)
        #expect(files.first?["status"] as? String == "invalid")
        let diagnostic = try #require((files.first?["diagnostics"] as? [[String: Any]])?.first)
        #expect(diagnostic["line"] as? Int == 3)
        #expect(diagnostic["severity"] as? String == "error")
        #expect(diagnostic["path"] as? String == "/note/body")
        #expect(diagnostic["message"] as? String == "Did not expect element body there")
        #expect(object["schemaDiagnostics"] as? [Any] != nil)
    }

    @Test("--list-checks names every own check")
    func listChecks() throws {
        let result = try ConvertBinary.run(["validate", "--list-checks"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").map { $0.split(separator: ":")[0] } == ["references", "ids", "dating", "calendar"])
    }

    @Test("usage errors exit 2", arguments: [["validate"], ["validate", "--checks", "bogus", "x.xml"], ["validate", "--jobs", "0", "x.xml"]])
    func usage(arguments: [String]) throws {
        let result = try ConvertBinary.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: "))
    }

    @Test("the seed's TEI validates against the schema it names, with our checks")
    func seedRoundTrip() throws {
        let folder = try ConvertBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("seed.xml").path
        #expect(try ConvertBinary.run(["tei", ConvertBinary.seed.path, "-o", output]).status == 0)
        let result = try ConvertBinary.run(["validate", output])
        #expect(result.status == 0)
        #expect(result.stdout == "")
    }

    @Test("a schema the document names by URL is found through --schema-dir or an XML catalog, never fetched")
    func schemaByName() throws {
        let folder = try ConvertBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let schemas = folder.appendingPathComponent("schemas")
        try FileManager.default.createDirectory(at: schemas, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.fixture("validation/note.rng"), toPath: schemas.appendingPathComponent("note.rng").path)
        let document = folder.appendingPathComponent("doc.xml")
        try Data(#"""
            <?xml version="1.0"?>
            <?xml-model href="http://example.org/schemas/note.rng" schematypens="http://relaxng.org/ns/structure/1.0"?>
            <note><body>x</body></note>
            """#.utf8).write(to: document)
        let catalog = folder.appendingPathComponent("catalog.xml")
        try Data(#"""
            <catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
              <uri name="http://example.org/schemas/note.rng" uri="schemas/note.rng"/>
            </catalog>
            """#.utf8).write(to: catalog)

        let alone = try ConvertBinary.run(["validate", document.path])
        #expect(alone.status == 0)
        #expect(alone.stdout.contains("warning: the document names the schema 'http://example.org/schemas/note.rng', which is not available locally"))
        let directory = try ConvertBinary.run(["validate", "--schema-dir", schemas.path, document.path])
        #expect(directory.status == 1)
        #expect(directory.stdout == "\(document.path):3: error: Did not expect element body there (at /note/body)\n")
        let catalogued = try ConvertBinary.run(["validate", document.path], environment: ["XML_CATALOG_FILES": catalog.path])
        #expect(catalogued.status == 1)
        #expect(catalogued.stdout == directory.stdout)
    }
}
