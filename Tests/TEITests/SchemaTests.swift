import Foundation
import Testing
@testable import TEI

@Suite("Our bundled schema, through libxml2")
struct SchemaTests {
    static let fixtures = (try? FileManager.default.contentsOfDirectory(
        at: TestPaths.fixtures.appendingPathComponent("schema"), includingPropertiesForKeys: nil)) ?? []

    let schema: RelaxNGSchema

    init() throws {
        schema = try RelaxNGSchema(path: TestPaths.schema.path)
    }

    /// The schema's findings on a document (a parse error counts as one).
    func diagnostics(_ bytes: [UInt8], file: String) -> [Diagnostic] {
        do {
            return schema.validate(try XMLDocument(parsing: bytes, file: file), file: file)
        } catch {
            return [error]
        }
    }

    @Test("the seed's TEI is valid")
    func seedIsValid() throws {
        #expect(diagnostics(try SeedConversion.tei(), file: "seed.xml") == [])
    }

    @Test("fixture documents named valid-* are valid", arguments: fixtures.filter { $0.lastPathComponent.hasPrefix("valid-") })
    func validFixture(_ file: URL) throws {
        #expect(diagnostics(try TestPaths.bytes(file), file: file.lastPathComponent) == [])
    }

    @Test("fixture documents named invalid-* are invalid", arguments: fixtures.filter { $0.lastPathComponent.hasPrefix("invalid-") })
    func invalidFixture(_ file: URL) throws {
        let diagnostics = diagnostics(try TestPaths.bytes(file), file: file.lastPathComponent)
        #expect(diagnostics.contains { $0.severity == .error })
    }

    @Test("there are fixtures of both kinds")
    func fixturesExist() {
        #expect(Self.fixtures.filter { $0.lastPathComponent.hasPrefix("valid-") }.count >= 3)
        #expect(Self.fixtures.filter { $0.lastPathComponent.hasPrefix("invalid-") }.count >= 5)
    }

    @Test("a schema that does not exist gives a diagnostic naming it")
    func missingSchema() {
        #expect(throws: Diagnostic.self) { try RelaxNGSchema(path: "/nonexistent/schema.rng") }
    }
}
