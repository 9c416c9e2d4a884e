import CLibXML

/// The text of a subtree, read from its text nodes (never through `xmlNodeGetContent`, which expands
/// entities).
enum ForeignNodeText {
    /// The text with whitespace normalised (`ForeignLine`); `<lb/>`, `<pb/>` and `<cb/>` separate
    /// words unless `break="no"`; an unexpanded entity reference is written as `&name;`.
    static func normalized(_ node: xmlNodePtr) -> String {
        var line = ForeignLine()
        XMLNode.walk(node, enter: { current in
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { line.append(cString: content) }
            case XML_ENTITY_REF_NODE:
                line.append(literal: entityReference(current))
            case XML_ELEMENT_NODE:
                if let name = XMLNode.localTEIName(current), name == "lb" || name == "pb" || name == "cb" {
                    if XMLNode.attribute("break", of: current) == "no" { line.glue() } else { line.softSpace() }
                    return .skip
                }
                return .descend
            default:
                break
            }
            return .skip
        }, leave: { _ in })
        return String(decoding: line.bytes, as: UTF8.self)
    }

    /// The text exactly as its text nodes hold it (XPath's string value, entities written as `&name;`).
    static func raw(_ node: xmlNodePtr, into bytes: inout [UInt8]) {
        XMLNode.walk(node, enter: { current in
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { appendCString(content, to: &bytes) }
            case XML_ENTITY_REF_NODE:
                bytes.append(contentsOf: entityReference(current).utf8)
            case XML_ELEMENT_NODE:
                return .descend
            default:
                break
            }
            return .skip
        }, leave: { _ in })
    }

    /// An entity reference that was not expanded, as it stands in the source: `&name;`.
    static func entityReference(_ node: xmlNodePtr) -> String {
        "&" + (LibXML.string(node.pointee.name) ?? "") + ";"
    }

    static func appendCString(_ pointer: UnsafePointer<UInt8>, to bytes: inout [UInt8]) {
        var current = pointer
        while current.pointee != 0 {
            bytes.append(current.pointee)
            current += 1
        }
    }
}
