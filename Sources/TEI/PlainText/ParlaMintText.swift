import CLibXML

/// The text of a document in the form of ParlaMint's released `.txt` files: one line per `<u>`, in
/// document order, `xml:id`, a tab, the utterance's text, a line feed. The text is what ParlaMint's
/// `parlamint-tei2text.xsl` makes of the utterance:
///
/// - the text nodes of the `u`, its `seg`s and everything in them, concatenated as they stand (so two
///   `seg`s are joined by the whitespace between them, which becomes one space), then whitespace
///   normalised as XPath `normalize-space` does (space, tab, CR, LF only; U+00A0 is kept);
/// - `note`, `gap`, `vocal`, `kinesic` and `incident` inside the utterance (any type, between or inside
///   segments) as `[[` + their normalised text + `]]`, in place; `<gap reason="x"/>` with no text is
///   `[[]]`. With `includeNotes == false` they are left out (ParlaMint has no such option);
/// - in linguistically annotated (`.ana`) files, each `w` and `pc` as its text plus a space unless
///   `join="right"`; text directly inside `s` outside `w`/`pc` is not taken (the whitespace between
///   tokens), as in the script;
/// - `<lb/>`, `<pb/>` and other empty elements give nothing (unlike the `.text` format, where they
///   separate words): the script only copies text;
/// - an unexpanded entity reference as `&name;`; comments and processing instructions give nothing;
/// - no header (`includeHeader` is ignored), nothing outside `u`; an `u` without `xml:id` gives a line
///   that starts with the tab. A document without `u` gives empty text.
struct ParlaMintText {
    let options: TextOptions

    func render(_ document: XMLDocument) -> [UInt8] {
        var output: [UInt8] = []
        guard let root = xmlDocGetRootElement(document.pointer) else { return output }
        XMLNode.walk(root, enter: { node in
            guard let name = XMLNode.localTEIName(node) else { return .descend }
            switch name {
            case "teiHeader", "standOff":
                return .skip
            case "u":
                output.append(contentsOf: (XMLNode.attribute("id", of: node, xml: true) ?? "").utf8)
                output.append(0x09)
                output.append(contentsOf: normalizeSpace(utteranceText(node)))
                output.append(0x0A)
                return .skip
            default:
                return .descend
            }
        }, leave: { _ in })
        return output
    }

    /// The text of one utterance before `normalize-space`.
    private func utteranceText(_ utterance: xmlNodePtr) -> [UInt8] {
        var text: [UInt8] = []
        var sentenceDepth = 0
        XMLNode.walk(utterance, enter: { node in
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if sentenceDepth == 0, let content = node.pointee.content {
                    ForeignNodeText.appendCString(content, to: &text)
                }
                return .skip
            case XML_ENTITY_REF_NODE:
                if sentenceDepth == 0 { text.append(contentsOf: ForeignNodeText.entityReference(node).utf8) }
                return .skip
            case XML_ELEMENT_NODE:
                break
            default:
                return .skip
            }
            switch XMLNode.localTEIName(node) {
            case "note", "gap", "vocal", "kinesic", "incident":
                if options.includeNotes {
                    var inner: [UInt8] = []
                    ForeignNodeText.raw(node, into: &inner)
                    text.append(contentsOf: "[[".utf8)
                    text.append(contentsOf: normalizeSpace(inner))
                    text.append(contentsOf: "]]".utf8)
                }
                return .skip
            case "w", "pc":
                ForeignNodeText.raw(node, into: &text)
                if XMLNode.attribute("join", of: node) != "right" { text.append(0x20) }
                return .skip
            case "s":
                sentenceDepth += 1
                return .descend
            default:
                return .descend
            }
        }, leave: { node in
            if sentenceDepth > 0, XMLNode.isTEI(node, "s") { sentenceDepth -= 1 }
        })
        return text
    }

    /// XPath `normalize-space`: no leading or trailing XML whitespace, each inner run one space.
    private func normalizeSpace(_ bytes: [UInt8]) -> [UInt8] {
        var line = ForeignLine()
        line.append(text: bytes)
        return line.bytes
    }
}
