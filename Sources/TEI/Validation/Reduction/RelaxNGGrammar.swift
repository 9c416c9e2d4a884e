import Foundation

/// A RELAX NG schema read once and kept as a flat grammar, to be reduced to the names of a document
/// (or a batch of documents) before libxml2 compiles it. libxml2 takes many seconds to compile a big
/// schema such as TEI's `tei_all` (and never finishes on some customisations); the reduced grammar is
/// a small fraction of it and gives the same verdict on every document whose names it was reduced to.
///
/// ```swift
/// let grammar = try RelaxNGGrammar(path: path)                 // once: about 30 ms for tei_all
/// let document = try XMLDocument(parsing: bytes, file: name)   // the parse libxml2 validates
/// if let reduced = grammar.reduced(to: NameSet(document: document)),
///    let schema = try? RelaxNGSchema(bytes: reduced, path: path) {
///     diagnostics = schema.validate(document, file: name)      // a few ms in all
/// } // else compile the full schema
/// ```
///
/// With a reduced grammar libxml2's messages on an invalid document can differ from those with the full
/// one: they name only expected elements that the document uses, and when no pattern for the root
/// element survives (its start is `notAllowed`) libxml2 says nothing but "invalid".
///
/// Schemas the reducer does not handle (`include`, `externalRef`, anything malformed) are still read
/// without error: `reduced(to:)` then gives `nil` and `unsupported` says why, and the caller compiles
/// the full schema, whose compiler resolves or reports what is there.
struct RelaxNGGrammar: Sendable {
    /// The schema's path or name, as given.
    let name: String
    /// The flattened grammar, or why the schema cannot be reduced.
    let grammar: Result<RelaxNGFlatGrammar, RelaxNGGrammarReader.Unsupported>
    /// `grammar.referrers`, worked out once for all reductions.
    private let referrers: [[Int]]

    /// Reads the RELAX NG schema (XML syntax) at `path`. Throws if it cannot be read or is not XML.
    init(path: String) throws(Diagnostic) {
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw Diagnostic(file: path, code: "schema", message: "cannot read the schema")
        }
        try self.init(bytes: bytes, name: path)
    }

    /// Reads a RELAX NG schema (XML syntax) from `bytes`; `name` names it in diagnostics.
    init(bytes: [UInt8], name: String) throws(Diagnostic) {
        self.name = name
        guard !bytes.isEmpty else { throw Diagnostic(file: name, code: "schema", message: "the schema is empty") }
        let document = try XMLDocument(parsing: bytes, file: name)
        grammar = Result { () throws(RelaxNGGrammarReader.Unsupported) in try RelaxNGGrammarReader.read(document) }
        referrers = (try? grammar.get().referrers) ?? []
    }

    /// Why the schema cannot be reduced, or `nil` when it can.
    var unsupported: RelaxNGGrammarReader.Unsupported? {
        if case .failure(let reason) = grammar { return reason }
        return nil
    }

    /// The number of named defines after `combine` (nested grammars' starts count as defines).
    var defineCount: Int? { try? grammar.get().defines.count }

    /// The grammar reduced to `names`, or `nil` when the schema cannot be reduced.
    func reducedGrammar(to names: NameSet) -> RelaxNGFlatGrammar? {
        try? grammar.get().reduced(to: names, referrers: referrers)
    }

    /// The grammar reduced to `names` with stubs for absent names (for messages), or `nil`.
    func reducedGrammarWithStubs(to names: NameSet) -> RelaxNGFlatGrammar? {
        try? grammar.get().reducedWithStubs(to: names, referrers: referrers)
    }

    /// The grammar reduced to `names`, serialized in RELAX NG XML syntax (UTF-8) for libxml2 to compile
    /// from memory; `nil` when the schema cannot be reduced (compile the full schema then). Valid for
    /// every document that uses only names in `names`: such a document is valid against it exactly when
    /// it is valid against the full schema.
    func reduced(to names: NameSet) -> [UInt8]? {
        reducedGrammar(to: names)?.serialized()
    }
}
