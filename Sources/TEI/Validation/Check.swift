/// Our own checks: what a schema cannot say about a TEI document. All are on by default.
public enum Check: String, Sendable, CaseIterable, Codable {
    /// Every `#id` in a pointer attribute (`@who`, `@corresp`, `@ref`, `@target`, `@start`, `@end`, ...)
    /// resolves to an `xml:id` in the document or in a file named with `--ids-from`.
    case references
    /// Every `xml:id` is an NCName and unique.
    case ids
    /// `@when` is not combined with `@from`, `@to`, `@notBefore` or `@notAfter` on one element.
    case dating
    /// Dates in dating attributes are real calendar dates (no 31 February).
    case calendar

    /// One line for `--list-checks`.
    public var summary: String {
        switch self {
        case .references: "every #id in @who, @corresp, @ref, @target, @start, @end, ... resolves to an xml:id"
        case .ids: "every xml:id is an NCName and unique"
        case .dating: "@when is not combined with @from, @to, @notBefore or @notAfter"
        case .calendar: "dates in @when, @from, @to, @notBefore, @notAfter are real calendar dates"
        }
    }
}
