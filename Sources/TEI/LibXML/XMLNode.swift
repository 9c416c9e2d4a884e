import CLibXML

/// Read access to libxml2 nodes for the readers of a parsed tree (valid while their document lives).
enum XMLNode {
    /// The local name of an element, or `nil` for other nodes.
    static func elementName(_ node: xmlNodePtr) -> String? {
        node.pointee.type == XML_ELEMENT_NODE ? LibXML.string(node.pointee.name) : nil
    }

    /// The child elements of `node`, in order.
    static func childElements(of node: xmlNodePtr) -> [xmlNodePtr] {
        children(of: node).filter { $0.pointee.type == XML_ELEMENT_NODE }
    }

    /// All children of `node`, in order.
    static func children(of node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            result.append(current)
            child = current.pointee.next
        }
        return result
    }

    /// An attribute without namespace (or `xml:` attributes by their local name with `xml` true).
    static func attribute(_ name: String, of node: xmlNodePtr, xml: Bool = false) -> String? {
        let value = xml ? xmlGetNsProp(node, name, "http://www.w3.org/XML/1998/namespace") : xmlGetNoNsProp(node, name)
        guard let value else { return nil }
        defer { tei_xmlFree(value) }
        return LibXML.string(value)
    }

    /// The text of a text or CDATA node; `nil` for other nodes.
    static func text(_ node: xmlNodePtr) -> String? {
        guard node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE else { return nil }
        return LibXML.string(node.pointee.content) ?? ""
    }

    /// The concatenated text of an element's text children (not its descendants', and no entity expansion).
    static func ownText(of node: xmlNodePtr) -> String {
        children(of: node).compactMap(text).joined()
    }
}
