/// One `param` of a RELAX NG `data` pattern: a facet name and its value, kept verbatim.
struct RelaxNGParameter: Hashable, Sendable {
    var name: String
    var value: String
}
