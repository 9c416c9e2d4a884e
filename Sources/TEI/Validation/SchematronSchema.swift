import CLibXML
import Foundation

/// A compiled ISO or 1.5 Schematron schema, with what libxml2's engine can run: XPath 1.0 only, no
/// `let`, no XSLT functions such as `current()`. What it cannot run is left out and listed in `notes`.
final class SchematronSchema: CompiledSchema, @unchecked Sendable {
    private let pointer: xmlSchematronPtr
    /// The schema's tree: libxml2's compiled rules point into it, so it lives as long as they do.
    private let tree: XMLDocument
    let path: String
    let notes: [Diagnostic]

    static let namespaces = ["http://purl.oclc.org/dsdl/schematron", "http://www.ascc.net/xml/schematron"]

    init(path: String) throws(Diagnostic) {
        LibXML.initialize()
        self.path = path
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw Diagnostic(file: path, code: "schema", message: "cannot read the schema")
        }
        let tree = try XMLDocument(parsing: bytes, file: path)
        self.tree = tree
        Self.namePatterns(in: tree)
        let pruned = ErrorCollector(file: path).capturingThreadErrors { SchematronPruning.prune(tree, path: path) }
        guard let parser = xmlSchematronNewDocParserCtxt(tree.pointer) else {
            throw Diagnostic(file: path, code: "schema", message: "cannot read the schema")
        }
        defer { xmlSchematronFreeParserCtxt(parser) }
        let collector = ErrorCollector(file: path)
        guard let compiled = ExternalLoads.scope(.localFilesOnly, { collector.capturingThreadErrors { xmlSchematronParse(parser) } }).result else {
            throw collector.firstError ?? Diagnostic(file: path, code: "schema", message: "the schema does not compile")
        }
        pointer = compiled
        notes = pruned + collector.diagnostics.map { var warning = $0; warning.severity = .warning; return warning }
    }

    /// libxml2 2.9 fails every validation (an "internal error") when a pattern has neither `@id` nor
    /// `@name`, which ISO Schematron allows: give such patterns an `@id`.
    private static func namePatterns(in tree: XMLDocument) {
        var count = 0
        tree.forEachElement { node in
            guard LibXML.string(node.pointee.name) == "pattern", let ns = node.pointee.ns,
                  namespaces.contains(LibXML.string(ns.pointee.href) ?? ""),
                  xmlHasProp(node, "id") == nil, xmlHasProp(node, "name") == nil
            else { return }
            count += 1
            xmlSetProp(node, "id", "pattern-\(count)")
        }
    }

    deinit {
        xmlSchematronFree(pointer)
    }

    func validate(_ document: XMLDocument, file: String) -> [Diagnostic] {
        let collector = ErrorCollector(file: file)
        let options = Int32(XML_SCHEMATRON_OUT_QUIET.rawValue | XML_SCHEMATRON_OUT_ERROR.rawValue)
        guard let context = xmlSchematronNewValidCtxt(pointer, options) else { return [collector.startFailure(path)] }
        defer { xmlSchematronFreeValidCtxt(context) }
        tei_setSchematronValidErrors(context, collector.opaque, ErrorCollector.callback)
        let result = collector.capturingThreadErrors { xmlSchematronValidateDoc(context, document.pointer) }
        return collector.verdict(result: result, schema: path).map(Self.withoutLocationPrefix)
    }

    /// libxml2 starts each assertion's message with `PATH line N: `; the diagnostic has both already.
    private static func withoutLocationPrefix(_ diagnostic: Diagnostic) -> Diagnostic {
        var copy = diagnostic
        if let range = copy.message.range(of: #"^\S* line \d+: "#, options: .regularExpression) {
            copy.message.removeSubrange(range)
        }
        return copy
    }
}
