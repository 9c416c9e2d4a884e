/// The time points of a transcript: its subtitle cues (`CueTiming`) and the time stamps in its labels
/// (rev.com's `Speaker 1 (00:12):`), written as a TEI `<timeline>` in milliseconds from an origin `T0`,
/// each point a `<when xml:id="T3" interval="4500" since="#T0"/>` that cue notes (`@synch`) and
/// utterances (`@start`, `@end`) point to.
struct Timeline {
    /// The distinct times, in milliseconds, ascending.
    private let times: [Int]
    private let indexes: [Int: Int]
    private let idPrefix: String

    /// The timeline of the cues in `transcript` (at body level and inside turns).
    init(_ transcript: Transcript, idPrefix: String) {
        var times: Set<Int> = []
        for item in Self.cues(in: transcript) {
            guard let timing = CueTiming(line: item.text[...]) else { continue }
            times.insert(timing.start)
            times.insert(timing.end)
        }
        for turn in transcript.turns {
            if let time = Self.labelTime(turn.label) { times.insert(time) }
            for paragraph in turn.paragraphs {
                for event in paragraph.events where event.kind == .timestamp {
                    if let time = Self.stampTime(paragraph.text, event.range) { times.insert(time) }
                }
            }
        }
        self.times = times.sorted()
        indexes = Dictionary(uniqueKeysWithValues: self.times.enumerated().map { ($1, $0 + 1) })
        self.idPrefix = idPrefix
    }

    var isEmpty: Bool { times.isEmpty }

    /// `#T3`: a reference to the point at `milliseconds`.
    func reference(_ milliseconds: Int) -> String {
        "#" + idPrefix + "T\(indexes[milliseconds] ?? 0)"
    }

    /// `<timeline unit="ms" origin="#T0">` with the origin and every point.
    func write(into parent: XMLElement) {
        let timeline = parent.append("timeline")
        timeline.set("unit", "ms")
        timeline.set("origin", "#" + idPrefix + "T0")
        let origin = timeline.append("when")
        origin.set("xml:id", idPrefix + "T0")
        origin.set("absolute", CueTiming.clock(0))
        for time in times {
            let when = timeline.append("when")
            when.set("xml:id", idPrefix + "T\(indexes[time]!)")
            when.set("interval", String(time))
            when.set("since", "#" + idPrefix + "T0")
        }
    }

    /// The time stamp in a label, `(00:12)`, `[01:02:03]`: in milliseconds.
    static func labelTime(_ label: String) -> Int? {
        guard let open = label.firstIndex(where: { $0 == "(" || $0 == "[" }),
              let close = label[open...].firstIndex(where: { $0 == ")" || $0 == "]" }) else { return nil }
        return clockTime(label[label.index(after: open)..<close])
    }

    /// The time of a stamp in speech, its brackets at `range` (UTF-8 offsets) of `text`.
    static func stampTime(_ text: String, _ range: Range<Int>) -> Int? {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound + 1)
        let end = utf8.index(utf8.startIndex, offsetBy: range.upperBound - 1)
        return clockTime(text[start..<end])
    }

    /// `MM:SS` or `HH:MM:SS` (one or two digits each) in milliseconds.
    static func clockTime(_ text: Substring) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count),
              parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        let units = parts.map { Int($0)! }
        guard units.dropFirst().allSatisfy({ $0 < 60 }) else { return nil }
        return units.reduce(0) { $0 * 60 + $1 } * 1000
    }

    private static func cues(in transcript: Transcript) -> [NonSpeech] {
        transcript.blocks.flatMap { block -> [NonSpeech] in
            switch block {
            case .nonSpeech(let item): return item.kind == .cue ? [item] : []
            case .turn(let turn):
                return turn.parts.compactMap { part in
                    if case .nonSpeech(let item) = part, item.kind == .cue { return item }
                    return nil
                }
            case .unattributed: return []
            }
        }
    }
}
