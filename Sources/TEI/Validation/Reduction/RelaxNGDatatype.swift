/// The datatype of a RELAX NG `data` or `value` pattern, with its inherited `datatypeLibrary`.
struct RelaxNGDatatype: Hashable, Sendable {
    /// The datatype library URI in force (the empty string is RELAX NG's built-in library).
    var library: String
    /// The datatype's name; `nil` for a `value` written without `type` (RELAX NG's built-in `token`,
    /// whatever library is in force).
    var type: String?
}
