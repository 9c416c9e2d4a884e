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
        let front = XMLNode.childElements(of: text).first { XMLNode.elementName($0) == "front" }
        var reader = Body(layout: Self.layout(of: text, frontMatter: front.map(Self.frontMatter) ?? ""))
        for element in XMLNode.childElements(of: body) { try reader.add(element, file: file) }
        return reader.transcript
    }

    /// The transcript of the TEI `bytes`, read a body element at a time (`XMLStreamReader`), so that a
    /// long document never has its whole tree in memory; `nil` when tei-convert did not write it, or
    /// it is not well-formed (read it whole then, which says why).
    func stream(_ bytes: [UInt8], file: String) throws(Diagnostic) -> Transcript? {
        guard let stream = XMLStreamReader(bytes: bytes, file: file) else { return nil }
        var ours = false
        var textElement: xmlNodePtr?
        var frontMatter = ""
        var body: Body?
        let complete: Bool
        do throws(Diagnostic) {
            complete = try stream.forEachElement { element throws(Diagnostic) -> Bool in
                let name = XMLNode.elementName(element.node)
                switch (element.depth, name) {
                case (0, "TEI"): return false
                case (1, "teiHeader"): return true
                case (1, "text"):
                    guard ours else { throw Self.notOurs }
                    textElement = element.node
                    return false
                case (2, "front"): return true
                case (2, "body"):
                    guard let textElement else { throw Self.notOurs }
                    body = Body(layout: Self.layout(of: textElement, frontMatter: frontMatter))
                    return false
                case (3, _): return body != nil
                default: throw Self.notOurs
                }
            } expanded: { element throws(Diagnostic) in
                switch XMLNode.elementName(element.node) {
                case "teiHeader":
                    ours = Self.isOurs(header: element.node)
                case "front":
                    frontMatter = Self.frontMatter(in: element.node)
                default:
                    try body?.add(element.node, file: file)
                }
            }
        } catch where error.code == Self.notOurs.code {
            return nil
        }
        guard complete, let body else { return nil }
        return body.transcript
    }

    /// Stops a stream that is not TEI tei-convert wrote.
    private static let notOurs = Diagnostic(code: "stream-not-ours", message: "not TEI that tei-convert wrote")

    /// Whether a `teiHeader` names tei-convert as the application that wrote the document.
    private static func isOurs(header: xmlNodePtr) -> Bool {
        guard let encodingDesc = XMLNode.childElements(of: header).first(where: { XMLNode.elementName($0) == "encodingDesc" }),
              let appInfo = XMLNode.childElements(of: encodingDesc).first(where: { XMLNode.elementName($0) == "appInfo" })
        else { return false }
        return XMLNode.childElements(of: appInfo).contains { XMLNode.elementName($0) == "application" && XMLNode.attribute("ident", of: $0) == "tei-convert" }
    }

    /// `bom`, `eol-crlf`, `end-...` on `<text>`, and the front matter in `<front>` (its timeline is
    /// made from the cue notes in the body, which are read as they are).
    private static func layout(of text: xmlNodePtr, frontMatter: String) -> Layout {
        let tokens = (XMLNode.attribute("rend", of: text) ?? "").split(separator: " ")
        var layout = Layout(lineEnding: tokens.contains("eol-crlf") ? "\r\n" : "\n", hasByteOrderMark: tokens.contains("bom"))
        layout.trailer = tokens.lazy.compactMap { LayoutCode.separator("end", from: $0) }.first ?? ""
        layout.frontMatter = frontMatter
        return layout
    }

    /// The front-matter block kept in `<front>`.
    private static func frontMatter(in front: xmlNodePtr) -> String {
        XMLNode.childElements(of: front).first { XMLNode.attribute("type", of: $0) == "front-matter" }.map(XMLNode.ownText) ?? ""
    }

    /// The body's elements read one by one into the transcript.
    private struct Body {
        private(set) var transcript: Transcript
        private var state: State
        private var label: (text: String, separator: String)?

        init(layout: Layout) {
            transcript = Transcript(layout: layout)
            state = State(layout: layout)
        }

        mutating func add(_ element: xmlNodePtr, file: String) throws(Diagnostic) {
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
            case "pause":
                return NonSpeech(kind: .pause, text: Self.pauseText(element), separatorBefore: separator(of: element))
            case let name?:
                guard let kind = NonSpeech.Kind(rawValue: name), [.incident, .vocal, .gap].contains(kind) else { return nil }
                let desc = XMLNode.childElements(of: element).first.map(XMLNode.ownText) ?? ""
                return NonSpeech(kind: kind, text: EventElement.text(desc: desc, rend: XMLNode.attribute("rend", of: element)),
                                 separatorBefore: separator(of: element))
            case nil:
                return nil
            }
        }

        static func pauseText(_ element: xmlNodePtr) -> String {
            EventElement.pauseText(type: XMLNode.attribute("type", of: element), duration: XMLNode.attribute("dur", of: element),
                                   rend: XMLNode.attribute("rend", of: element))
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
                } else if XMLNode.elementName(child) == "pause" {
                    text += Self.pauseText(child)
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
