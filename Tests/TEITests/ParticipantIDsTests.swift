import Testing
@testable import TEI

@Suite("Participant identifiers")
struct ParticipantIDsTests {
    @Test("derived from names, NCName-safe, unique")
    func ids() {
        var ids = ParticipantIDs()
        #expect(ids.make(for: "Deputy Defense Minister") == "deputy-defense-minister")
        #expect(ids.make(for: "PREDSEDNIK JANEZ MEŽAN") == "predsednik-janez-mezan")
        #expect(ids.make(for: "Mr. O’Brien") == "mr-o-brien")
        #expect(ids.make(for: "2nd Speaker") == "speaker-2nd-speaker")
        #expect(ids.make(for: "Путин") == "speaker")
        #expect(ids.make(for: "Путин") == "speaker-2")
        #expect(ids.make(for: "deputy defense minister") == "deputy-defense-minister-2")
    }
}
