/// Finds noises, gaps, pauses and comments within lines of speech: a bracketed phrase of its own that
/// names one (`(LAUGHTER)`, `[inaudible]`, `[crosstalk 00:12:19]`, `(.)`, `(1.5)`, `{door slams}`), never
/// across a line break or brackets.
enum InlineEvents {
    /// The longest bracketed phrase taken for an event, in bytes.
    static let maximumLength = 80

    static func find(in text: String) -> [InlineEvent] {
        let bytes = Array(text.utf8)
        var events: [InlineEvent] = []
        var index = 0
        while index < bytes.count {
            let brackets: NonSpeechRules.Brackets
            switch bytes[index] {
            case UInt8(ascii: "("): brackets = .round
            case UInt8(ascii: "["): brackets = .square
            case UInt8(ascii: "{"): brackets = .curly
            default:
                index += 1
                continue
            }
            let close = UInt8(ascii: brackets.close.unicodeScalars.first!)
            let limit = min(bytes.count, index + maximumLength)
            var end = index + 1
            while end < limit, bytes[end] != close, !"()[]{}\n\r".utf8.contains(bytes[end]) { end += 1 }
            guard end < limit, bytes[end] == close, end > index + 1 else {
                index += 1
                continue
            }
            let inner = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
            if let kind = NonSpeechRules.inlineKind(of: inner[...], brackets: brackets) {
                events.append(InlineEvent(range: index..<(end + 1), kind: kind))
            }
            index = end + 1
        }
        return events
    }
}
