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
}
