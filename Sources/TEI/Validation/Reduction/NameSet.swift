/// The element and attribute names one document, or a batch of documents, uses. A RELAX NG grammar
/// reduced to a name set decides validity exactly as the full grammar for every document whose names
/// are all in the set (see `RelaxNGGrammar.reduced(to:)`); more names than needed are always safe.
struct NameSet: Hashable, Sendable {
    /// Expanded names of elements.
    var elements: Set<QualifiedName>
    /// Expanded names of attributes (namespace declarations are not attributes).
    var attributes: Set<QualifiedName>
    /// Whether every attribute value holds only characters of the categories L, M, N, P and S (as
    /// libxml2's Unicode tables know them) and XML white space: then TEI's `teidata.word` pattern
    /// `[^\p{C}\p{Z}]+` says no more than "one token", which the reducer can write without the pattern
    /// facet that libxml2 compiles afresh for every value it checks.
    var plainAttributeValues: Bool

    init(elements: Set<QualifiedName> = [], attributes: Set<QualifiedName> = [], plainAttributeValues: Bool = true) {
        self.elements = elements
        self.attributes = attributes
        self.plainAttributeValues = plainAttributeValues
    }

    /// Adds the names of `other`, so that one reduced grammar serves both documents.
    mutating func formUnion(_ other: NameSet) {
        elements.formUnion(other.elements)
        attributes.formUnion(other.attributes)
        plainAttributeValues = plainAttributeValues && other.plainAttributeValues
    }

    /// The names of both sets.
    func union(_ other: NameSet) -> NameSet {
        var copy = self
        copy.formUnion(other)
        return copy
    }
}
