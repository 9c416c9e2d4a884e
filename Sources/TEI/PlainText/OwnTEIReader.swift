import CLibXML

/// Reads TEI that tei-convert wrote back into the `Transcript` it came from, separators and all (see
/// `LayoutCode` and `BodyWriter` for the encoding it undoes).
struct OwnTEIReader {
    /// Whether `document` says tei-convert wrote it (`appInfo/application/@ident`).
    static func wrote(_ document: XMLDocument) -> Bool {
        !document.strings("/tei:TEI/tei:teiHeader/tei:encodingDesc/tei:appInfo/tei:application[@ident='tei-convert']").isEmpty
    }

    func read(_ document: XMLDocument, file: String) throws(Diagnostic) -> Transcript {
        guard let root = xmlDocGetRootElement(document.pointer),
              let text = XMLNode.childElements(of: root).first(where: { XMLNode.elementName($0) == "text" }),
              let body = XMLNode.childElements(of: text).first(where: { XMLNode.elementName($0) == "body" })
        else {
            throw Diagnostic(file: file, code: "not-our-tei", message: "the document has no TEI text/body")
        }
        var transcript = Transcript(layout: layout(of: text))
        var state = State(layout: transcript.layout)
        var label: (text: String, separator: String)?
        for element in XMLNode.childElements(of: body) {
            let name = XMLNode.elementName(element)
            if name == "note", XMLNode.attribute("type", of: element) == "speaker" {
                label = (XMLNode.ownText(of: element), state.separator(of: element))
            } else if name == "u", let opened = label {
                transcript.blocks.append(.turn(state.turn(element, label: opened.text, separator: opened.separator)))
                label = nil
            } else if name == "sp", let speaker = XMLNode.childElements(of: element).first,
                      XMLNode.elementName(speaker) == "speaker" {
                let separator = state.separator(of: speaker)
                transcript.blocks.append(.turn(state.turn(element, label: XMLNode.ownText(of: speaker), separator: separator)))
            } else if name == "p" {
                transcript.blocks.append(.unattributed(state.paragraph(element)))
            } else if let item = state.nonSpeech(element) {
                transcript.blocks.append(.nonSpeech(item))
            } else {
                throw Diagnostic(file: file, line: Int(xmlGetLineNo(element)), code: "not-our-tei",
                                 message: "unexpected <\(name ?? "?")> in the body of tei-convert's TEI", path: XMLElement.path(of: element))
            }
        }
        return transcript
    }

    /// `bom`, `eol-crlf`, `end-...` on `<text>`, and the front matter in `<front>` (its timeline is
    /// made from the cue notes in the body, which are read as they are).
    private func layout(of text: xmlNodePtr) -> Layout {
        let tokens = (XMLNode.attribute("rend", of: text) ?? "").split(separator: " ")
        var layout = Layout(lineEnding: tokens.contains("eol-crlf") ? "\r\n" : "\n", hasByteOrderMark: tokens.contains("bom"))
        layout.trailer = tokens.lazy.compactMap { LayoutCode.separator("end", from: $0) }.first ?? ""
        if let front = XMLNode.childElements(of: text).first(where: { XMLNode.elementName($0) == "front" }),
           let note = XMLNode.childElements(of: front).first(where: { XMLNode.attribute("type", of: $0) == "front-matter" }) {
            layout.frontMatter = XMLNode.ownText(of: note)
        }
        return layout
    }

    /// The reading position: which separator is the default for the next unit.
    private struct State {
        let layout: Layout
        var isFirstUnit = true

        /// The separator before `element`: from its `@rend`, or the default for its position.
        mutating func separator(of element: xmlNodePtr) -> String {
            let standard = isFirstUnit ? "" : layout.paragraphBreak
            isFirstUnit = false
            let tokens = (XMLNode.attribute("rend", of: element) ?? "").split(separator: " ")
            return tokens.lazy.compactMap { LayoutCode.separator("sep", from: $0) }.first ?? standard
        }

        /// A turn from `<u>` (its label in the `<note>` before it) or `<sp>` (its label in `<speaker>`).
        mutating func turn(_ u: xmlNodePtr, label: String, separator: String) -> Turn {
            var turn = Turn(speakerID: String((XMLNode.attribute("who", of: u) ?? "").drop { $0 == "#" }),
                            label: label, separatorBefore: separator)
            isFirstUnit = true
            for element in XMLNode.childElements(of: u) where XMLNode.elementName(element) != "speaker" {
                if ["seg", "p"].contains(XMLNode.elementName(element)) {
                    turn.parts.append(.paragraph(paragraph(element)))
                } else if let item = nonSpeech(element) {
                    turn.parts.append(.nonSpeech(item))
                }
            }
            isFirstUnit = false
            return turn
        }

        mutating func paragraph(_ element: xmlNodePtr) -> Paragraph {
            let separator = separator(of: element)
            return Paragraph(text: inlineText(element), separatorBefore: separator)
        }

        /// A caption, credit or residue note, or an incident, vocal or gap with its brackets.
        mutating func nonSpeech(_ element: xmlNodePtr) -> NonSpeech? {
            switch XMLNode.elementName(element) {
            case "note":
                guard let kind = XMLNode.attribute("type", of: element).flatMap(NonSpeech.Kind.init(rawValue:)) else { return nil }
                return NonSpeech(kind: kind, text: XMLNode.ownText(of: element), separatorBefore: separator(of: element))
            case "stage":
                return NonSpeech(kind: .incident, text: EventElement.text(desc: XMLNode.ownText(of: element),
                                                                          rend: XMLNode.attribute("rend", of: element)),
                                 separatorBefore: separator(of: element))
            case let name?:
                guard let kind = NonSpeech.Kind(rawValue: name), [.incident, .vocal, .gap].contains(kind) else { return nil }
                let desc = XMLNode.childElements(of: element).first.map(XMLNode.ownText) ?? ""
                return NonSpeech(kind: kind, text: EventElement.text(desc: desc, rend: XMLNode.attribute("rend", of: element)),
                                 separatorBefore: separator(of: element))
            case nil:
                return nil
            }
        }

        /// The text of a `<seg>`, `<p>` or `<date>`: text nodes as they are, `<lb/>` as its line break, and
        /// the text of any other element (markup a user added, such as `<persName>`) as it stands.
        func inlineText(_ element: xmlNodePtr) -> String {
            var text = ""
            for child in XMLNode.children(of: element) {
                if let own = XMLNode.text(child) {
                    text += own
                } else if XMLNode.elementName(child) == "lb" {
                    let token = XMLNode.attribute("rend", of: child).map { $0[...] }
                    text += token.flatMap { LayoutCode.separator("sep", from: $0) } ?? layout.lineEnding
                } else if let name = XMLNode.elementName(child), ["incident", "vocal", "gap"].contains(name) {
                    let desc = XMLNode.childElements(of: child).first.map(XMLNode.ownText) ?? ""
                    text += EventElement.text(desc: desc, rend: XMLNode.attribute("rend", of: child))
                } else if child.pointee.type == XML_ELEMENT_NODE {
                    text += inlineText(child)
                }
            }
            return text
        }
    }
}
