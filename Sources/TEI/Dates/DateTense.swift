/// Which way a sentence points from the document date, for reading year-less and bare dates:
/// "The deal will be signed in January" (future), "The deadline passed in October" (past).
enum DateTense: Sendable {
    case past, future, unknown

    /// How many tokens before and after the expression are looked at, at most.
    static let reach = 24

    /// The tense of the nearest cue around tokens `start..<end`, within the sentence: a future cue
    /// ("will", "’ll", "due", "expected", "plans", a present of schedules such as "ends" or "opens",
    /// a progressive after "is" or "are": "is leaving") or a past one ("was", "said", irregular pasts,
    /// words in "-ed" that are not passive participles). Unknown when there is none.
    static func around(_ t: DateTokenView, start: Int, end: Int) -> DateTense {
        var back = start - 1
        var ahead = end
        var backOpen = true
        var aheadOpen = true
        for _ in 0..<reach {
            if backOpen {
                let token = t[back]
                if isBoundary(token) {
                    backOpen = false
                } else if let tense = cue(t, back) {
                    return tense
                }
                back -= 1
            }
            if aheadOpen {
                let token = t[ahead]
                if isBoundary(token) {
                    aheadOpen = false
                } else if let tense = cue(t, ahead) {
                    return tense
                }
                ahead += 1
            }
            if !backOpen && !aheadOpen { break }
        }
        return .unknown
    }

    private static func isBoundary(_ token: DateToken) -> Bool {
        switch token.kind {
        case .end: return true
        case .symbol: return token.symbol == .period || token.symbol == .terminal || token.symbol == .semicolon
        default: return false
        }
    }

    private static func cue(_ t: DateTokenView, _ i: Int) -> DateTense? {
        let token = t[i]
        guard token.kind == .word else { return nil }
        switch token.lexeme {
        case .futureCue, .scheduleVerb: return .future
        case .pastCue:
            return t.isWord(i - 1, .auxiliary) ? nil : .past                 // "will be held"
        case .reportVerb, .ago, .yesterday: return .past
        case .tomorrow: return .future
        case .none:
            if token.isProgressiveLike {
                return t.isWord(i - 1, .auxiliary) ? .future : nil          // "is leaving in September"
            }
            guard token.isPastLike else { return nil }
            return t.isWord(i - 1, .auxiliary) ? nil : .past                 // "will be signed", "is closed"
        default:
            return nil
        }
    }
}
