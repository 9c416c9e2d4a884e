/// Readable, speaker-labelled plain text from TEI written by others (ParlaMint / Parla-CLARIN, DraCor,
/// ISO 24624 spoken TEI and TEICORPO, and any other TEI), or, with `TextOptions.format == .parlamint`,
/// ParlaMint's `u-id<TAB>text` lines (see `ParlaMintText`).
///
/// ## Layout
/// Paragraphs are separated by one blank line; the lines of one paragraph (verse lines, table rows, the
/// header's lines) by one line feed; the text ends with one line feed (a document without text gives
/// the empty string). Of a `TEI` or `teiCorpus` only the `<text>` is read (every one, in document
/// order); `standOff`, `facsimile`, `sourceDoc` and the like are not text. The `teiHeader` is left out
/// unless `includeHeader`, which puts a paragraph with each `titleStmt/title`, then each
/// `titleStmt/author`, one a line, where each header stands (a corpus header, then each text's).
///
/// ## Turns
/// A turn (`<u>` of ParlaMint/Parla-CLARIN, `<sp>` of DraCor, `<annotationBlock>` of ISO spoken TEI)
/// is `Label: ` before its first paragraph; its other paragraphs follow unlabelled, the way the
/// transcripts that `convert tei` reads continue a turn. A turn with no text is `Label:` alone.
/// - `u`: the label is the verbatim text of a `<note type="speaker">` that is the element right before
///   the `u` (that note is not shown again), else the `persName` of the `@who` person from
///   `particDesc/listPerson` (see `ForeignSpeakers`), else the id without `#`, else `Unknown speaker`.
///   A label that already ends with `:` gets no second colon.
/// - The `seg`s of a `u` are separate paragraphs: they are the transcript's paragraphs, a non-speech
///   note between two of them stays between them as a paragraph of its own (as in siParl's own
///   speaker transcripts), and the text reads back into the same turns and paragraphs. Inside an ISO
///   `annotationBlock`, a `u` is one paragraph: its `seg`s are time-aligned pieces of one utterance
///   (cut by `<anchor synch>`) and are joined with a space; `spanGrp` annotations are not speech and
///   are left out, and so are TEICORPO's `<note type="start|end">` time points. TEICORPO's
///   `who="CHI"` names no `xml:id`, so the label is `CHI`, as in the CHAT source.
/// - `sp`: the label is the text of its first `<speaker>` less one final full stop (`MEDEA.` gives
///   `MEDEA: ...`), else `@who` as for `u`. Verse lines (`l`) are one per line; `lg` groups and `p`s are
///   paragraphs; `<head>`s (acts, scenes, cast lists) are paragraphs of their own.
///
/// ## Non-speech
/// Shown in place, never glued onto speech; left out with `includeNotes == false` (stage directions
/// with `includeStage == false`):
/// - `note` (other than the speaker note above), `stage`: `(text)`;
/// - `incident`, `kinesic`, `vocal`: `(text of their desc)`, or `(type)` from `@type` when they have no
///   text, or nothing when they have neither; `pause`: `(pause)`;
/// - `gap`: `[gap: text of its desc]`, or `[gap: reason]`, or `[gap]`.
///
/// Text that is already in parentheses is not put in a second pair. Between paragraphs (a child of
/// `div`, `u` or `sp`) such an element is a paragraph of its own; inside a paragraph it stays in place,
/// with a space before it and one after it before a word (`foo<note>x</note>bar` is `foo (x) bar`, but
/// `foo<note>x</note>.` is `foo (x).`).
///
/// ## Other TEI
/// Paragraph-like elements (`p`, `ab`, `head`, `item`, `castItem`, `trailer`, `byline`, `dateline`,
/// `docTitle`/`titlePart`, `salute`, `signed`, `bibl` in `listBibl`, ...) are paragraphs; containers
/// (`div`, `lg`, `list`, `table`, `figure`, `castList`, ...) only separate them; a paragraph
/// inside a paragraph (a `list` or verse `quote` inside `p`) ends it and the rest of the outer one
/// continues as a new paragraph (after verse lines, as a further line). Table rows are lines with
/// ` | ` between cells. Text outside any paragraph element is a paragraph of its own. Of `choice` the
/// `expan`, `reg` or `corr` is shown, of `app` the `lem` (or first `rdg`); `del`, `surplus`, `fw`,
/// `figDesc`, `index`, standoff and metadata lists (`listPerson`, `listEvent`, ...) are not text.
/// Elements in other namespaces (MathML, TEI examples) give their text in place.
///
/// ## Whitespace and entities
/// As TEI processors treat it: inside a paragraph each run of XML whitespace is one space, none at
/// either end (U+00A0 is text, not whitespace; `xml:space` is not honoured). `<lb/>`, `<pb/>` and
/// `<cb/>` are word boundaries (`foo<lb/>bar` is `foo bar`) unless `break="no"` (`foo<lb break="no"/>bar`
/// is `foobar`); a left-out `note` or stage direction neither adds nor loses a space. Linguistic
/// tokens (`w`, `pc`) are followed by a space unless `join="right"`. Entities are never expanded: an
/// entity reference that the parser left in the tree is written as it stands, `&name;`.
///
/// The walk is iterative (`ForeignNodeWalk`), so any nesting depth is fine.
struct ForeignText {
    let options: TextOptions

    init(options: TextOptions) {
        self.options = options
    }

    /// The plain text of `document`.
    func render(_ document: XMLDocument) -> String {
        switch options.format {
        case .parlamint:
            return String(decoding: ParlaMintText(options: options).render(document), as: UTF8.self)
        case .text:
            let blocks = self.blocks(document)
            return blocks.isEmpty ? "" : blocks.map(\.text).joined(separator: "\n\n") + "\n"
        }
    }

    /// The paragraphs of the `.text` format, with where each came from (for tests and callers that want
    /// the turns).
    func blocks(_ document: XMLDocument) -> [ForeignBlock] {
        let renderer = ForeignTextRenderer(options: options, document: document)
        renderer.run()
        return renderer.blocks
    }
}
