/// The timing line of a subtitle cue: `00:00:01,000 --> 00:00:04,000` (SRT), `00:01.000 --> 00:04.000
/// align:start` (WebVTT, hours optional, settings after the times).
public struct CueTiming: Sendable, Equatable {
    /// When the cue starts, in milliseconds from the start of the recording.
    public var start: Int
    /// When the cue ends, in milliseconds from the start of the recording.
    public var end: Int

    /// A timing from its two times, in milliseconds.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// The timing in `line`, or `nil` when the line is not a timing line.
    public init?(line: Substring) {
        let parts = line.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count >= 3, parts[1] == "-->", let start = Self.milliseconds(parts[0]), let end = Self.milliseconds(parts[2]) else {
            return nil
        }
        self.start = start
        self.end = end
    }

    /// `[HH:]MM:SS[,.]mmm` in milliseconds.
    static func milliseconds(_ text: Substring) -> Int? {
        guard let separator = text.lastIndex(where: { $0 == "," || $0 == "." }) else { return nil }
        let fraction = text[text.index(after: separator)...]
        let clock = text[..<separator].split(separator: ":", omittingEmptySubsequences: false)
        guard fraction.count == 3, (2...3).contains(clock.count), fraction.allSatisfy(\.isASCIIDigit),
              clock.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCIIDigit) }),
              clock.dropFirst().allSatisfy({ $0.count == 2 })
        else { return nil }
        let units = clock.map { Int($0)! }
        let (hours, minutes, seconds) = units.count == 3 ? (units[0], units[1], units[2]) : (0, units[0], units[1])
        guard minutes < 60, seconds < 60 else { return nil }
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + Int(fraction)!
    }

    /// `HH:MM:SS.mmm`, as TEI's `when/@absolute` (an XML Schema time) wants it.
    static func clock(_ milliseconds: Int) -> String {
        let seconds = milliseconds / 1000
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let fraction = String(milliseconds % 1000)
        return "\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60)).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
