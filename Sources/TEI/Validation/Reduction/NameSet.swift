/// The element and attribute names one document, or a batch of documents, uses. A RELAX NG grammar
/// reduced to a name set decides validity exactly as the full grammar for every document whose names
/// are all in the set (see `RelaxNGGrammar.reduced(to:)`); more names than needed are always safe.
struct NameSet: Hashable, Sendable {
    /// Expanded names of elements.
    var elements: Set<QualifiedName>
    /// Expanded names of attributes (namespace declarations are not attributes).
    var attributes: Set<QualifiedName>

    init(elements: Set<QualifiedName> = [], attributes: Set<QualifiedName> = []) {
        self.elements = elements
        self.attributes = attributes
    }

    /// Adds the names of `other`, so that one reduced grammar serves both documents.
    mutating func formUnion(_ other: NameSet) {
        elements.formUnion(other.elements)
        attributes.formUnion(other.attributes)
    }

    /// The names of both sets.
    func union(_ other: NameSet) -> NameSet {
        var copy = self
        copy.formUnion(other)
        return copy
    }
}
