import CLibXML

/// Turns one foreign TEI document into `ForeignBlock`s in a single iterative walk (see `ForeignText`
/// for the rules). A class because the walk's two closures share its state; one renderer per document.
final class ForeignTextRenderer {
    /// What to do when an element ends; one per element the walk enters.
    private enum Frame {
        case none
        case softSpace
        case endBlock
        case endLine(isRow: Bool)
        case endTurn(previousTurn: Int?, previousNode: xmlNodePtr?, previousIsUtterance: Bool)
        case endBracket(Bracket)
        case endToken(joinRight: Bool)
        case endAlternatives
    }

    /// A non-speech element being written in brackets.
    private struct Bracket {
        /// Where the line stood before the bracket, and whether a space was waiting there.
        var start: Int
        var spaceBefore: Bool
        /// Where the bracket's content starts (after the opening bracket).
        var contentStart: Int
        var open: String
        var close: String
        /// What to write when the element has no text (`(applause)` from `@type`, `[gap: inaudible]`).
        var fallback: String?
        /// Whether the bracket is a paragraph of its own (it stood between paragraphs).
        var isBlock: Bool
    }

    private let options: TextOptions
    private let document: XMLDocument
    /// Read from the whole document the first time a label needs `@who` (most turns have a verbatim label).
    private lazy var speakers = ForeignSpeakers(document)

    private(set) var blocks: [ForeignBlock] = []
    private var line = ForeignLine()
    private var lines: [String] = []
    private var blockOpen = false
    private var blockSource = ""
    private var blockIsLines = false

    private var frames: [Frame] = []
    private var pendingLabel: String?
    private var currentTurn: Int?
    private var turnNode: xmlNodePtr?
    private var turnIsUtterance = false
    private var turnCount = 0
    /// Inside bracketed non-speech or a token, everything is inline: a block is only a word boundary.
    private var inlineDepth = 0
    private var tokenDepth = 0
    /// Open `choice`/`app` elements and the one child of each that is shown.
    private var alternatives: [(parent: xmlNodePtr, shown: xmlNodePtr?)] = []
    /// The number of cells seen in each open table row.
    private var rowCells: [Int] = []

    init(options: TextOptions, document: XMLDocument) {
        self.options = options
        self.document = document
    }

    /// Renders the document from its root element.
    func run() {
        guard let root = xmlDocGetRootElement(document.pointer) else { return }
        XMLNode.walk(root, enter: enter, leave: leave)
        flushBlock()
    }

    // MARK: - Walking

