import Foundation
import Testing
import TEI

/// Prints how fast the date recognizer reads text; it checks nothing and runs only when asked:
///
///     DATE_SPEED=20 swift test -c release --filter DateSpeed
///
/// (the value is how many megabytes to read; 20 if it is not a number). The text is the development set's
/// sentences, markup stripped, repeated: far denser in dates than talk, so a lower bound. Debug
/// builds are many times slower than release ones.
@Suite("DateSpeed")
struct DateSpeedTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["DATE_SPEED"] != nil))
    func printSpeed() throws {
        let megabytes = Int(ProcessInfo.processInfo.environment["DATE_SPEED"] ?? "") ?? 20
        let url = TestPaths.fixtures.appendingPathComponent("dates/dev.txt")
        let set = try DevSet(text: String(decoding: try TestPaths.bytes(url), as: UTF8.self))
        let paragraph = set.sentences.map(\.text).joined(separator: "\n") + "\n"
        var text = ""
        text.reserveCapacity(megabytes * 1_000_000 + paragraph.utf8.count)
        while text.utf8.count < megabytes * 1_000_000 { text += paragraph }
        let size = Double(text.utf8.count) / 1e6
        var report = "date speed: \(String(format: "%.1f", size)) MB of dated sentences\n"
        for documentDate in [nil, "2019-12-03"] {
            let recognizer = DateRecognizer(documentDate: documentDate)
            var best = Double.infinity
            var count = 0
            for _ in 0..<3 {
                let start = DispatchTime.now().uptimeNanoseconds
                count = recognizer.mentions(in: text).count
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            report += "  document date \(documentDate ?? "none"): \(count) dates, best of 3 "
            report += String(format: "%.3f s, %.1f MB/s\n", best, size / best)
        }
        print(report, terminator: "")
    }
}
