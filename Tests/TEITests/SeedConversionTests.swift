import Foundation
import Testing
@testable import TEI

@Suite("The seed transcript, converted end to end")
struct SeedConversionTests {
    let document: XMLDocument

    init() throws {
        document = try XMLDocument(parsing: try SeedConversion.tei(), file: "seed.xml")
    }

    @Test("matches the golden file byte for byte (UPDATE_GOLDEN=1 rewrites it)")
    func golden() throws {
        let actual = try SeedConversion.tei()
        let golden = TestPaths.fixtures.appendingPathComponent("seed.golden.xml")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try Data(actual).write(to: golden)
        }
        let expected = try TestPaths.bytes(golden)
        #expect(String(decoding: actual, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }

    @Test("13 turns: 7 by the reporter, 6 by the minister, in alternation")
    func turns() {
        let who = document.strings("//tei:u/@who")
        #expect(who.count == 13)
        #expect(who.filter { $0 == "#reporter" }.count == 7)
        #expect(who.filter { $0 == "#deputy-defense-minister" }.count == 6)
        #expect(who == (0..<13).map { $0.isMultiple(of: 2) ? "#reporter" : "#deputy-defense-minister" })
    }

    @Test("every @who resolves to one of two declared persons")
    func participants() {
        let ids = document.strings("//tei:particDesc//tei:person/@xml:id")
        #expect(ids == ["reporter", "deputy-defense-minister"])
        #expect(document.strings("//tei:person[@xml:id='reporter']/@role") == ["interviewer"])
        #expect(document.strings("//tei:person[@xml:id='deputy-defense-minister']/@role") == ["interviewee"])
        for who in Set(document.strings("//tei:u/@who")) {
            #expect(ids.contains(String(who.dropFirst())))
        }
    }

    @Test("the minister's person carries the name and rank from the caption, the label as occupation")
    func ministerIdentity() {
        let person = "//tei:person[@xml:id='deputy-defense-minister']"
        #expect(document.strings("\(person)/tei:persName") == ["Senior Lieutenant General Nguyen Chi Vinh"])
        #expect(document.strings("\(person)/tei:persName/tei:roleName[@type='rank']") == ["Senior Lieutenant General"])
        #expect(document.strings("\(person)/tei:occupation") == ["Deputy Defense Minister"])
    }

    @Test("labels are kept verbatim, the no-break space included")
    func labels() {
        let labels = document.strings("//tei:note[@type='speaker']")
        #expect(labels.count == 13)
        #expect(labels[2] == "Reporter:\u{A0}")
        #expect(labels[1] == "Deputy Defense Minister: ")
    }

    @Test("credits in respStmt: interviewers Vu Hung and Van Hieu, translator Thu Nguyen")
    func credits() {
        #expect(document.strings("//tei:titleStmt/tei:respStmt/tei:resp") == ["Interviewed by", "Translated by"])
        #expect(document.strings("//tei:titleStmt/tei:respStmt[1]/tei:persName") == ["Vu Hung", "Van Hieu"])
        #expect(document.strings("//tei:titleStmt/tei:respStmt[2]/tei:persName") == ["Thu Nguyen"])
    }

    @Test("caption, residue and credits are notes in place, in no spoken segment")
    func nonSpeech() {
        #expect(document.strings("//tei:note[@type='residue']") == ["leftcenterrightdel"])
        #expect(document.strings("//tei:u[@xml:id='u2']/tei:note[@type='caption']").count == 1)
        #expect(document.strings("/tei:TEI/tei:text/tei:body/tei:note[@type='credit']")
                == ["Interviewed by Vu Hung-Van Hieu", "Translated by Thu Nguyen"])
        let spoken = document.strings("//tei:seg").joined(separator: "\n")
        for text in ["leftcenterrightdel", "grants an interview", "Interviewed by", "Translated by"] {
            #expect(!spoken.contains(text))
        }
    }

    @Test("all five 2020s are <date when=\"2020\"> and no other number is a date")
    func dates() {
        #expect(document.strings("//tei:date[ancestor::tei:body]") == Array(repeating: "2020", count: 5))
        #expect(document.strings("//tei:body//tei:date/@when") == Array(repeating: "2020", count: 5))
    }
}
