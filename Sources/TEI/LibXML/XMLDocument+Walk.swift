import CLibXML

extension XMLDocument {
    /// Calls `visit` for every element in document order, without recursion (documents may nest deeply).
    func forEachElement(_ visit: (xmlNodePtr) -> Void) {
        guard var node = xmlDocGetRootElement(pointer) else { return }
        let root = node
        while true {
            visit(node)
            if let child = Self.firstElement(from: node.pointee.children) {
                node = child
                continue
            }
            while node != root, Self.firstElement(from: node.pointee.next) == nil {
                node = node.pointee.parent
            }
            if node == root { return }
            node = Self.firstElement(from: node.pointee.next)!
        }
    }

    private static func firstElement(from start: xmlNodePtr?) -> xmlNodePtr? {
        var node = start
        while let current = node, current.pointee.type != XML_ELEMENT_NODE { node = current.pointee.next }
        return node
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
