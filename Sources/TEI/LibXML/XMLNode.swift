import CLibXML

/// Read access to libxml2 nodes for the readers of a parsed tree (valid while their document lives).
///
/// `walk` goes through a subtree in document order without recursion, so that documents nesting elements
/// 100,000 deep cost heap, never stack. It never goes below a node that is not an element: the children
/// of an entity reference are the entity's declaration, shared by every reference (entities are not
/// expanded).
enum XMLNode {
    /// What the walk does with an element's children.
    enum Step {
        case descend
        case skip
    }

    static func walk(_ root: xmlNodePtr, enter: (xmlNodePtr) -> Step, leave: (xmlNodePtr) -> Void) {
        var node = root
        descending: while true {
            let step = enter(node)
            if step == .descend, node.pointee.type == XML_ELEMENT_NODE, let child = node.pointee.children {
                node = child
                continue descending
            }
            while true {
                if node.pointee.type == XML_ELEMENT_NODE { leave(node) }
                if node == root { return }
                if let next = node.pointee.next {
                    node = next
                    continue descending
                }
                guard let parent = node.pointee.parent else { return }
                node = parent
            }
        }
    }

    /// Whether `node` is an element named `name` (local name) in the TEI namespace or in none.
    static func isTEI(_ node: xmlNodePtr, _ name: String) -> Bool {
        node.pointee.type == XML_ELEMENT_NODE && localTEIName(node) == name
    }

    /// The local name of an element in the TEI namespace (or in no namespace); `nil` for any other node,
    /// and for elements of other namespaces (MathML, TEI examples, XInclude, ...).
    static func localTEIName(_ node: xmlNodePtr) -> String? {
        guard node.pointee.type == XML_ELEMENT_NODE else { return nil }
        if let namespace = node.pointee.ns, let href = namespace.pointee.href {
            guard xmlStrEqual(href, TEIConvert.teiNamespace) != 0 else { return nil }
        }
        return LibXML.string(node.pointee.name)
    }

    /// The element siblings before and after `node`, skipping text, comments and processing instructions.
    static func previousElement(_ node: xmlNodePtr) -> xmlNodePtr? {
        var current = node.pointee.prev
        while let sibling = current, sibling.pointee.type != XML_ELEMENT_NODE { current = sibling.pointee.prev }
        return current
    }

    static func nextElement(_ node: xmlNodePtr) -> xmlNodePtr? {
        var current = node.pointee.next
        while let sibling = current, sibling.pointee.type != XML_ELEMENT_NODE { current = sibling.pointee.next }
        return current
    }

    /// The first element child of `node` named `name` (TEI namespace or none).
    static func firstChild(_ node: xmlNodePtr, named name: String) -> xmlNodePtr? {
        var current = node.pointee.children
        while let child = current {
            if isTEI(child, name) { return child }
            current = child.pointee.next
        }
        return nil
    }

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
