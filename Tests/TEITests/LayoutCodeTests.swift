import Testing
@testable import TEI

@Suite("Layout codes in @rend")
struct LayoutCodeTests {
    @Test("separators round-trip through tokens", arguments: ["\n", "\n\n\n", "\r\n\r\n", "\n \t\n", ""])
    func roundTrip(separator: String) throws {
        let token = LayoutCode.token("sep", for: separator)
        #expect(!token.contains(" "))
        #expect(LayoutCode.separator("sep", from: token[...]) == separator)
    }

    @Test("spelled out")
    func spelling() {
        #expect(LayoutCode.token("sep", for: "\r\n \t") == "sep-rnst")
        #expect(LayoutCode.token("end", for: "\n") == "end-n")
        #expect(LayoutCode.separator("sep", from: "end-n") == nil)
        #expect(LayoutCode.separator("sep", from: "sep-x") == nil)
    }
}
