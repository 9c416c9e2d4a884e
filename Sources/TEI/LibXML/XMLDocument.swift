import CLibXML

/// Owns one libxml2 document tree and frees it. Internal: no libxml2 type leaves the library.
final class XMLDocument {
    let pointer: xmlDocPtr

    /// A new document whose root element `name` is in the namespace `namespace`, declared as the
    /// default one or with `prefix`.
    init(root name: String, namespace: String, prefix: String? = nil) {
        LibXML.initialize()
        pointer = xmlNewDoc("1.0")
        let root = xmlNewDocNode(pointer, nil, name, nil)!
        xmlSetNs(root, xmlNewNs(root, namespace, prefix))
        xmlDocSetRootElement(pointer, root)
    }

    /// Parses `bytes` with `options` (by default `LibXML.safeParseOptions`); throws the error that explains
    /// a failure (`ParseFailure`). No external resource is ever loaded (`ExternalLoads`): where `options`
    /// substitute entities and the document uses an external one, the parse fails with `external-entity`.
    init(parsing bytes: [UInt8], file: String?, options: Int32 = LibXML.safeParseOptions) throws(Diagnostic) {
        LibXML.initialize()
        if let empty = ParseFailure.emptiness(of: bytes, file: file) { throw empty }
        guard bytes.count <= Int(Int32.max) else { throw ParseFailure.tooLarge(bytes.count, file: file) }
        guard let context = xmlNewParserCtxt() else {
            throw Diagnostic(file: file, code: "xml-parse", message: "libxml2 could not start a parser (out of memory?)")
        }
        defer { xmlFreeParserCtxt(context) }
        tei_useSizedIDTable(context)
        let log = ParserErrorLog()
        let (document, refusals) = ExternalLoads.scope(.refuseAll, parser: context) {
            log.capturing {
                bytes.withUnsafeBufferPointer { buffer in
                    buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                        xmlCtxtReadMemory(context, $0, Int32(buffer.count), file ?? "-", nil, options)
                    }
                }
            }
        }
        guard let document else { throw ParseFailure.diagnostic(log.entries, bytes: bytes, file: file) }
        guard refusals.isEmpty else {
            xmlFreeDoc(document)
            throw ParseFailure.refused(refusals, file: file)
        }
        pointer = document
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    var root: XMLElement {
        XMLElement(document: self, pointer: xmlDocGetRootElement(pointer)!)
    }

    /// Puts `<?xml-model?>` naming our RELAX NG schema before the root element.
    func insertSchemaModel() {
        let type = #"type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0""#
        insertBeforeRoot(processingInstruction: "xml-model", content: #"href="\#(TEIConvert.schemaFileName)" \#(type)"#)
    }

    /// Puts a processing instruction before the root element.
    func insertBeforeRoot(processingInstruction name: String, content: String) {
        let instruction = xmlNewDocPI(pointer, name, content)!
        xmlAddPrevSibling(xmlDocGetRootElement(pointer), instruction)
    }

    /// The document indented (as `serialized(indent: true)`) around a placeholder: `parent` gets an
    /// empty child element, and the bytes before its line and after it come back, for a caller to write
    /// the parent's real children in between, a part at a time.
    func serialized(aroundPlaceholderIn parent: XMLElement) -> (before: [UInt8], after: [UInt8]) {
        let name = "tei-convert-placeholder"
        parent.append(name)
        let bytes = serialized(indent: true)
        let marker = Array("<\(name)/>\n".utf8)
        guard let at = (0...(bytes.count - marker.count)).first(where: { bytes[$0] == marker[0] && bytes[$0..<($0 + marker.count)].elementsEqual(marker) }),
              let lineStart = bytes[..<at].lastIndex(of: UInt8(ascii: "\n")) else {
            preconditionFailure("the placeholder is missing from the serialized document")
        }
        return (Array(bytes[...lineStart]), Array(bytes[(at + marker.count)...]))
    }

    /// The root element alone, UTF-8, without an XML declaration (to be put inside another document).
    /// With `indent`, as in `serialized(indent:)`.
    func serializedRoot(indent: Bool) -> [UInt8] {
        let buffer = xmlBufferCreate()!
        defer { xmlBufferFree(buffer) }
        let options = Int32(XML_SAVE_NO_DECL.rawValue) | (indent ? Int32(XML_SAVE_FORMAT.rawValue) : 0)
        guard let context = xmlSaveToBuffer(buffer, "UTF-8", options) else { return [] }
        xmlSaveTree(context, xmlDocGetRootElement(pointer))
        xmlSaveClose(context)
        guard let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
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
