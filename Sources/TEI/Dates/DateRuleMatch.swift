/// What a ``DateRule`` found at a token: how far it reaches and what it means.
struct DateRuleMatch: Sendable {
    /// Index of the first token.
    var start: Int
    /// Index just past the last token.
    var end: Int
    /// The reading, possibly a veto.
    var reading: DateReading
    /// Whether the expression ends in a bare number that a unit or count word may turn into a
    /// quantity ("2020 people", "more than 2000").
    var countable: Bool

    init(start: Int, end: Int, reading: DateReading, countable: Bool = false) {
        self.start = start
        self.end = end
        self.reading = reading
        self.countable = countable
    }

    /// Whether the match is a veto.
    var isVeto: Bool { reading == .veto }
}
