import CLibXML

/// Reads a document with libxml2's `xmlTextReader`, which keeps only the part being read in memory: the
/// caller sees each element as it starts, and can have one element's whole subtree built (`expand`),
/// which is freed once the reader moves past it. Parsed with `LibXML.safeParseOptions`, loading nothing
/// from outside (`ExternalLoads`). Internal: no libxml2 type leaves the library.
final class XMLStreamReader {
    private let reader: OpaquePointer
    /// The bytes parsed from (the reader reads them in place).
    private let bytes: [UInt8]

    /// A reader over `bytes`, or `nil` if libxml2 cannot start one.
    init?(bytes: [UInt8], file: String?) {
        LibXML.initialize()
        guard !bytes.isEmpty, bytes.count <= Int(Int32.max) else { return nil }
        self.bytes = bytes
        let made = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReaderForMemory($0, Int32(buffer.count), file ?? "-", nil, LibXML.safeParseOptions)
            }
        }
        guard let made else { return nil }
        reader = made
    }

    deinit {
        xmlFreeTextReader(reader)
    }

    /// An element start the reader stands on.
    struct Element {
        /// The element's node: its name and attributes; its children only once expanded.
        let node: xmlNodePtr
        /// 0 for the root element.
        let depth: Int
    }

    /// Calls `visit` for each element start in document order, outside any scope of external loads
    /// (all refused). `visit` returns whether to expand the element: its subtree is then built and
    /// handed to `expanded`, and the reader goes on after it. Returns false if the document is not
    /// well-formed or a load was refused (the caller reads it the other way, which reports why).
    func forEachElement(_ visit: (Element) throws(Diagnostic) -> Bool,
                        expanded: (Element) throws(Diagnostic) -> Void) throws(Diagnostic) -> Bool {
        let log = ParserErrorLog()
        let outcome = ExternalLoads.scope(.refuseAll) {
            log.capturing { () -> Result<Bool, Diagnostic> in
                var status = xmlTextReaderRead(reader)
                // The document exists once the root element is read, before any `xml:id` in it but the
                // root's: give it an ID table sized for the input, as `XMLDocument` does
                // (`tei_startDocumentWithSizedIDTable`), or two million IDs take minutes.
                if status == 1 { tei_sizeIDTable(xmlTextReaderCurrentNode(reader)?.pointee.doc, bytes.count) }
                while status == 1 {
                    guard xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_ELEMENT.rawValue),
                          let node = xmlTextReaderCurrentNode(reader) else {
                        status = xmlTextReaderRead(reader)
                        continue
                    }
                    let element = Element(node: node, depth: Int(xmlTextReaderDepth(reader)))
                    do throws(Diagnostic) {
                        guard try visit(element) else {
                            status = xmlTextReaderRead(reader)
                            continue
                        }
                        guard let subtree = xmlTextReaderExpand(reader) else { return .success(false) }
                        try expanded(Element(node: subtree, depth: element.depth))
                    } catch {
                        return .failure(error)
                    }
                    status = xmlTextReaderNext(reader)
                }
                return .success(status == 0)
            }
        }
        guard outcome.refusals.isEmpty, log.entries.allSatisfy(\.isWarning) else { return false }
        return try outcome.result.get()
    }
}
