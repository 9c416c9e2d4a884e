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

    private static func name(_ local: UnsafePointer<xmlChar>?, _ namespace: xmlNsPtr?) -> QualifiedName {
        QualifiedName(LibXML.string(namespace?.pointee.href) ?? "", LibXML.string(local) ?? "")
    }
}
