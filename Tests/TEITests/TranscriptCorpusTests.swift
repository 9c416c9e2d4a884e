import Foundation
import Testing
@testable import TEI

/// Transcripts written by others, read as transcripts: turn boundaries and speakers against ground truth.
@Suite("Reading real transcripts from the shared corpora", .enabled(if: TestPaths.sharedCorporaWanted))
struct TranscriptCorpusTests {
    static let siParl = TestPaths.shared.appendingPathComponent("corpora/transcripts/siparl")

    @Test("the siParl session's speaker text gives its ground truth: labels, speaker grouping, segment counts")
    func siParl() throws {
        let text = Self.siParl.appendingPathComponent("KPZONOJFSPD-Redna-021-1998-11-25.speaker-text.txt")
        let truthFile = Self.siParl.appendingPathComponent("KPZONOJFSPD-Redna-021-1998-11-25.turns-groundtruth.tsv")
        #expect(FileManager.default.fileExists(atPath: text.path), "missing \(text.path)")
        let rows = String(decoding: try TestPaths.bytes(truthFile), as: UTF8.self)
            .split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        let transcript = try TranscriptReader().read(try TestPaths.bytes(text))
        let turns = transcript.turns
        #expect(turns.count == rows.count)
        for (turn, row) in zip(turns, rows) {
            #expect(turn.label.trimmingSpaces() == row[3])
            #expect(turn.paragraphs.count == Int(row[4]), "\(row[0])")
        }
        // The same speaker in the ground truth is the same participant here, and only then.
        for (first, firstRow) in zip(turns, rows) {
            for (second, secondRow) in zip(turns, rows) {
                #expect((first.speakerID == second.speakerID) == (firstRow[1] == secondRow[1]))
            }
        }
    }

    @Test("the ParlaMint-GB sitting rebuilt as 'Name: text' gives the turns and speakers of its TEI; its agenda heading is no turn")
    func parlaMintGB() throws {
        let url = TestPaths.shared.appendingPathComponent("corpora/transcripts/parlamint-gb/ParlaMint-GB_2022-07-21-commons.xml")
        #expect(FileManager.default.fileExists(atPath: url.path), "missing \(url.path)")
        let document = try XMLDocument(parsing: try TestPaths.bytes(url), file: url.lastPathComponent)
        let who = document.strings("//*[local-name()='u']/@who")
        let segments = document.strings("//*[local-name()='u']").indices.map { index in
            Int(document.strings("count((//*[local-name()='u'])[\(index + 1)]/*[local-name()='seg'])").first ?? "") ?? -1
        }
        #expect(who.count == 4)
        let text = ForeignText(options: TextOptions()).render(document)
        let transcript = try TranscriptReader().read(Array(text.utf8))
        let turns = transcript.turns
        #expect(turns.map(\.label) == who.map { String($0.dropFirst()) + ": " })
        #expect(turns.map(\.paragraphs.count) == segments)
        for (first, firstWho) in zip(turns, who) {
            for (second, secondWho) in zip(turns, who) { #expect((first.speakerID == second.speakerID) == (firstWho == secondWho)) }
        }
        let headings = transcript.blocks.compactMap { block -> String? in
            if case .nonSpeech(let item) = block, item.kind == .heading { return item.text }
            return nil
        }
        #expect(headings == ["Free Trade Agreement: India"])
    }
}
