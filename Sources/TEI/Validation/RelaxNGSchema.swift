import CLibXML

/// A compiled RELAX NG schema (XML syntax). libxml2 writes validation state into the document and a
/// per-call context, never into the compiled schema, so one instance serves every thread.
final class RelaxNGSchema: CompiledSchema, @unchecked Sendable {
    private let pointer: xmlRelaxNGPtr
    let path: String
    let notes: [Diagnostic] = []

    /// Compiles the schema file at `path`.
    convenience init(path: String) throws(Diagnostic) {
        LibXML.initialize()
        try self.init(path: path, parser: xmlRelaxNGNewParserCtxt(path))
    }

    /// Compiles a schema held in memory (a reduced grammar); `path` names it in messages.
    convenience init(bytes: [UInt8], path: String) throws(Diagnostic) {
        LibXML.initialize()
        let parser = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { xmlRelaxNGNewMemParserCtxt($0.baseAddress, Int32(buffer.count)) }
        }
        try self.init(path: path, parser: parser)
    }

    private init(path: String, parser: xmlRelaxNGParserCtxtPtr?) throws(Diagnostic) {
        self.path = path
        guard let parser else { throw Diagnostic(file: path, code: "schema", message: "cannot read the schema") }
        defer { xmlRelaxNGFreeParserCtxt(parser) }
        let collector = ErrorCollector(file: path)
        tei_setRelaxNGParserErrors(parser, collector.opaque, ErrorCollector.callback)
        let compiled = collector.capturingThreadErrors { xmlRelaxNGParse(parser) }
        guard let compiled else {
            throw collector.firstError ?? Diagnostic(file: path, code: "schema", message: "the schema does not compile")
        }
        pointer = compiled
    }

    deinit {
        xmlRelaxNGFree(pointer)
    }

    func validate(_ document: XMLDocument, file: String) -> [Diagnostic] {
        let collector = ErrorCollector(file: file)
        guard let context = xmlRelaxNGNewValidCtxt(pointer) else { return [collector.startFailure(path)] }
        defer { xmlRelaxNGFreeValidCtxt(context) }
        tei_setRelaxNGValidErrors(context, collector.opaque, ErrorCollector.callback)
        let result = collector.capturingThreadErrors { xmlRelaxNGValidateDoc(context, document.pointer) }
        return collector.verdict(result: result, schema: path)
    }
}
