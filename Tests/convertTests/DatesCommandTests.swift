import Foundation
import Testing

@Suite("convert dates, run as a user runs it")
struct DatesCommandTests {
    /// The text of the output's `<ab>` with the `<date>` tags taken out and entities unescaped.
    static func text(ofBlock xml: String) -> String {
        guard let start = xml.range(of: "<ab>"), let end = xml.range(of: "</ab>") else { return "" }
        return String(xml[start.upperBound..<end.lowerBound])
            .replacing(/<date[^>]*>|<\/date>/, with: "")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test("the text comes back unchanged but for <date> elements with ISO values")
    func tagged() throws {
        let input = "On 3 December 2019 we met <here> & there.\n\nIn the 1990s, 2016-2020, after 5 years and $2020.\n"
        let result = try ConvertBinary.run(["dates", "-"], input: Array(input.utf8))
        #expect(result.status == 0 && result.stderr == "")
        #expect(Self.text(ofBlock: result.stdout) == input)
        #expect(result.stdout.contains(#"<date when="2019-12-03">3 December 2019</date>"#))
        #expect(result.stdout.contains(#"<date from="1990" to="1999">1990s</date>"#))
        #expect(result.stdout.contains(#"<date from="2016" to="2020">2016-2020</date>"#))
        #expect(result.stdout.components(separatedBy: "<date ").count - 1 == 3)
    }

    @Test("invalid UTF-8: file:line:col: error, exit 2; a bad --date is a usage error")
    func errors() throws {
        let bad = try ConvertBinary.run(["dates", "-"], input: [0x41, 0x0A, 0xFF])
        #expect(bad.status == 2)
        #expect(bad.stderr == "-:2:1: error: invalid UTF-8 byte sequence (is the file text in UTF-8?)\n")
        let usage = try ConvertBinary.run(["dates", "-", "--date", "yesterday"])
        #expect(usage.status == 2)
    }
}
