import CLibXML

/// A compiled W3C XML Schema (XSD 1.0, as far as libxml2 implements it).
final class XMLSchemaSchema: CompiledSchema, @unchecked Sendable {
    private let pointer: xmlSchemaPtr
    let path: String
    let notes: [Diagnostic] = []

    init(path: String) throws(Diagnostic) {
        LibXML.initialize()
        self.path = path
        guard let parser = xmlSchemaNewParserCtxt(path) else {
            throw Diagnostic(file: path, code: "schema", message: "cannot read the schema")
        }
        defer { xmlSchemaFreeParserCtxt(parser) }
        let collector = ErrorCollector(file: path)
        tei_setSchemaParserErrors(parser, collector.opaque, ErrorCollector.callback)
        guard let compiled = ExternalLoads.scope(.localFilesOnly, { collector.capturingThreadErrors { xmlSchemaParse(parser) } }).result else {
            throw collector.firstError ?? Diagnostic(file: path, code: "schema", message: "the schema does not compile")
        }
        pointer = compiled
    }

    deinit {
        xmlSchemaFree(pointer)
    }

    func validate(_ document: XMLDocument, file: String) -> [Diagnostic] {
        let collector = ErrorCollector(file: file)
        guard let context = xmlSchemaNewValidCtxt(pointer) else { return [collector.startFailure(path)] }
        defer { xmlSchemaFreeValidCtxt(context) }
        tei_setSchemaValidErrors(context, collector.opaque, ErrorCollector.callback)
        let result = collector.capturingThreadErrors { xmlSchemaValidateDoc(context, document.pointer) }
        return collector.verdict(result: result, schema: path)
    }
}
