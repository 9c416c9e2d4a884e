import Foundation
import Testing
@testable import TEI

@Suite("Validation against schemas of every kind, and our own checks")
struct ValidatorTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("validation")
    static func fixture(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func run(_ documents: [(String, String)], schemas: [String] = [], checks: Set<Check> = Set(Check.allCases),
             timeLimit: Double = 60, jobs: Int = 1, externalIDs: Set<String> = [], reduceGrammars: Bool = true) -> ValidationRun {
        let validator = Validator(options: Validator.Options(schemas: schemas, checks: checks, externalIDs: externalIDs,
                                                             timeLimit: timeLimit, jobs: jobs, reduceGrammars: reduceGrammars))
        return validator.validate(documents.map { name, text in DocumentSource(name: name) { Array(text.utf8) } })
    }

    func runFiles(_ names: [String], schema: String) -> ValidationRun {
        let validator = Validator(options: Validator.Options(schemas: [Self.fixture(schema)], checks: []))
        return validator.validate(names.map { name in
            DocumentSource(name: name) { () throws(Diagnostic) in
                guard let data = FileManager.default.contents(atPath: Self.fixture(name)) else {
                    throw Diagnostic(file: name, code: "io", message: "missing fixture")
                }
                return Array(data)
            }
        })
    }

    @Test("good and bad documents for every schema language", arguments: ["note.rng", "note.xsd", "note.dtd", "note.sch"])
    func schemaLanguages(schema: String) throws {
        let result = runFiles(["good-note.xml", "bad-note.xml"], schema: schema)
        #expect(result.schemaDiagnostics == [])
        #expect(result.reports.map(\.status) == [.valid, .invalid])
        let error = try #require(result.reports[1].diagnostics.first)
        #expect(error.file == "bad-note.xml")
        #expect(error.severity == .error)
        #expect(error.line == (schema == "note.dtd" ? 2 : 3) || schema == "note.sch" && error.line == 2)
    }

    @Test("Schematron: an assertion's message, without libxml2's location prefix")
    func schematronMessage() {
        let result = runFiles(["empty-recipient-note.xml"], schema: "note.sch")
        #expect(result.reports[0].diagnostics.map(\.message) == ["the note needs a recipient"])
        #expect(result.reports[0].diagnostics.map(\.path) == ["/note"])
    }

    @Test("Schematron: rules libxml2 cannot run are left out and said so, the rest still runs")
    func schematronXPath2() throws {
        let result = runFiles(["good-note.xml", "bad-note.xml"], schema: "xpath2.sch")
        #expect(result.reports.map(\.status) == [.valid, .invalid])
        let note = try #require(result.schemaDiagnostics.first)
        #expect(note.severity == .warning && note.code == "schematron-unsupported" && note.line == 9)
        #expect(note.message.hasPrefix("1 of 2 assertions are not checked"))
    }

    @Test("a document that is not well-formed is invalid, with line and column")
    func malformed() throws {
        let result = run([("broken.xml", "<a>\n  <b></a>")], schemas: [Self.fixture("note.rng")])
        #expect(result.reports[0].status == .invalid)
        let error = try #require(result.reports[0].diagnostics.first)
        #expect(error.line == 2 && error.column != nil)
    }

    @Test("a schema that does not exist or does not compile: a schema diagnostic, documents not checked")
    func brokenSchema() {
        let missing = run([("a.xml", "<note/>")], schemas: ["/nonexistent/schema.rng"])
        #expect(missing.schemaDiagnostics.map(\.code) == ["schema"])
        #expect(missing.reports[0].status == .failed)
        let compact = run([("a.xml", "<note/>")], schemas: ["schema.rnc"])
        #expect(compact.schemaDiagnostics.first?.message.contains("trang") == true)
    }

    @Test("the bundled schema by name, and by the document's own xml-model")
    func bundled() throws {
        let tei = String(decoding: try SeedConversion.tei(), as: UTF8.self)
        #expect(run([("seed.xml", tei)], schemas: ["tei-convert"]).reports[0].status == .valid)
        #expect(run([("seed.xml", tei)]).reports[0] == ValidationReport(file: "seed.xml", status: .valid, diagnostics: []))
        let broken = tei.replacingOccurrences(of: ##"<u who="#reporter" xml:id="u1">"##, with: ##"<u xml:id="u1">"##)
        #expect(run([("seed.xml", broken)]).reports[0].status == .invalid)
    }

    @Test("a schema the document names but that is not here locally: a warning, never the network")
    func unavailableSchema() throws {
        let document = ##"<?xml-model href="http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng"?><TEI xmlns="http://www.tei-c.org/ns/1.0"/>"##
        let report = run([("a.xml", document)]).reports[0]
        #expect(report.status == .valid)
        #expect(report.diagnostics.map(\.code) == ["schema-unavailable"])
        #expect(report.diagnostics[0].severity == .warning)
    }

    @Test("own check: references resolve, here or in --ids-from identifiers")
    func references() {
        let document = ##"<TEI xmlns="http://www.tei-c.org/ns/1.0"><person xml:id="ann"/><u who="#ann #bo" corresp="#cy x.xml#y"/><ref target="http://x#z"/></TEI>"##
        let report = run([("a.xml", document)]).reports[0]
        #expect(report.status == .invalid)
        #expect(report.diagnostics.map(\.message) == ["@who points to '#bo', which no xml:id declares",
                                                       "@corresp points to '#cy', which no xml:id declares"])
        #expect(report.diagnostics.map(\.path) == ["/TEI/u", "/TEI/u"])
        #expect(run([("a.xml", document)], externalIDs: ["bo", "cy"]).reports[0].status == .valid)
    }

    @Test("own check: xml:ids are unique NCNames")
    func ids() {
        let document = "<TEI>\n<a xml:id=\"x\"/>\n<b xml:id=\"x\"/>\n<c xml:id=\"1st\"/>\n</TEI>"
        let diagnostics = run([("a.xml", document)]).reports[0].diagnostics
        #expect(diagnostics.map(\.message) == ["xml:id 'x' is already declared on line 2", "xml:id '1st' is not an NCName"])
        #expect(diagnostics.map(\.line) == [3, 4])
    }

    @Test("own checks: @when with a range, impossible calendar dates")
    func dating() {
        let document = "<TEI><date when=\"2020\" notBefore=\"2019\"/><date when=\"2019-02-29\"/><date from=\"2020-13\"/><date when=\"2020-02-29T10:00:00\"/></TEI>"
        let diagnostics = run([("a.xml", document)]).reports[0].diagnostics
        #expect(diagnostics.map(\.code) == ["dating", "calendar", "calendar"])
        #expect(diagnostics[0].message == "@when is combined with @notBefore; use either @when or a range")
        #expect(diagnostics[1].message == "@when='2019-02-29' is not a real calendar date")
    }

    @Test("own checks can be switched off one by one")
    func switchable() {
        let document = ##"<TEI><u who="#nobody"/><date when="2020" from="2019"/></TEI>"##
        #expect(run([("a.xml", document)], checks: []).reports[0].status == .valid)
        #expect(run([("a.xml", document)], checks: [.dating]).reports[0].diagnostics.map(\.code) == ["dating"])
    }

    @Test("parallel runs give the same reports as one job")
    func parallel() throws {
        let tei = String(decoding: try SeedConversion.tei(), as: UTF8.self)
        let documents = (0..<24).map { index in
            ("doc\(index).xml", index.isMultiple(of: 3) ? tei.replacingOccurrences(of: "#reporter", with: "#nobody") : tei)
        }
        let one = run(documents, schemas: ["tei-convert"], jobs: 1)
        let four = run(documents, schemas: ["tei-convert"], jobs: 4)
        #expect(one == four)
        #expect(one.invalidCount == 8)
    }

    @Test("a schema libxml2 compiles forever stops at the time limit with a message naming it",
          .enabled(if: TestPaths.sharedCorporaWanted))
    func timeLimit() throws {
        let schema = TestPaths.shared.appendingPathComponent("corpora/schemas/tei_speech-4.10.0a.rng").path
        #expect(FileManager.default.fileExists(atPath: schema), "missing \(schema)")
        let started = Date()
        let result = run([("a.xml", "<TEI/>")], schemas: [schema], timeLimit: 1, reduceGrammars: false)
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(result.schemaDiagnostics.map(\.code) == ["time-limit"])
        #expect(result.schemaDiagnostics[0].file == schema)
        #expect(result.schemaDiagnostics[0].message.contains("within the time limit of 1 s"))
        #expect(result.reports[0].status == .failed)
    }

    @Test("the same schema, reduced to the document's names, validates within a second",
          .enabled(if: TestPaths.sharedCorporaWanted))
    func reducedInTime() throws {
        let schema = TestPaths.shared.appendingPathComponent("corpora/schemas/tei_speech-4.10.0a.rng").path
        let document = TestPaths.shared.appendingPathComponent("corpora/transcripts/siparl/KPZONOJFSPD-Redna-021-1998-11-25.xml")
        let text = String(decoding: try TestPaths.bytes(document), as: UTF8.self)
        let result = run([("siparl.xml", text)], schemas: [schema], checks: [], timeLimit: 5)
        #expect(result.schemaDiagnostics == [])
        #expect(result.reports[0].status != .failed)
    }

    @Test("with a reduced grammar, a missing required element gives the same messages as the full grammar")
    func messagesWithStubs() throws {
        let result = runFiles(["bad-note.xml"], schema: "note.rng")
        #expect(result.reports[0].diagnostics.map(\.message) == ["Did not expect element body there"])
        let tei = String(decoding: try SeedConversion.tei(), as: UTF8.self)
            .replacingOccurrences(of: "<title>Transcript: 000_1771b153ee982521.txt</title>", with: "")
        let reduced = run([("seed.xml", tei)], schemas: ["tei-convert"], checks: []).reports[0]
        let full = run([("seed.xml", tei)], schemas: ["tei-convert"], checks: [], reduceGrammars: false).reports[0]
        #expect(reduced.status == .invalid)
        #expect(reduced == full)
    }

    @Test("attribute failures say which attributes are not allowed and which required ones are missing")
    func attributeMessages() throws {
        let tei = String(decoding: try SeedConversion.tei(), as: UTF8.self)
        let missing = tei.replacingOccurrences(of: ##"<u who="#reporter" xml:id="u1">"##, with: ##"<u xml:id="u1">"##)
        #expect(run([("seed.xml", missing)], schemas: ["tei-convert"], checks: []).reports[0].diagnostics.map(\.message)
                == ["Element u failed to validate attributes (required but missing: @who)"])
        let unknown = tei.replacingOccurrences(of: ##"<u who="#reporter" xml:id="u1">"##, with: ##"<u who="#reporter" xml:id="u1" n="1">"##)
        let messages = run([("seed.xml", unknown)], schemas: ["tei-convert"], checks: []).reports[0].diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("Invalid attribute n for element u") }, "\(messages)")
    }
}
