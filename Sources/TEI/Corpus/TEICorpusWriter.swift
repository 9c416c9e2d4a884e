import Foundation

/// Writes a corpus of transcripts as one TEI `teiCorpus`: a corpus header (title, extent in texts,
/// utterances and words, the span of the talks' dates, the persons with a personal name, merged across
/// texts, `CorpusPerson`), then each text's `<TEI>`, inline or as an XInclude reference.
///
/// Every identifier in a text is prefixed with the text's identifier (`text.talk-1.u3`, `#text.talk-1.reporter`),
/// so that the whole stays valid once the texts are in one document. The parts are written one at a
/// time (`opening`, then each text's `element` or `inclusion`, then `closing`), so that a caller can
/// stream a corpus of any size without holding it.
public struct TEICorpusWriter: Sendable {
    /// The day of the conversion (`YYYY-MM-DD`), recorded in `revisionDesc`.
    public var conversionDate: String
    /// How the texts' turns are written.
    public var style: TEIWriter.Style
    /// The corpus's title.
    public var title: String
    /// Who publishes the corpus, when known.
    public var publisher: String?
    /// The corpus's main language (`teiCorpus/@xml:lang`), when known.
    public var language: String?

    /// A writer for a corpus with the given title and description.
    public init(conversionDate: String, style: TEIWriter.Style = .utterance, title: String, publisher: String? = nil,
                language: String? = nil) {
        self.conversionDate = conversionDate
        self.style = style
        self.title = title
        self.publisher = publisher
        self.language = language
    }

    /// What the corpus header needs to know of a text whose identifier is `id`.
    public func member(_ transcript: Transcript, id: String) -> CorpusMember {
        CorpusMember(id: id, date: transcript.metadata.date,
                            utterances: transcript.turns.count,
                            words: transcript.turns.reduce(0) { total, turn in total + turn.paragraphs.reduce(0) { $0 + Self.words(in: $1) } },
                            persons: transcript.participants.compactMap(CorpusPerson.init))
    }

    /// The words spoken in a paragraph: its text but for noises and gaps (`(LAUGHTER)`), split at white space.
    static func words(in paragraph: Paragraph) -> Int {
        var spoken = Array(paragraph.text.utf8)
        for event in paragraph.events.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            spoken.replaceSubrange(event.range.clamped(to: 0..<spoken.count), with: [0x20])
        }
        return String(decoding: spoken, as: UTF8.self).split(whereSeparator: \.isWhitespace).count
    }

    /// A text's `<TEI>` element, identifiers prefixed with `id`, as it goes after `opening`.
    public func element(_ transcript: Transcript, id: String) -> [UInt8] {
        memberDocument(transcript, id: id).serializedRoot(indent: true) + [0x0A]
    }

    /// A text of the corpus as a document of its own, for XInclude.
    public func standalone(_ transcript: Transcript, id: String) -> [UInt8] {
        let document = memberDocument(transcript, id: id)
        document.insertSchemaModel()
        return document.serialized(indent: true)
    }

    private func memberDocument(_ transcript: Transcript, id: String) -> XMLDocument {
        let document = XMLDocument(root: "TEI", namespace: TEIConvert.teiNamespace)
        let root = document.root
        root.set("xml:id", id)
        root.set("xml:lang", ifPresent: transcript.metadata.language)
        var links: [String: String] = [:]
        for participant in transcript.participants {
            if let person = CorpusPerson(participant) { links[participant.id] = person.id }
        }
        HeaderWriter(conversionDate: conversionDate, idPrefix: id + ".", corpusPersons: links)
            .write(transcript, into: root.append("teiHeader"))
        var body = BodyWriter(layout: transcript.layout, style: style, idPrefix: id + ".")
        body.write(transcript, into: root.append("text"))
        return document
    }

    /// The corpus document up to its first text: XML declaration, `xml-model`, `<teiCorpus>` and the
    /// corpus header for `members` (only their summaries are read).
    public func opening(for members: [CorpusMember]) -> [UInt8] {
        let document = XMLDocument(root: "teiCorpus", namespace: TEIConvert.teiNamespace)
        document.insertSchemaModel()
        let root = document.root
        root.set("xml:lang", ifPresent: language)
        writeHeader(for: members, into: root.append("teiHeader"))
        // The texts follow, then `closing`.
        return document.serialized(aroundPlaceholderIn: root).before
    }

    /// The end of the corpus document.
    public var closing: [UInt8] { Array("</teiCorpus>\n".utf8) }

    /// An XInclude reference to a text written on its own at `href` (relative to the corpus file), as
    /// it goes after `opening`.
    public func inclusion(href: String) -> [UInt8] {
        let document = XMLDocument(root: "include", namespace: "http://www.w3.org/2001/XInclude", prefix: "xi")
        document.root.set("href", href)
        return Array("  ".utf8) + document.serializedRoot(indent: false) + [0x0A]
    }

    private func writeHeader(for members: [CorpusMember], into header: XMLElement) {
        let fileDesc = header.append("fileDesc")
        fileDesc.append("titleStmt").append("title", text: title)
        let extent = fileDesc.append("extent")
        let utterances = members.reduce(0) { $0 + $1.utterances }
        let words = members.reduce(0) { $0 + $1.words }
        for (unit, quantity, noun) in [("texts", members.count, "text"), ("utterances", utterances, "utterance"), ("words", words, "word")] {
            let measure = extent.append("measure", text: "\(quantity) \(noun)\(quantity == 1 ? "" : "s")")
            measure.set("unit", unit)
            measure.set("quantity", String(quantity))
        }
        let publicationStmt = fileDesc.append("publicationStmt")
        if let publisher { publicationStmt.append("publisher", text: publisher) } else {
            publicationStmt.append("p", text: "Unpublished TEI corpus of plain-text transcripts.")
        }
        fileDesc.append("sourceDesc").append("p", text: "\(members.count) plain-text transcript\(members.count == 1 ? "" : "s"), converted by tei-convert.")

        let application = header.append("encodingDesc").append("appInfo").append("application")
        application.set("ident", "tei-convert")
        application.set("version", TEIConvert.version)
        application.append("label", text: "tei-convert")

        let dates = members.compactMap(\.date).sorted()
        let persons = Self.persons(in: members)
        if !dates.isEmpty || !persons.isEmpty {
            let profileDesc = header.append("profileDesc")
            if let first = dates.first, let last = dates.last {
                let date = profileDesc.append("settingDesc").append("setting").append("date")
                if first == last { date.set("when", first) } else {
                    date.set("from", first)
                    date.set("to", last)
                }
            }
            if !persons.isEmpty {
                let listPerson = profileDesc.append("particDesc").append("listPerson")
                for person in persons {
                    let element = listPerson.append("person")
                    element.set("xml:id", person.id)
                    element.append("persName", text: person.name)
                    if let sex = person.sex { element.append("sex").set("value", sex) }
                    if let externalID = person.externalID { element.append("idno", text: externalID).set("type", "URI") }
                }
            }
        }
        header.append("revisionDesc").append("change", text: "Built from \(members.count) transcript\(members.count == 1 ? "" : "s") by tei-convert \(TEIConvert.version).")
            .set("when", conversionDate)
    }

    /// The corpus persons of all members, merged by identifier, in identifier order.
    static func persons(in members: [CorpusMember]) -> [CorpusPerson] {
        var byID: [String: CorpusPerson] = [:]
        for person in members.flatMap(\.persons) {
            byID[person.id] = byID[person.id].map { $0.merged(with: person) } ?? person
        }
        return byID.values.sorted { $0.id < $1.id }
    }
}
