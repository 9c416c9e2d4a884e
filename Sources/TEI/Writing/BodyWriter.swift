/// Writes the `<text>`: layout facts on `<text>`, front matter in `<front>`, the blocks in `<body>`.
struct BodyWriter {
    let layout: Layout
    let style: TEIWriter.Style
    /// Put before every `xml:id` and reference (`u1` -> `PREFIXu1`), to keep them unique in a corpus.
    let idPrefix: String
    private var isFirstUnit = true
    /// The cues' time points, once the transcript is known.
    private var timeline: Timeline?
    /// Timing lines met since the last turn: the next turn starts with the first.
    private var timingsBeforeTurn: [CueTiming] = []
    private var turnNumber = 0
    private var paragraphNumber = 0

    init(layout: Layout, style: TEIWriter.Style, idPrefix: String = "") {
        self.layout = layout
        self.style = style
        self.idPrefix = idPrefix
    }

    /// The whole `<text>` at once.
    mutating func write(_ transcript: Transcript, into text: XMLElement) {
        let body = open(transcript, in: text)
        for block in transcript.blocks { write(block, into: body) }
    }

    /// Writes `<text>`'s layout facts and its `<front>`, and returns its `<body>`, for the blocks.
    mutating func open(_ transcript: Transcript, in text: XMLElement) -> XMLElement {
        var tokens: [String] = []
        if layout.hasByteOrderMark { tokens.append("bom") }
        if layout.lineEnding == "\r\n" { tokens.append("eol-crlf") }
        if !layout.trailer.isEmpty { tokens.append(LayoutCode.token("end", for: layout.trailer)) }
        if !tokens.isEmpty { text.set("rend", tokens.joined(separator: " ")) }
        let timeline = Timeline(transcript, idPrefix: idPrefix)
        self.timeline = timeline
        // The drama style lists the speakers as DraCor does: a cast list, each role pointing to its person.
        let cast = style == .drama ? transcript.participants : []
        if !layout.frontMatter.isEmpty || !timeline.isEmpty || !cast.isEmpty {
            let front = text.append("front")
            if !layout.frontMatter.isEmpty { front.append("note", text: layout.frontMatter).set("type", "front-matter") }
            if !timeline.isEmpty { timeline.write(into: front) }
            if !cast.isEmpty {
                let castList = front.append("castList")
                for participant in cast {
                    castList.append("castItem").append("role", text: participant.label).set("corresp", "#" + idPrefix + participant.id)
                }
            }
        }
        return text.append("body")
    }

    /// Writes the next block of the transcript into `body` (the `<body>` that `open` returned, or an
    /// element standing in for it).
    mutating func write(_ block: Block, into body: XMLElement) {
        switch block {
        case .unattributed(let paragraph):
            paragraphNumber += 1
            append(paragraph, as: "p", id: idPrefix + "p\(paragraphNumber)", into: body)
        case .nonSpeech(let item):
            write(item, into: body)
        case .turn(let turn):
            turnNumber += 1
            write(turn, number: turnNumber, into: body)
        }
    }

