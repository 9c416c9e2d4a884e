/// The element and attribute names one document, or a batch of documents, uses, and which attributes
/// each element name carries there. A RELAX NG grammar reduced to a name set decides validity exactly as
/// the full grammar for every document whose names are all in the set and whose elements carry
/// attributes as `attributeUsage` says (see `RelaxNGGrammar.reduced(to:)`); more names than needed are
/// always safe, usage only for the documents it was taken from (or a union of them).
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
    /// For element names whose attributes are known: which attributes their elements carry. A name of
    /// `elements` without an entry is an element whose attributes may be any of `attributes`.
    var attributeUsage: [QualifiedName: AttributeUsage]

    init(elements: Set<QualifiedName> = [], attributes: Set<QualifiedName> = [], plainAttributeValues: Bool = true,
         attributeUsage: [QualifiedName: AttributeUsage] = [:]) {
        self.elements = elements
        self.attributes = attributes
        self.plainAttributeValues = plainAttributeValues
        self.attributeUsage = attributeUsage
    }

    /// Adds the names of `other`, so that one reduced grammar serves both documents.
    mutating func formUnion(_ other: NameSet) {
        var usage: [QualifiedName: AttributeUsage] = [:]
        for name in elements.union(other.elements) {
            switch (attributeUsage[name], other.attributeUsage[name]) {
            case (var mine?, let theirs?):
                mine.formUnion(theirs)
                usage[name] = mine
            case (let mine?, nil) where !other.elements.contains(name):
                usage[name] = mine
            case (nil, let theirs?) where !elements.contains(name):
                usage[name] = theirs
            default:
                break
            }
        }
        attributeUsage = usage
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
