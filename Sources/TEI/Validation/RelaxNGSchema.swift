import CLibXML

/// A compiled RELAX NG schema (XML syntax). libxml2 writes validation state into the document and a
/// per-call context, never into the compiled schema, so one instance serves every thread.
final class RelaxNGSchema: CompiledSchema, @unchecked Sendable {
    private let pointer: xmlRelaxNGPtr
    let path: String
    let notes: [Diagnostic] = []

    /// Compiles the schema file at `path`.
    init(path: String) throws(Diagnostic) {
        LibXML.initialize()
        self.path = path
        pointer = try Self.compile(path: path, parser: xmlRelaxNGNewParserCtxt(path)).get()
    }

    /// Compiles a schema held in memory (a reduced grammar); `path` names it in messages.
    init(bytes: [UInt8], path: String) throws(Diagnostic) {
        LibXML.initialize()
        self.path = path
        // libxml2 reads the buffer while it compiles, not when the parser context is made: keep it alive.
        pointer = try bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                Self.compile(path: path, parser: xmlRelaxNGNewMemParserCtxt($0.baseAddress, Int32(buffer.count)))
            }
        }.get()
    }

    private static func compile(path: String, parser: xmlRelaxNGParserCtxtPtr?) -> Result<xmlRelaxNGPtr, Diagnostic> {
        guard let parser else { return .failure(Diagnostic(file: path, code: "schema", message: "cannot read the schema")) }
        defer { xmlRelaxNGFreeParserCtxt(parser) }
        let collector = ErrorCollector(file: path)
        tei_setRelaxNGParserErrors(parser, collector.opaque, ErrorCollector.callback)
        guard let compiled = ExternalLoads.scope(.localFilesOnly, { collector.capturingThreadErrors { xmlRelaxNGParse(parser) } }).result else {
            return .failure(collector.firstError ?? Diagnostic(file: path, code: "schema", message: "the schema does not compile"))
        }
        return .success(compiled)
    }

    deinit {
        xmlRelaxNGFree(pointer)
    }

    func validate(_ document: XMLDocument, file: String) -> [Diagnostic] {
        validateWithNodes(document, file: file).map(\.diagnostic)
    }

    /// The diagnostics, each with the node it is about where libxml2 says (valid while `document` lives).
    func validateWithNodes(_ document: XMLDocument, file: String) -> [(diagnostic: Diagnostic, node: xmlNodePtr?)] {
        let collector = ErrorCollector(file: file)
        guard let context = xmlRelaxNGNewValidCtxt(pointer) else { return [(collector.startFailure(path), nil)] }
        defer { xmlRelaxNGFreeValidCtxt(context) }
        tei_setRelaxNGValidErrors(context, collector.opaque, ErrorCollector.callback)
        let result = collector.capturingThreadErrors { xmlRelaxNGValidateDoc(context, document.pointer) }
        let diagnostics = collector.verdict(result: result, schema: path)
        return diagnostics.indices.map { ($0 < collector.nodes.count ? (diagnostics[$0], collector.nodes[$0]) : (diagnostics[$0], nil)) }
    }
}
