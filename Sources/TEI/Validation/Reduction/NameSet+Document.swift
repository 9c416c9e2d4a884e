import CLibXML

extension NameSet {
    /// The names of every element and attribute in `document`, and which attributes each element name
    /// carries, as libxml2 parsed it (so as its RELAX NG validator sees it). The content of entities
    /// that stayed unexpanded is read too: extra names only make a reduced grammar larger, never wrong.
    init(document: XMLDocument) {
        self.init()
        guard let root = xmlDocGetRootElement(document.pointer) else { return }
        // Counted by libxml2's name pointers (names are interned per document), turned into names once.
        var elementCounts: [NameKey: Int] = [:]
        var attributeCounts: [AttributeKey: Int] = [:]
        var visitedEntities: Set<UnsafeMutableRawPointer> = []
        var hasEntityReferences = false
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let element = NameKey(local: node.pointee.name, namespace: node.pointee.ns?.pointee.href)
                elementCounts[element, default: 0] += 1
                var attribute = node.pointee.properties
                while let current = attribute {
                    let name = NameKey(local: current.pointee.name, namespace: current.pointee.ns?.pointee.href)
                    attributeCounts[AttributeKey(element: element, attribute: name), default: 0] += 1
                    if plainAttributeValues { plainAttributeValues = Self.isPlain(current.pointee.children) }
                    attribute = current.pointee.next
                }
                Self.pushChildren(of: node.pointee.children, onto: &stack)
            case XML_ENTITY_REF_NODE:
                hasEntityReferences = true
                if let entity = xmlGetDocEntity(document.pointer, node.pointee.name),
                   visitedEntities.insert(UnsafeMutableRawPointer(entity)).inserted {
                    Self.pushChildren(of: entity.pointee.children, onto: &stack)
                }
            default:
                break
            }
        }
        // Keys that differ only by pointer are one name: add up their counts.
        var instances: [QualifiedName: Int] = [:]
        for (key, count) in elementCounts { instances[key.name, default: 0] += count }
        var carriers: [QualifiedName: [QualifiedName: Int]] = [:]
        for (key, count) in attributeCounts { carriers[key.element.name, default: [:]][key.attribute.name, default: 0] += count }
        for (element, count) in instances {
            let carried = carriers[element] ?? [:]
            var usage = AttributeUsage(Set(carried.keys))
            usage.always = Set(carried.filter { $0.value == count }.keys)
            attributeUsage[element] = usage
            attributes.formUnion(carried.keys)
        }
        elements = Set(instances.keys)
        // libxml2 treats an entity reference left in element content differently in the content it
        // compiles to automata and in the content it interprets; specialized attributes change which
        // is which, so such a document keeps the attribute patterns as the schema has them.
        if hasEntityReferences { attributeUsage = [:] }
    }

    /// A name as libxml2 holds it: its local part and namespace URI, by pointer.
    private struct NameKey: Hashable {
        var local: UnsafePointer<xmlChar>?
        var namespace: UnsafePointer<xmlChar>?

        var name: QualifiedName { QualifiedName(LibXML.string(namespace) ?? "", LibXML.string(local) ?? "") }
    }

    /// An attribute name on an element name.
    private struct AttributeKey: Hashable {
        var element: NameKey
        var attribute: NameKey
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
}
