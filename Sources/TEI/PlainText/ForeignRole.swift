/// What a TEI element is to the plain text of foreign TEI, by its local name alone. Some elements
/// change role with their place (`u` inside `annotationBlock`, `seg` inside `u`, `speaker` inside `sp`,
/// `note type="speaker"` before `u`, `bibl` inside `listBibl`): `ForeignTextRenderer` decides those.
enum ForeignRole {
    /// Not text, left out with everything inside: metadata, standoff annotation, facsimiles, forme work,
    /// index entries, deleted text (the text is a reading text).
    case skip
    /// Holds blocks: ends the paragraph before and after it.
    case container
    /// A paragraph of its own (`p`, `head`, `item`, ...).
    case block
    /// A line of a block of lines (`l` in verse, `row` in a table).
    case line
    /// A speaker's turn.
    case turn
    /// A word boundary with no text of its own (`lb`, `pb`, `cb`), unless `break="no"`.
    case wordBreak
    /// A token of linguistic annotation (`w`, `pc`): a space after it unless `join="right"`.
    case token
    /// Non-speech shown in brackets, subject to `includeNotes` (`note`, `incident`, `gap`, ...).
    case nonSpeech
    /// A stage direction, subject to `includeStage`.
    case stage
    /// Alternatives of which one is shown (`choice`, `app`).
    case alternatives
    /// A table cell: ` | ` between the cells of a row.
    case cell
    /// Everything else: its text flows into the current paragraph.
    case inline

    static func of(_ name: String) -> ForeignRole {
        table[name] ?? .inline
    }

    private static let table: [String: ForeignRole] = {
        var table: [String: ForeignRole] = [:]
        for name in ["teiHeader", "standOff", "facsimile", "sourceDoc", "figDesc", "fw", "index", "spanGrp",
                     "timeline", "linkGrp", "link", "joinGrp", "join", "altGrp", "alt", "interpGrp", "interp",
                     "fs", "fLib", "fvLib", "certainty", "precision", "respons", "listPerson", "listOrg",
                     "listEvent", "listRelation", "binaryObject", "graphic", "media", "del", "surplus",
                     "anchor", "ptr", "milestone", "gb", "move", "when"] {
            table[name] = .skip
        }
        for name in ["text", "body", "front", "back", "group", "floatingText", "div", "div1", "div2", "div3",
                     "div4", "div5", "div6", "div7", "lg", "list", "listBibl", "table", "figure", "castList",
                     "castGroup", "spGrp", "epigraph", "opener", "closer", "postscript", "argument", "titlePage",
                     "set", "performance", "prologue", "epilogue"] {
            table[name] = .container
        }
        for name in ["p", "ab", "head", "item", "castItem", "trailer", "byline", "dateline", "docAuthor",
                     "docDate", "docEdition", "docImprint", "docTitle", "titlePart", "salute", "signed",
                     "imprimatur"] {
            table[name] = .block
        }
        for name in ["l", "row"] { table[name] = .line }
        for name in ["sp", "u", "annotationBlock"] { table[name] = .turn }
        for name in ["lb", "pb", "cb"] { table[name] = .wordBreak }
        for name in ["w", "pc"] { table[name] = .token }
        for name in ["note", "incident", "kinesic", "vocal", "gap", "pause"] { table[name] = .nonSpeech }
        table["stage"] = .stage
        table["choice"] = .alternatives
        table["app"] = .alternatives
        table["cell"] = .cell
        return table
    }()
}
