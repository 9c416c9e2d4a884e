/// A date expression found in a text, with its normalised value.
public struct DateMention: Sendable, Equatable {
    /// Where the expression stands, as UTF-8 byte offsets into the text it was found in.
    public var range: Range<Int>
    /// What the expression means.
    public var value: DateValue

    public init(range: Range<Int>, value: DateValue) {
        self.range = range
        self.value = value
    }
}

/// The normalised value of a date expression, as TEI's dating attributes express it (ISO 8601 values).
///
/// Either `when` is set, or some of the range attributes are: never both.
public struct DateValue: Sendable, Equatable {
    public var when: String?
    public var from: String?
    public var to: String?
    public var notBefore: String?
    public var notAfter: String?
    /// `high`, `medium` or `low` where the reading is uncertain; `nil` when certain.
    public var certainty: String?

    public init(when: String? = nil, from: String? = nil, to: String? = nil, notBefore: String? = nil,
                notAfter: String? = nil, certainty: String? = nil) {
        self.when = when
        self.from = from
        self.to = to
        self.notBefore = notBefore
        self.notAfter = notAfter
        self.certainty = certainty
    }

    /// A single point or period: `2020`, `2019-12`, `2019-12-03`.
    public static func when(_ value: String) -> DateValue { DateValue(when: value) }
    /// A span from one value to another, both included.
    public static func range(from: String, to: String) -> DateValue { DateValue(from: from, to: to) }
}
