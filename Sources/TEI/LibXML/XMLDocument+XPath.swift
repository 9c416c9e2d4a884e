import CLibXML

extension XMLDocument {
    /// The string values of the nodes that `xpath` selects, with `tei:` bound to the TEI namespace.
    func strings(_ xpath: String) -> [String] {
        guard let context = xmlXPathNewContext(pointer) else { return [] }
        defer { xmlXPathFreeContext(context) }
        xmlXPathRegisterNs(context, "tei", TEIConvert.teiNamespace)
        guard let result = xmlXPathEvalExpression(xpath, context) else { return [] }
        defer { xmlXPathFreeObject(result) }
        guard let nodes = result.pointee.nodesetval, nodes.pointee.nodeNr > 0 else {
            if result.pointee.type == XPATH_STRING { return [LibXML.string(result.pointee.stringval) ?? ""] }
            if result.pointee.type == XPATH_NUMBER { return [String(Int(result.pointee.floatval))] }
            return []
        }
        return (0..<Int(nodes.pointee.nodeNr)).map { index in
            let content = xmlNodeGetContent(nodes.pointee.nodeTab[index])
            defer { tei_xmlFree(content) }
            return LibXML.string(content) ?? ""
        }
    }
}
