import Foundation
import Testing

/// Hostile and broken transcripts through `convert tei` (and `convert dates`, which reads text the same
/// way): refused with one exact `FILE:LINE:COL: error:` line and exit 2, or converted in bounded time
/// without losing a byte (the round trip through `convert text` gives the input back).
///
/// The sizes here keep a debug build on a 2-core machine within seconds; the sizes the issue names (a
/// 100 MB line, a million turns) are measured by hand with a release build (see scripts/hostile-measure.sh).
@Suite("Hostile transcripts, run as a user runs it")
struct HostileTranscriptTests {
    enum Refused: String, CaseIterable, Sendable {
        case bell = "bell.txt"
        case escape = "escape.txt"
        case nul = "nul.txt"
        case utf16WithBOM = "utf16-bom.txt"
        case utf16WithoutBOM = "utf16-bare.txt"
        case loneBOM = "bom.txt"
        case empty = "empty.txt"
        case whitespace = "blank.txt"
        case truncatedCharacter = "cut.txt"
        case overlong = "overlong.txt"
        case longLabelOnly = "long-label.txt"
        case frontMatterBomb = "yaml-bomb.txt"

        var bytes: [UInt8] {
            switch self {
            case .bell: return Array("Reporter: hello\u{7} world\n".utf8)
            case .escape: return Array("Reporter: hello\n\nGuest: \u{1B}[31mred\u{1B}[0m\n".utf8)
            case .nul: return Array("Reporter: a\u{0}b\n".utf8)
            case .utf16WithBOM: return [0xFF, 0xFE] + Array("Reporter: hi\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            case .utf16WithoutBOM: return Array("Reporter: hi\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            case .loneBOM: return [0xEF, 0xBB, 0xBF]
            case .empty: return []
            case .whitespace: return Array(" \n\t\r\n\n".utf8)
            case .truncatedCharacter: return Array("Reporter: café".utf8).dropLast()
            case .overlong: return Array("Reporter: a".utf8) + [0xC0, 0xAF] + Array("b\n".utf8)
            case .longLabelOnly: return Array((String(repeating: "X", count: 10_000) + ": hello\n").utf8)
            case .frontMatterBomb:
                var levels = [#"&a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
                for level in 1..<12 { levels.append("&a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ",") + "]") }
                return Array("---\ntitle: [\(levels.joined(separator: ", "))]\n---\nReporter: hi\n".utf8)
            }
        }

        var message: String {
            let utf8 = "error: invalid UTF-8 byte sequence (is the file text in UTF-8?)"
            switch self {
            case .bell: return ":1:16: error: character U+0007 cannot be stored in XML"
            case .escape: return ":3:8: error: character U+001B cannot be stored in XML"
            case .nul: return ":1:12: error: character U+0000 cannot be stored in XML (the file looks binary)"
            case .utf16WithBOM: return ":1:1: error: the file is UTF-16; convert it to UTF-8 first"
            case .utf16WithoutBOM: return ":1:1: error: the file looks like UTF-16LE without a byte-order mark; convert it to UTF-8 first"
            case .loneBOM, .empty, .whitespace: return ": error: the transcript is empty"
            case .truncatedCharacter: return ":1:14: " + utf8
            case .overlong: return ":1:12: " + utf8
            case .longLabelOnly: return ": error: no speaker labels found (a turn starts with a label such as 'Reporter: ' at the start of a paragraph)"
            case .frontMatterBomb: return ":2:1: error: front-matter key 'title' needs a text value"
            }
        }
    }

    @Test("refused transcripts: one exact message naming file, line and column; exit 2; no output file", arguments: Refused.allCases)
    func refused(_ transcript: Refused) throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let name = try sandbox.write(transcript.rawValue, transcript.bytes)
        let result = try sandbox.run(["tei", name, "-o", "out.xml"])
        #expect(!result.timedOut)
        #expect(result.status == 2)
        #expect(result.stderr == name + transcript.message + "\n")
        #expect(result.stdout.isEmpty)
        if ![.longLabelOnly, .frontMatterBomb, .loneBOM, .empty, .whitespace].contains(transcript) {
            // `convert dates` reads text the same way (it needs no speaker labels and takes empty text).
            let dates = try sandbox.run(["dates", name, "-o", "out.xml"])
            #expect(dates.status == 2)
            #expect(dates.stderr == name + transcript.message + "\n")
        }
        #expect(sandbox.files() == [name])
        #expect(sandbox.temporaryFolderIsEmpty)
    }

    /// `convert tei` then `convert text`: both succeed in time and the text is the input, byte for byte.
    private func roundTrip(_ bytes: [UInt8], timeout: Double = 60) throws -> (tei: Sandbox.Run, text: Sandbox.Run) {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let name = try sandbox.write("talk.txt", bytes)
        let tei = try sandbox.run(["tei", name, "-o", "talk.xml"], timeout: timeout)
        let text = try sandbox.run(["text", "talk.xml", "-o", "back.txt"], timeout: timeout)
        #expect(!tei.timedOut && !text.timedOut)
        #expect(tei.status == 0 && tei.stderr == "")
        #expect(text.status == 0 && text.stderr == "")
        #expect(try Data(contentsOf: URL(fileURLWithPath: sandbox.path("back.txt"))) == Data(bytes))
        #expect(sandbox.files() == ["back.txt", "talk.txt", "talk.xml"])
        #expect(sandbox.temporaryFolderIsEmpty)
        return (tei, text)
    }

    @Test("one line of 8 MB (the 100 MB line is measured by hand): converted and given back whole")
    func singleHugeLine() throws {
        _ = try roundTrip(HostileInputs.singleLineTranscript(bytes: 8 << 20))
    }

    @Test("100,000 tiny turns (a million is measured by hand): converted and given back whole")
    func manyTinyTurns() throws {
        _ = try roundTrip(HostileInputs.tinyTurns(100_000))
    }

    @Test("20,000 speakers with caption-like lines: linear, not quadratic (was minutes)")
    func manySpeakers() throws {
        _ = try roundTrip(HostileInputs.manySpeakers(20_000))
    }

    @Test("a 10,000-character line before a colon is not a label; the turn after it still is")
    func longLabel() throws {
        let long = String(repeating: "X", count: 10_000)
        let source = Array("\(long): hello\n\nReporter: hi\n\nGuest \(long): not a label either\n".utf8)
        let (tei, _) = try roundTrip(source)
        #expect(tei.status == 0)
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let name = try sandbox.write("talk.txt", source)
        let xml = try sandbox.run(["tei", name]).stdoutText
        #expect(xml.components(separatedBy: "<person ").count - 1 == 1)
        #expect(xml.contains(#"<note type="speaker">Reporter: </note>"#))
    }
}
