import Testing
@testable import TEI

@Suite("Names behind labels, from captions")
struct CaptionIdentityTests {
    @Test("'Rank Name, Label ...' gives name and rank")
    func nameThenLabel() throws {
        let identity = try #require(CaptionIdentity(
            caption: "Senior Lieutenant General Nguyen Chi Vinh, Deputy Defense Minister grants an interview to the People’s Army Newspaper",
            label: "Deputy Defense Minister"))
        #expect(identity.name == "Nguyen Chi Vinh")
        #expect(identity.rank == "Senior Lieutenant General")
    }

    @Test("'Label Name ...' gives the name")
    func labelThenName() throws {
        let identity = try #require(CaptionIdentity(caption: "Foreign Minister Anna Berg speaks in Oslo", label: "Foreign Minister"))
        #expect(identity.name == "Anna Berg")
        #expect(identity.rank == nil)
    }

    @Test("a caption that does not name the label's person gives nothing")
    func unrelated() {
        #expect(CaptionIdentity(caption: "Troops parade in Hanoi", label: "Reporter") == nil)
        #expect(CaptionIdentity(caption: "The view, Reporter says", label: "Reporter") == nil)
    }
}
