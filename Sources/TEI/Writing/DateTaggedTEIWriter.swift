/// Writes running text as a TEI document whose `<text>` holds it unchanged except for `<date>` elements
/// around the dates found: for tagging dates on their own, and for scoring the recogniser on any text.
public struct DateTaggedTEIWriter: Sendable {
    public var recognizer: DateRecognizer
    /// The day of the conversion (`YYYY-MM-DD`), recorded in `revisionDesc`.
    public var conversionDate: String

    public init(recognizer: DateRecognizer, conversionDate: String) {
        self.recognizer = recognizer
        self.conversionDate = conversionDate
    }

    /// The TEI for the UTF-8 text `bytes`; `title` names it in the header. Throws for bytes that are not
    /// UTF-8 text XML can hold.
    public func write(_ bytes: [UInt8], title: String) throws(Diagnostic) -> [UInt8] {
        let text = try SourceText(bytes: bytes, allowingEmpty: true).text
        let document = XMLDocument(root: "TEI", namespace: TEIConvert.teiNamespace)
        let header = document.root.append("teiHeader")
        let fileDesc = header.append("fileDesc")
        fileDesc.append("titleStmt").append("title", text: title)
        fileDesc.append("publicationStmt").append("p", text: "Unpublished: dates tagged by tei-convert.")
        fileDesc.append("sourceDesc").append("p", text: "Plain text.")
        let application = header.append("encodingDesc").append("appInfo").append("application")
        application.set("ident", "tei-convert")
        application.set("version", TEIConvert.version)
        application.append("label", text: "tei-convert")
        header.append("revisionDesc").append("change", text: "Dates tagged by tei-convert \(TEIConvert.version).")
            .set("when", conversionDate)
        let block = document.root.append("text").append("body").append("ab")
        InlineMarkup.append(text, dates: recognizer.mentions(in: text), to: block) { segment, element in
            element.appendText(String(segment))
        }
        return document.serialized(indent: true)
    }
}
