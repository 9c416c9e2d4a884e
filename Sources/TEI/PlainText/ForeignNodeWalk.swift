import CLibXML

/// Walks a libxml2 subtree in document order without recursion, so that documents nesting elements
/// 100,000 deep cost heap, never stack.
///
/// `enter` sees every node (elements, text, CDATA, entity references, comments, ...) and decides whether
/// the walk goes into an element's children; `leave` sees every element after its children (or right
/// after `enter` when they were skipped). The walk never goes below a node that is not an element: the
/// children of an entity reference are the entity's declaration, shared by every reference, and are
/// never visited (entities are not expanded).
enum ForeignNodeWalk {
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

    /// The value of the attribute `name` (no namespace) of an element, if present.
    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetNoNsProp(node, name) else { return nil }
        defer { tei_xmlFree(value) }
        return LibXML.string(value)
    }

    /// The value of the attribute `name` in the XML namespace (`xml:id`, `xml:lang`), if present.
    static func xmlAttribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetNsProp(node, name, "http://www.w3.org/XML/1998/namespace") else { return nil }
        defer { tei_xmlFree(value) }
        return LibXML.string(value)
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

    /// The element children of `node`, in order.
    static func elementChildren(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var current = node.pointee.children
        while let child = current {
            if child.pointee.type == XML_ELEMENT_NODE { result.append(child) }
            current = child.pointee.next
        }
        return result
    }
}