    private func enter(_ node: xmlNodePtr) -> XMLNode.Step {
        let isElement = node.pointee.type == XML_ELEMENT_NODE
        if let top = alternatives.last, node.pointee.parent == top.parent, node != top.shown {
            if isElement { frames.append(.none) }
            return .skip
        }
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content { text(content) }
            return .skip
        case XML_ENTITY_REF_NODE:
            ensureBlock()
            line.append(literal: ForeignNodeText.entityReference(node))
            return .skip
        case XML_ELEMENT_NODE:
            let (frame, step) = element(node)
            frames.append(frame)
            return step
        default:
            return .skip
        }
    }

    private func leave(_ node: xmlNodePtr) {
        switch frames.removeLast() {
        case .none:
            break
        case .softSpace:
            line.softSpace()
        case .endBlock:
            if inlineDepth == 0 { flushBlock() }
        case let .endLine(isRow):
            if isRow { rowCells.removeLast() }
            finishLine()
        case let .endTurn(previousTurn, previousNode, previousIsUtterance):
            flushBlock()
            if let label = pendingLabel {
                blocks.append(ForeignBlock(lines: [Self.labelled(label, "")], source: "label", label: label,
                                           turn: currentTurn))
                pendingLabel = nil
            }
            currentTurn = previousTurn
            turnNode = previousNode
            turnIsUtterance = previousIsUtterance
        case let .endBracket(bracket):
            closeBracket(bracket)
        case let .endToken(joinRight):
            tokenDepth -= 1
            if tokenDepth == 0 {
                if joinRight { line.glue() } else { line.softSpace() }
            }
        case .endAlternatives:
            alternatives.removeLast()
        }
    }

    private func element(_ node: xmlNodePtr) -> (Frame, XMLNode.Step) {
        guard let name = XMLNode.localTEIName(node) else { return (.none, .descend) }
        let parent = node.pointee.parent
        let inline = inlineDepth > 0 || tokenDepth > 0
        if let parent, let parentName = XMLNode.localTEIName(parent),
           parentName == "TEI" || parentName == "teiCorpus", name != "text", name != "TEI", name != "teiCorpus" {
            // Of a TEI document only the text is read (and the header, when asked for).
            if name == "teiHeader", options.includeHeader { header(node) }
            return (.none, .skip)
        }
        switch ForeignRole.of(name) {
        case .skip:
            if name == "teiHeader", options.includeHeader { header(node) }
            return (.none, .skip)
        case .wordBreak:
            if XMLNode.attribute("break", of: node) == "no" { line.glue() } else { line.softSpace() }
            return (.none, .skip)
        case .container:
            if inline { line.softSpace(); return (.softSpace, .descend) }
            flushBlock()
            return (.endBlock, .descend)
        case .block:
            if inline { line.softSpace(); return (.softSpace, .descend) }
            openBlock(name)
            return (.endBlock, .descend)
        case .line:
            if inline { line.softSpace(); return (.softSpace, .descend) }
            if blockOpen, blockIsLines {
                finishLine()
            } else {
                openBlock(name)
                blockIsLines = true
            }
            if name == "row" { rowCells.append(0) }
            return (.endLine(isRow: name == "row"), .descend)
        case .cell:
            if let cells = rowCells.last {
                if cells > 0 {
                    line.softSpace()
                    line.append(literal: "|")
                }
                line.softSpace()
                rowCells[rowCells.count - 1] = cells + 1
            }
            return (.softSpace, .descend)
        case .turn:
            if inline || currentTurn != nil || (name == "u" && Self.parent(parent, is: "annotationBlock")) {
                // An ISO utterance inside its annotationBlock (or a turn inside a turn) is a paragraph.
                if inline { line.softSpace(); return (.softSpace, .descend) }
                openBlock(name)
                return (.endBlock, .descend)
            }
            flushBlock()
            let frame = Frame.endTurn(previousTurn: currentTurn, previousNode: turnNode,
                                      previousIsUtterance: turnIsUtterance)
            pendingLabel = label(of: node, name: name)
            currentTurn = turnCount
            turnCount += 1
            turnNode = node
            turnIsUtterance = name == "u"
            return (frame, .descend)
        case .token:
            let join = XMLNode.attribute("join", of: node)
            if join == "left" || join == "both" { line.cancelSpace() }
            tokenDepth += 1
            return (.endToken(joinRight: join == "right" || join == "both"), .descend)
        case .nonSpeech:
            return nonSpeech(node, name: name)
        case .stage:
            guard options.includeStage else { return (.none, .skip) }
            return (openBracket(open: "(", close: ")", fallback: nil, source: name), .descend)
        case .alternatives:
            alternatives.append((node, shownAlternative(of: node, name: name)))
            return (.endAlternatives, .descend)
        case .inline:
            switch name {
            case "speaker" where parent == turnNode && !turnIsUtterance:
                return (.none, .skip)  // the label of its `sp`
            case "seg" where Self.parent(parent, is: "u"):
                if parent == turnNode, turnIsUtterance, !inline {
                    openBlock(name)  // a ParlaMint segment: a paragraph of the turn
                    return (.endBlock, .descend)
                }
                line.softSpace()  // a time-aligned piece of an ISO utterance
                return (.softSpace, .descend)
            case "bibl" where Self.parent(parent, is: "listBibl") && !inline,
                 "biblStruct" where Self.parent(parent, is: "listBibl") && !inline:
                openBlock(name)
                return (.endBlock, .descend)
            default:
                return (.none, .descend)
            }
        }
    }

    private static func parent(_ parent: xmlNodePtr?, is name: String) -> Bool {
        parent.map { XMLNode.isTEI($0, name) } ?? false
    }

    private func nonSpeech(_ node: xmlNodePtr, name: String) -> (Frame, XMLNode.Step) {
        let type = XMLNode.attribute("type", of: node)
        if name == "note" {
            if type == "speaker", let next = XMLNode.nextElement(node), XMLNode.isTEI(next, "u") {
                return (.none, .skip)  // the label of the `u` that follows
            }
            if type == "start" || type == "end" { return (.none, .skip) }  // TEICORPO's time points
        }
        guard options.includeNotes else { return (.none, .skip) }
        switch name {
        case "gap":
            let reason = XMLNode.attribute("reason", of: node).map { ": " + $0 } ?? ""
            return (openBracket(open: "[gap: ", close: "]", fallback: "[gap\(reason)]", source: name), .descend)
        case "pause":
            return (openBracket(open: "(", close: ")", fallback: "(pause)", source: name), .descend)
        case "note":
            return (openBracket(open: "(", close: ")", fallback: nil, source: name), .descend)
        default:
            return (openBracket(open: "(", close: ")", fallback: type.map { "(\($0))" }, source: name), .descend)
        }
    }

    // MARK: - Text and blocks

    private func text(_ content: UnsafePointer<UInt8>) {
        if !blockOpen {
            var current = content
            while current.pointee != 0, ForeignLine.isWhitespace(current.pointee) { current += 1 }
            if current.pointee == 0 { return }
            ensureBlock()
        }
        line.append(cString: content)
    }

    private func ensureBlock() {
        if !blockOpen { openBlock("#text") }
    }

    private func openBlock(_ source: String) {
        flushBlock()
        blockOpen = true
        blockSource = source
        blockIsLines = false
    }

    private func finishLine() {
        let bytes = line.take()
        if !bytes.isEmpty { lines.append(String(decoding: bytes, as: UTF8.self)) }
    }

    /// Ends the open paragraph; a paragraph with no text is dropped. The first paragraph of a turn
    /// takes the turn's label.
    private func flushBlock() {
        finishLine()
        blockOpen = false
        blockIsLines = false
        guard !lines.isEmpty else { return }
        var label: String?
        if let pending = pendingLabel {
            lines[0] = Self.labelled(pending, lines[0])
            label = pending
            pendingLabel = nil
        }
        blocks.append(ForeignBlock(lines: lines, source: blockSource, label: label, turn: currentTurn))
        lines = []
    }

    /// `Label: text`; a label that ends with a colon (a verbatim ParlaMint label) gets no second one.
    static func labelled(_ label: String, _ text: String) -> String {
        let head = label.hasSuffix(":") ? label : label + ":"
        return text.isEmpty ? head : head + " " + text
    }

    // MARK: - Brackets

    private func openBracket(open: String, close: String, fallback: String?, source: String) -> Frame {
        let isBlock = !blockOpen && inlineDepth == 0 && tokenDepth == 0
        if isBlock { openBlock(source) }
        let spaceBefore = line.hasPendingSpace
        line.softSpace()
        let start = line.count
        line.append(literal: open)
        let contentStart = line.count
        line.glue()
        inlineDepth += 1
        return .endBracket(Bracket(start: start, spaceBefore: spaceBefore, contentStart: contentStart, open: open,
                                   close: close, fallback: fallback, isBlock: isBlock))
    }

    private func closeBracket(_ bracket: Bracket) {
        inlineDepth -= 1
        if line.count == bracket.contentStart {
            line.truncate(to: bracket.start, pendingSpace: bracket.spaceBefore)
            if let fallback = bracket.fallback {
                line.softSpace()
                line.append(literal: fallback)
                line.wordSpace()
            }
        } else {
            let bytes = line.bytes
            let alreadyBracketed = bracket.open == "(" && bytes[bracket.contentStart] == UInt8(ascii: "(")
                && bytes[bytes.count - 1] == UInt8(ascii: ")")
            line.cancelSpace()
            if alreadyBracketed {
                line.remove(at: bracket.contentStart - 1)
            } else {
                line.append(literal: bracket.close)
            }
            line.wordSpace()
        }
        if bracket.isBlock { flushBlock() }
    }

    // MARK: - Labels, alternatives, header

    private func label(of node: xmlNodePtr, name: String) -> String {
        if name == "u", let previous = XMLNode.previousElement(node), XMLNode.isTEI(previous, "note"),
           XMLNode.attribute("type", of: previous) == "speaker" {
            let verbatim = ForeignNodeText.normalized(previous)
            if !verbatim.isEmpty { return verbatim }
        }
        if name == "sp", let speaker = XMLNode.firstChild(node, named: "speaker") {
            var text = ForeignNodeText.normalized(speaker)
            if text.hasSuffix(".") { text.removeLast() }
            if !text.isEmpty { return text }
        }
        if let who = XMLNode.attribute("who", of: node), let label = speakers.label(who: who) { return label }
        return "Unknown speaker"
    }

    /// The child of `choice` or `app` that is shown: the expansion, regularisation or correction of a
    /// `choice`, the lemma (or first reading) of an `app`, else the first child element.
    private func shownAlternative(of node: xmlNodePtr, name: String) -> xmlNodePtr? {
        let children = XMLNode.childElements(of: node)
        let preferred = name == "app" ? ["lem", "rdg"] : ["expan", "reg", "corr"]
        for kind in preferred {
            if let child = children.first(where: { XMLNode.isTEI($0, kind) }) { return child }
        }
        return children.first
    }

    /// The header as lines: each `title`, then each `author`, of `fileDesc/titleStmt`.
    private func header(_ node: xmlNodePtr) {
        guard let fileDesc = XMLNode.firstChild(node, named: "fileDesc"),
              let titleStmt = XMLNode.firstChild(fileDesc, named: "titleStmt") else { return }
        let children = XMLNode.childElements(of: titleStmt)
        let titles = children.filter { XMLNode.isTEI($0, "title") }
        let authors = children.filter { XMLNode.isTEI($0, "author") }
        let headerLines = (titles + authors).map(ForeignNodeText.normalized).filter { !$0.isEmpty }
        guard !headerLines.isEmpty else { return }
        flushBlock()
        blocks.append(ForeignBlock(lines: headerLines, source: "header", label: nil, turn: nil))
    }
}
