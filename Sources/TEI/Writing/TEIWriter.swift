/// Writes a `Transcript` as a TEI P5 document in our profile (see `schemas/tei-convert.rng`).
///
/// Turns become `<u who>` with one `<seg>` per paragraph, preceded by the verbatim label in
/// `<note type="speaker">`; non-speech lines become notes, incidents, vocals and gaps in place; dates
/// become `<date>`. Separators that differ from the default are recorded in `@rend` (`LayoutCode`).
/// In the drama style, turns are DraCor's `<sp who><speaker/><p/></sp>` instead.
public struct TEIWriter: Sendable {
    /// How turns are written.
    public enum Style: String, Sendable, CaseIterable {
        /// `<note type="speaker"/>` and `<u who>` with `<seg>`s: the Parla-CLARIN and ParlaMint way.
        case utterance
        /// `<sp who>` with `<speaker>` and `<p>`s: the DraCor way, for plays.
        case drama
    }

    /// The day of the conversion (`YYYY-MM-DD`), recorded in `revisionDesc`.
    public var conversionDate: String
    public var style: Style

    public init(conversionDate: String, style: Style = .utterance) {
        self.conversionDate = conversionDate
        self.style = style
    }

    /// The TEI document, UTF-8, indented where that does not change text.
    public func write(_ transcript: Transcript) -> [UInt8] {
        var bytes: [UInt8] = []
        write(transcript) { bytes += $0 }
        return bytes
    }

    /// The same document as `write(_:)`, handed to `output` a part at a time: the header, then the body
    /// a few hundred blocks at a time, so that a long transcript never has its whole TEI tree (nor its
    /// whole text) in memory.
    public func write(_ transcript: Transcript, to output: ([UInt8]) throws -> Void) rethrows {
        let document = XMLDocument(root: "TEI", namespace: TEIConvert.teiNamespace)
        document.insertSchemaModel()
        let root = document.root
        root.set("xml:lang", ifPresent: transcript.metadata.language)
        HeaderWriter(conversionDate: conversionDate).write(transcript, into: root.append("teiHeader"))
        var body = BodyWriter(layout: transcript.layout, style: style)
        // The document around the body's blocks.
        let frame = document.serialized(aroundPlaceholderIn: body.open(transcript, in: root.append("text")))
        try output(frame.before)
        let holder = XMLDocument(root: "body", namespace: TEIConvert.teiNamespace).root
        for (index, block) in transcript.blocks.enumerated() {
            body.write(block, into: holder)
            if index % 256 == 255 { try output(holder.drainChildren(level: 2)) }
        }
        try output(holder.drainChildren(level: 2))
        try output(frame.after)
    }
}
