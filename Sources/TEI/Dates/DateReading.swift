/// How sure a reading is, written as TEI's `@cert` when it is not certain.
enum DateCertainty: UInt8, Sendable, Comparable {
    /// Read from the words alone: no `@cert`.
    case certain
    /// Resolved against the document date with a guess that is usually right: a year-less date's
    /// year, a bare weekday's week.
    case high
    /// Conventional bounds of a vague period: seasons, "early/mid/late", "circa", "N weeks ago".
    case medium
    case low

    /// The `@cert` value, or `nil` when certain.
    var attribute: String? {
        switch self {
        case .certain: return nil
        case .high: return "high"
        case .medium: return "medium"
        case .low: return "low"
        }
    }

    static func < (a: DateCertainty, b: DateCertainty) -> Bool { a.rawValue < b.rawValue }
}

/// What a rule read a date expression as, before it is written out as a ``DateValue``.
///
/// Plain values, so that trying rules copies no strings; only the winning match is turned into ISO
/// strings.
enum DateReading: Sendable, Equatable {
    /// The tokens look like a date but are not a valid one ("31 February 2019", "2020 people"):
    /// consume them and report nothing.
    case veto
    /// A single point or period: `@when`.
    case point(PartialDate, DateCertainty = .certain)
    /// A span, both ends included: `@from` and `@to`.
    case span(PartialDate, PartialDate, DateCertainty = .certain)

    /// The TEI attributes, or `nil` for a veto.
    var value: DateValue? {
        switch self {
        case .veto:
            return nil
        case .point(let date, let cert):
            return DateValue(when: date.iso, certainty: cert.attribute)
        case .span(let from, let to, let cert):
            return DateValue(from: from.iso, to: to.iso, certainty: cert.attribute)
        }
    }

    /// The same reading, no surer than `cert`.
    func atMost(_ cert: DateCertainty) -> DateReading {
        switch self {
        case .veto: return self
        case .point(let d, let c): return .point(d, max(c, cert))
        case .span(let a, let b, let c): return .span(a, b, max(c, cert))
        }
    }
}
