import CLibXML
import Foundation

/// A big RELAX NG schema validated the fast way: for each document, the grammar reduced to the names the
/// document uses (`RelaxNGGrammar`), which libxml2 compiles in milliseconds and which gives the same
/// verdict as the full schema. Reduced grammars are cached by name set; where a grammar cannot be reduced
/// or compiled, the full schema is compiled once, under the time limit, and used instead.
final class ReducedRelaxNGSchema: CompiledSchema, @unchecked Sendable {
    let path: String
    let notes: [Diagnostic] = []
    private let grammar: RelaxNGGrammar
    private let timeLimit: Double
    private let lock = NSLock()
    private var reduced: [Key: Reduced] = [:]
    private var full: Result<RelaxNGSchema, Diagnostic>?

    /// How many reduced grammars are kept; beyond, the cache starts again.
    static let cacheSize = 256

    init(grammar: RelaxNGGrammar, path: String, timeLimit: Double) {
        self.grammar = grammar
        self.path = path
        self.timeLimit = timeLimit
    }

    func validate(_ document: XMLDocument, file: String) -> [Diagnostic] {
        let names = NameSet(document: document)
        let verdict: [(diagnostic: Diagnostic, node: xmlNodePtr?)]
        switch reduced(to: names, stubs: false) {
        case .unavailable:
            return validateWithFullSchema(document, file: file)
        case .rootNotAllowed:
            verdict = [(rootNotAllowed(in: document, file: file), nil)]
        case .schema(let schema):
            verdict = schema.validateWithNodes(document, file: file)
        }
        guard verdict.contains(where: { $0.diagnostic.severity == .error }) else { return verdict.map(\.diagnostic) }
        // Invalid: the grammar with stubs gives the same verdict and messages that can name what is missing.
        // The grammar with stubs keeps the schema's attribute patterns: were it to find the document valid,
        // its verdict is the one to trust.
        if case .schema(let schema) = reduced(to: names, stubs: true) {
            let explained = schema.validateWithNodes(document, file: file)
            guard explained.contains(where: { $0.diagnostic.severity == .error }) else { return explained.map(\.diagnostic) }
            return explainingAttributes(explained)
        }
        return explainingAttributes(verdict)
    }

    /// libxml2 says only "Element u failed to validate attributes": add which attributes the schema does
    /// not allow there, and which required ones are missing.
    private func explainingAttributes(_ results: [(diagnostic: Diagnostic, node: xmlNodePtr?)]) -> [Diagnostic] {
        var rules: [QualifiedName: RelaxNGFlatGrammar.AttributeRules] = [:]
        return results.map { diagnostic, node in
            guard diagnostic.message.hasSuffix("failed to validate attributes"), let node,
                  let full = try? grammar.grammar.get() else { return diagnostic }
            let element = QualifiedName(LibXML.string(node.pointee.ns?.pointee.href) ?? "", LibXML.string(node.pointee.name) ?? "")
            let known = rules[element] ?? full.attributeRules(ofElement: element)
            rules[element] = known
            let present = Set(XMLDocument.attributes(of: node).map { QualifiedName($0.namespace ?? "", $0.name) })
            let unexpected = known.wildcard ? [] : present.subtracting(known.allowed).sorted()
            let missing = known.required.subtracting(present).sorted()
            var notes: [String] = []
            if !unexpected.isEmpty { notes.append("not allowed here: " + unexpected.map(Self.display).joined(separator: ", ")) }
            if !missing.isEmpty { notes.append("required but missing: " + missing.map(Self.display).joined(separator: ", ")) }
            if notes.isEmpty { notes.append("no attribute is unknown or missing by itself: check the values, and which attributes go together") }
            var explained = diagnostic
            explained.message += " (" + notes.joined(separator: "; ") + ")"
            return explained
        }
    }

    /// `@xml:id`, `@who`, `@{namespace}name`.
    private static func display(_ name: QualifiedName) -> String {
        name.namespace == OwnChecks.xmlNamespace ? "@xml:" + name.local : "@" + name.description
    }

    /// A reduced grammar's cache key.
    private struct Key: Hashable {
        var names: NameSet
        var stubs: Bool
    }

    /// What the grammar reduced to a name set is, compiled.
    private enum Reduced {
        case schema(RelaxNGSchema)
        /// No pattern for the root element is left: no document with these names is valid.
        case rootNotAllowed
        /// The schema cannot be reduced, or libxml2 refuses the reduced grammar: use the full schema.
        case unavailable
    }

    /// The grammar reduced to `names` (with stubs, or not), from the cache (documents of one corpus
    /// often have the same names), or reduced and compiled now.
    private func reduced(to names: NameSet, stubs: Bool) -> Reduced {
        let key = Key(names: names, stubs: stubs)
        if let known = lock.withLock({ reduced[key] }) { return known }
        let result: Reduced
        if let grammar = stubs ? grammar.reducedGrammarWithStubs(to: names) : grammar.reducedGrammar(to: names) {
            if grammar.start == .notAllowed {
                result = stubs ? .unavailable : .rootNotAllowed
            } else if let schema = try? RelaxNGSchema(bytes: grammar.serialized(), path: path) {
                result = .schema(schema)
            } else {
                result = .unavailable
            }
        } else {
            result = .unavailable
        }
        // A full cache is emptied, and its schemas freed, outside the lock the other workers wait on.
        let evicted = lock.withLock { () -> [Key: Reduced] in
            let full = reduced.count >= Self.cacheSize ? reduced : [:]
            if !full.isEmpty { reduced = [:] }
            reduced[key] = result
            return full
        }
        withExtendedLifetime(evicted) {}
        return result
    }

    private func rootNotAllowed(in document: XMLDocument, file: String) -> Diagnostic {
        let root = xmlDocGetRootElement(document.pointer)
        let name = root.flatMap { LibXML.string($0.pointee.name) } ?? "?"
        return Diagnostic(file: file, line: root.map { Int(xmlGetLineNo($0)) }, code: "invalid",
                          message: "the root element <\(name)> is not allowed by \(path) (nothing the schema starts with matches it)",
                          path: "/" + name)
    }

    private func validateWithFullSchema(_ document: XMLDocument, file: String) -> [Diagnostic] {
        let compiled = lock.withLock { () -> Result<RelaxNGSchema, Diagnostic> in
            if let full { return full }
            let path = self.path
            let result = Deadline.run(seconds: timeLimit) { () -> Result<RelaxNGSchema, Diagnostic> in
                do throws(Diagnostic) { return .success(try RelaxNGSchema(path: path)) } catch { return .failure(error) }
            } ?? .failure(SchemaCache.timeLimitDiagnostic(path: path, language: .relaxNG, seconds: timeLimit))
            full = result
            return result
        }
        switch compiled {
        case .success(let schema): return schema.validate(document, file: file)
        case .failure(let diagnostic):
            return [Diagnostic(file: file, code: "schema-failed", message: "not checked against \(path): \(diagnostic.message)")]
        }
    }
}
