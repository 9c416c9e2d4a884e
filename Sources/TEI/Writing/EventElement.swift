/// Writes a noise or gap as TEI: `(APPLAUSE)` -> `<incident rend="parentheses"><desc>APPLAUSE</desc>`,
/// `[inaudible]` -> `<gap reason="inaudible" rend="brackets"><desc>inaudible</desc>`.
enum EventElement {
    /// Appends the element for `text` (the words in their brackets) of the given kind to `parent`;
    /// `separatorToken` (a `LayoutCode` token) joins the brackets in `@rend`.
    static func append(_ kind: NonSpeech.Kind, text: Substring, to parent: XMLElement, separatorToken: String? = nil) {
        let element = parent.append(kind.rawValue)
        let inner = String(text.dropFirst().dropLast())
        if kind == .gap, let reason = inner.split(separator: " ").first, reason.allSatisfy(\.isLetter) {
            element.set("reason", reason.lowercased())
        }
        let brackets = text.first == "(" ? "parentheses" : "brackets"
        element.set("rend", [brackets, separatorToken].compactMap { $0 }.joined(separator: " "))
        element.append("desc", text: inner)
    }

    /// Appends a stage direction, as plays have them: `(Enter OPHELIA)` -> `<stage rend="parentheses">`.
    static func appendStage(text: Substring, to parent: XMLElement, separatorToken: String? = nil) {
        let stage = parent.append("stage", text: String(text.dropFirst().dropLast()))
        stage.set("rend", [text.first == "(" ? "parentheses" : "brackets", separatorToken].compactMap { $0 }.joined(separator: " "))
    }

    /// The text an element written by `append` or `appendStage` stands for: its `<desc>` in the brackets its `@rend` names.
    static func text(desc: String, rend: String?) -> String {
        let round = (rend ?? "").split(separator: " ").contains("parentheses")
        return (round ? "(" : "[") + desc + (round ? ")" : "]")
    }
}
