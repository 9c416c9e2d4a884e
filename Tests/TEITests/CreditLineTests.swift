import Testing
@testable import TEI

@Suite("Credit lines")
struct CreditLineTests {
    @Test("two multi-word names joined by a hyphen are two people")
    func hyphenatedPair() throws {
        let credit = try #require(CreditLine(line: "Interviewed by Vu Hung-Van Hieu")).credit
        #expect(credit == Credit(role: "interviewer", phrase: "Interviewed by", names: ["Vu Hung", "Van Hieu"]))
    }

    @Test("a hyphenated name stays one person", arguments: ["Jean-Paul Sartre", "Mary Smith-Jones"])
    func hyphenatedName(name: String) throws {
        #expect(try #require(CreditLine(line: "Translated by \(name)"[...])).credit.names == [name])
    }

    @Test("lists with commas and 'and', a final period")
    func list() throws {
        let credit = try #require(CreditLine(line: "Transcribed by Ann Lee, Bo Chen and Cy Diaz.")).credit
        #expect(credit.role == "transcriber")
        #expect(credit.names == ["Ann Lee", "Bo Chen", "Cy Diaz"])
    }

    @Test("a sentence that mentions a translation is not a credit")
    func sentence() {
        #expect(CreditLine(line: "Translated by whom? Nobody knows.") == nil)
        #expect(CreditLine(line: "It was translated by hand") == nil)
    }
}
