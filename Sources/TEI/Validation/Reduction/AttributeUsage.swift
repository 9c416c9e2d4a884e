/// Which attributes the elements of one name carry in a document: those every one of them has, and
/// those at least one has. An element's attribute patterns can be rewritten for exactly these
/// (`RelaxNGAttributeSpecializer`).
struct AttributeUsage: Hashable, Sendable {
    /// Attributes present on every element of the name.
    var always: Set<QualifiedName>
    /// Attributes present on at least one element of the name.
    var sometimes: Set<QualifiedName>

    /// The usage of one element carrying `attributes`.
    init(_ attributes: Set<QualifiedName>) {
        always = attributes
        sometimes = attributes
    }

    /// Adds the elements of `other`.
    mutating func formUnion(_ other: AttributeUsage) {
        always.formIntersection(other.always)
        sometimes.formUnion(other.sometimes)
    }
}