    /// A turn: `<note type="speaker"/><u who><seg/>...</u>`, or in the drama style
    /// `<sp who><speaker/><p/>...</sp>`.
    private mutating func write(_ turn: Turn, number: Int, into body: XMLElement) {
        let drama = style == .drama
        let id = idPrefix + (drama ? "sp" : "u") + String(number)
        let container: XMLElement
        if drama {
            container = body.append("sp")
            container.set("who", "#" + idPrefix + turn.speakerID)
            container.set("xml:id", id)
            recordSeparator(turn.separatorBefore, on: container.append("speaker", text: turn.label))
        } else {
            let label = body.append("note", text: turn.label)
            label.set("type", "speaker")
            recordSeparator(turn.separatorBefore, on: label)
            container = body.append("u")
            container.set("who", "#" + idPrefix + turn.speakerID)
            container.set("xml:id", id)
            let timings = timingsBeforeTurn + turn.parts.compactMap { part in
                if case .nonSpeech(let item) = part, item.kind == .cue { return CueTiming(line: item.text[...]) }
                return nil
            }
            if let timeline, let first = timings.first, let last = timings.last {
                container.set("start", timeline.reference(first.start))
                container.set("end", timeline.reference(last.end))
            } else if let timeline, let time = Timeline.labelTime(turn.label) {
                container.set("start", timeline.reference(time))
            }
        }
        timingsBeforeTurn = []
        isFirstUnit = true
        var paragraphNumber = 0
        for part in turn.parts {
            switch part {
            case .paragraph(let paragraph):
                paragraphNumber += 1
                append(paragraph, as: drama ? "p" : "seg", id: "\(id).\(paragraphNumber)", into: container)
            case .nonSpeech(let item):
                write(item, into: container)
            }
        }
        // The timings inside the turn were counted above; the next turn starts after them.
        timingsBeforeTurn = []
        isFirstUnit = false
    }

    /// A paragraph as `<p>` or `<seg>` with its identifier, separator and inline content.
    private mutating func append(_ paragraph: Paragraph, as name: String, id: String, into parent: XMLElement) {
        let element = parent.append(name)
        element.set("xml:id", id)
        recordSeparator(paragraph.separatorBefore, on: element)
        appendInline(paragraph, to: element)
    }

    private mutating func write(_ item: NonSpeech, into parent: XMLElement) {
        switch item.kind {
        case .caption, .credit, .residue, .heading, .cue, .page, .boilerplate, .comment, .timestamp:
            let note = parent.append("note", text: item.text)
            note.set("type", item.kind.rawValue)
            recordSeparator(item.separatorBefore, on: note)
            if item.kind == .cue, let timeline, let timing = CueTiming(line: item.text[...]) {
                note.set("synch", timeline.reference(timing.start) + " " + timeline.reference(timing.end))
                timingsBeforeTurn.append(timing)
            }
        case .incident where style == .drama:
            EventElement.appendStage(text: item.text[...], to: parent, separatorToken: separatorToken(item.separatorBefore))
        case .incident, .vocal, .gap, .pause:
            EventElement.append(item.kind, text: item.text[...], to: parent, separatorToken: separatorToken(item.separatorBefore))
        }
    }

    /// Writes `@rend` with the separator's token when it is not the default one.
    private mutating func recordSeparator(_ separator: String, on element: XMLElement) {
        element.set("rend", ifPresent: separatorToken(separator))
    }

    /// The `LayoutCode` token for the separator before the next unit, or `nil` when it is the default.
    private mutating func separatorToken(_ separator: String) -> String? {
        let standard = isFirstUnit ? "" : layout.paragraphBreak
        isFirstUnit = false
        return separator == standard ? nil : LayoutCode.token("sep", for: separator)
    }

    /// Appends a paragraph's text with its dates as `<date>`, its noises and gaps as elements, and its
    /// line breaks as `<lb/>`.
    private func appendInline(_ paragraph: Paragraph, to element: XMLElement) {
        InlineMarkup.append(paragraph.text, dates: paragraph.dates, events: paragraph.events, to: element, timeline: timeline) { text, parent in
            appendLines(text, to: parent)
        }
    }

    /// Appends text, turning each line break into `<lb/>` (with `@rend` when it is not the document's).
    private func appendLines(_ text: Substring, to element: XMLElement) {
        guard text.utf8.contains(UInt8(ascii: "\n")) else {
            element.appendText(String(text))
            return
        }
        var start = text.startIndex
        for index in text.indices where text[index] == "\n" || text[index] == "\r\n" {
            element.appendText(String(text[start..<index]))
            let lb = element.append("lb")
            if String(text[index]) != layout.lineEnding { lb.set("rend", LayoutCode.token("sep", for: String(text[index]))) }
            start = text.index(after: index)
        }
        element.appendText(String(text[start...]))
    }
}
