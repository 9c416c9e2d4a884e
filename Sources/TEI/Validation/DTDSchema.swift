import CLibXML

/// A parsed external DTD. libxml2 2.9 has no per-context structured error handler for DTD validation,
/// so errors are captured with the calling thread's handler around the (synchronous) call.
final class DTDSchema: CompiledSchema, @unchecked Sendable {
    private let pointer: xmlDtdPtr
    let path: String
    let notes: [Diagnostic] = []

    init(path: String) throws(Diagnostic) {
        LibXML.initialize()
        self.path = path
        let collector = ErrorCollector(file: path)
        guard let dtd = ExternalLoads.scope(.localFilesOnly, { collector.capturingThreadErrors { xmlParseDTD(nil, path) } }).result else {
            throw collector.firstError ?? Diagnostic(file: path, code: "schema", message: "cannot read the DTD")
        }
        pointer = dtd
    }

    deinit {
        xmlFreeDtd(pointer)
    }

    func validate(_ document: XMLDocument, file: String) -> [Diagnostic] {
        let collector = ErrorCollector(file: file)
        guard let context = xmlNewValidCtxt() else { return [collector.startFailure(path)] }
        defer { xmlFreeValidCtxt(context) }
        context.pointee.error = nil
        context.pointee.warning = nil
        let result = collector.capturingThreadErrors { xmlValidateDtd(context, document.pointer, pointer) }
        return collector.verdict(result: result == 1 ? 0 : 1, schema: path)
    }
}
