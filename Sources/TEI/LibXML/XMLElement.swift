import CLibXML

/// An element of an `XMLDocument`, valid while the document lives (it keeps the document alive).
struct XMLElement {
    let document: XMLDocument
    let pointer: xmlNodePtr

    var name: String { LibXML.string(pointer.pointee.name) ?? "" }

    /// Appends a child element in this element's namespace and returns it.
    @discardableResult
    func append(_ name: String) -> XMLElement {
        let child = xmlNewDocNode(document.pointer, pointer.pointee.ns, name, nil)!
        xmlAddChild(pointer, child)
        return XMLElement(document: document, pointer: child)
    }

    /// Appends a child element holding `text` (taken literally, never parsed for markup or entities).
    @discardableResult
    func append(_ name: String, text: String) -> XMLElement {
        let child = append(name)
        child.appendText(text)
        return child
    }

    /// Serialises the children (elements only), each on a line of its own indented as if this element
    /// stood `level` levels deep in an indented document, then removes and frees them: the same bytes as
    /// `XMLDocument.serialized(indent: true)` writes for them in place, a part at a time.
    func drainChildren(level: Int) -> [UInt8] {
        guard let buffer = xmlAllocOutputBuffer(nil) else { return [] }
        let indent = Array(repeating: UInt8(ascii: " "), count: 2 * (level + 1))
        var child = pointer.pointee.children
        while let current = child {
            child = current.pointee.next
            indent.withUnsafeBufferPointer { _ = xmlOutputBufferWrite(buffer, Int32($0.count), UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self)) }
            xmlNodeDumpOutput(buffer, document.pointer, current, Int32(level + 1), 1, "UTF-8")
            _ = xmlOutputBufferWrite(buffer, 1, "\n")
            xmlUnlinkNode(current)
            xmlFreeNode(current)
        }
        let bytes = Array(UnsafeBufferPointer(start: xmlOutputBufferGetContent(buffer), count: Int(xmlOutputBufferGetSize(buffer))))
        xmlOutputBufferClose(buffer)
        return bytes
    }

    /// Appends literal text. An empty string still adds a text node: it marks the element as mixed
    /// content, so that an indenting serialiser adds no whitespace inside it.
    func appendText(_ text: String) {
        let node = text.utf8.withContiguousStorageIfAvailable { buffer in
            xmlNewDocTextLen(document.pointer, buffer.baseAddress, Int32(buffer.count))
        } ?? xmlNewDocText(document.pointer, text)
        xmlAddChild(pointer, node)
    }

    /// Sets an attribute; `xml:id` and `xml:lang` go into the XML namespace.
    ///
    /// `xml:` attributes are made without `xmlSetProp`, which enters every `xml:id` into the document's
    /// ID table: in libxml2 2.9 that table stops growing at 16,384 buckets, so a million turns (two
    /// million IDs) took minutes. Nothing looks IDs up in a document being written.
    func set(_ name: String, _ value: String) {
        guard name.hasPrefix("xml:") else {
            xmlSetProp(pointer, name, value)
            return
        }
        let local = String(name.dropFirst(4))
        let namespace = xmlSearchNsByHref(document.pointer, pointer, Self.xmlNamespace)
        if let existing = xmlHasNsProp(pointer, local, Self.xmlNamespace) { xmlRemoveProp(existing) }
        guard let attribute = xmlNewNsProp(pointer, namespace, local, nil), let text = xmlNewDocText(document.pointer, value) else { return }
        attribute.pointee.children = text
        attribute.pointee.last = text
        text.pointee.parent = UnsafeMutableRawPointer(attribute).assumingMemoryBound(to: xmlNode.self)
    }

    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    /// Sets an attribute when `value` is not `nil`.
    func set(_ name: String, ifPresent value: String?) {
        if let value { set(name, value) }
    }

    /// The path of an element by local names, with a position among same-named siblings where there
    /// are several: `/TEI/text/body/u[3]`.
    static func path(of node: xmlNodePtr) -> String? {
        var steps: [String] = []
        var current: xmlNodePtr? = node
        while let element = current, element.pointee.type == XML_ELEMENT_NODE {
            let name = LibXML.string(element.pointee.name) ?? "*"
            var position = 1
            var total = 1
            var sibling = element.pointee.prev
            while let node = sibling {
                if node.pointee.type == XML_ELEMENT_NODE, LibXML.string(node.pointee.name) == name { position += 1 }
                sibling = node.pointee.prev
            }
            sibling = element.pointee.next
            while let node = sibling, total == 1 {
                if node.pointee.type == XML_ELEMENT_NODE, LibXML.string(node.pointee.name) == name { total += 1 }
                sibling = node.pointee.next
            }
            steps.append(position + total > 2 ? "\(name)[\(position)]" : name)
            current = element.pointee.parent
        }
        return steps.isEmpty ? nil : "/" + steps.reversed().joined(separator: "/")
    }
}
