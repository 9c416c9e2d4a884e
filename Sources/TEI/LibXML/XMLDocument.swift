import CLibXML

/// Owns one libxml2 document tree and frees it. Internal: no libxml2 type leaves the library.
final class XMLDocument {
    let pointer: xmlDocPtr

    /// A new document whose root element `name` is in the default namespace `namespace`.
    init(root name: String, namespace: String) {
        LibXML.initialize()
        pointer = xmlNewDoc("1.0")
        let root = xmlNewDocNode(pointer, nil, name, nil)!
        xmlSetNs(root, xmlNewNs(root, namespace, nil))
        xmlDocSetRootElement(pointer, root)
    }

    /// Parses `bytes` with `options` (by default `LibXML.safeParseOptions`); throws the first error.
    init(parsing bytes: [UInt8], file: String?, options: Int32 = LibXML.safeParseOptions) throws(Diagnostic) {
        LibXML.initialize()
        let collector = ErrorCollector(file: file)
        let document = collector.capturingThreadErrors {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
                    xmlReadMemory($0, Int32(clamping: buffer.count), file ?? "-", nil, options)
                }
            }
        }
        guard let document else {
            throw collector.diagnostics.first(where: { $0.severity == .error })
                ?? Diagnostic(file: file, code: "xml-parse", message: "the document could not be parsed")
        }
        pointer = document
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    var root: XMLElement {
        XMLElement(document: self, pointer: xmlDocGetRootElement(pointer)!)
    }

    /// Puts a processing instruction before the root element.
    func insertBeforeRoot(processingInstruction name: String, content: String) {
        let instruction = xmlNewDocPI(pointer, name, content)!
        xmlAddPrevSibling(xmlDocGetRootElement(pointer), instruction)
    }

    /// The document as UTF-8 with an XML declaration. With `indent`, elements that hold only elements
    /// are indented; elements with text (mixed content) are written exactly as they are.
    func serialized(indent: Bool) -> [UInt8] {
        var memory: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpFormatMemoryEnc(pointer, &memory, &size, "UTF-8", indent ? 1 : 0)
        guard let memory else { return [] }
        defer { tei_xmlFree(memory) }
        return Array(UnsafeBufferPointer(start: memory, count: Int(size)))
    }
}
