/// What a rule read a date expression as, before it is written out as a ``DateValue``.
///
/// Plain values, so that trying rules copies no strings; only the winning match is turned into ISO
/// strings.
enum DateReading: Sendable, Equatable {
    /// The tokens look like a date but are not a valid one ("31 February 2019", "2020 people"):
    /// consume them and report nothing.
    case veto
    /// A single point or period: `@when`.
    case point(PartialDate)
    /// A span, both ends included: `@from` and `@to`.
    case span(PartialDate, PartialDate)

    /// The TEI attributes, or `nil` for a veto.
    var value: DateValue? {
        switch self {
        case .veto: return nil
        case .point(let date): return .when(date.iso)
        case .span(let from, let to): return .range(from: from.iso, to: to.iso)
        }
    }
}
