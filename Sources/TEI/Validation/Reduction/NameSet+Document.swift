import CLibXML

extension NameSet {
    /// The names of every element and attribute in `document`, as libxml2 parsed it (so as its RELAX NG
    /// validator sees it). The content of entities that stayed unexpanded is read too: extra names only
    /// make a reduced grammar larger, never wrong.
    init(document: XMLDocument) {
        self.init()
        add(document: document)
    }

    /// Adds the names used in `document`.
    mutating func add(document: XMLDocument) {
        guard let root = xmlDocGetRootElement(document.pointer) else { return }
        var visitedEntities: Set<UnsafeMutableRawPointer> = []
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                elements.insert(Self.name(node.pointee.name, node.pointee.ns))
                var attribute = node.pointee.properties
                while let current = attribute {
                    attributes.insert(Self.name(current.pointee.name, current.pointee.ns))
                    if plainAttributeValues { plainAttributeValues = Self.isPlain(current.pointee.children) }
                    attribute = current.pointee.next
                }
                Self.pushChildren(of: node.pointee.children, onto: &stack)
            case XML_ENTITY_REF_NODE:
                if let entity = xmlGetDocEntity(document.pointer, node.pointee.name),
                   visitedEntities.insert(UnsafeMutableRawPointer(entity)).inserted {
                    Self.pushChildren(of: entity.pointee.children, onto: &stack)
                }
            default:
                break
            }
        }
    }

    private static func pushChildren(of first: xmlNodePtr?, onto stack: inout [xmlNodePtr]) {
        var child = first
        while let current = child {
            stack.append(current)
            child = current.pointee.next
        }
    }

    /// Whether an attribute's value (its child nodes) is one text of plain characters (`plainAttributeValues`).
    private static func isPlain(_ children: xmlNodePtr?) -> Bool {
        guard let text = children else { return true }
        guard text.pointee.type == XML_TEXT_NODE, text.pointee.next == nil, let content = text.pointee.content else { return false }
        let bytes = UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content)))
        if bytes.allSatisfy({ (0x20...0x7E).contains($0) || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { return true }
        return String(decoding: bytes, as: UTF8.self).unicodeScalars.allSatisfy(isPlain)
    }

    /// XML white space, or a character of the categories L, M, N, P or S assigned by Unicode 4.0, which
    /// libxml2's category tables (Unicode 4.0.1) know.
    private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" { return true }
        guard let age = scalar.properties.age, age.major < 4 || (age.major == 4 && age.minor == 0) else { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .spaceSeparator, .lineSeparator, .paragraphSeparator:
            return false
        default:
            return true
        }
    }

    private static func name(_ local: UnsafePointer<xmlChar>?, _ namespace: xmlNsPtr?) -> QualifiedName {
        QualifiedName(LibXML.string(namespace?.pointee.href) ?? "", LibXML.string(local) ?? "")
    }
}
