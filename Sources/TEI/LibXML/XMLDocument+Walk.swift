import CLibXML

extension XMLDocument {
    /// Calls `visit` for every element in document order, without recursion (documents may nest deeply).
    func forEachElement(_ visit: (xmlNodePtr) -> Void) {
        guard let root = xmlDocGetRootElement(pointer) else { return }
        XMLNode.walk(root, enter: { node in
            if node.pointee.type == XML_ELEMENT_NODE { visit(node) }
            return .descend
        }, leave: { _ in })
    }

    /// The attributes of an element as (namespace URI, local name, value).
    static func attributes(of element: xmlNodePtr) -> [(namespace: String?, name: String, value: String)] {
        var result: [(String?, String, String)] = []
        var attribute = element.pointee.properties
        while let current = attribute {
            let value = xmlNodeListGetString(element.pointee.doc, current.pointee.children, 1)
            defer { tei_xmlFree(value) }
            result.append((current.pointee.ns.flatMap { LibXML.string($0.pointee.href) },
                           LibXML.string(current.pointee.name) ?? "", LibXML.string(value) ?? ""))
            attribute = current.pointee.next
        }
        return result
    }
}
