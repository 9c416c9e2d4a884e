/// Writes a noise or gap as TEI: `(APPLAUSE)` -> `<incident rend="parentheses"><desc>APPLAUSE</desc>`,
/// `[inaudible]` -> `<gap reason="inaudible" rend="brackets"><desc>inaudible</desc>`.
enum EventElement {
    /// Appends the element for `text` (the words in their brackets) of the given kind to `parent`;
    /// `separatorToken` (a `LayoutCode` token) joins the brackets in `@rend`.
    static func append(_ kind: NonSpeech.Kind, text: Substring, to parent: XMLElement, separatorToken: String? = nil) {
        let element = parent.append(kind.rawValue)
        let (inner, brackets) = split(text)
        if kind == .pause {
            // `(.)` to `(...)`: a micro, short or long pause; `(1.5)`: its length, as written.
            if let dots = ["micro", "short", "long"].indices.first(where: { String(repeating: ".", count: $0 + 1) == inner }) {
                element.set("type", ["micro", "short", "long"][dots])
            } else {
                element.set("dur", "PT" + inner + "S")
            }
            element.set("rend", ifPresent: rend(brackets, separatorToken))
            return
        }
        if kind == .gap, let reason = inner.split(separator: " ").first, reason.allSatisfy(\.isLetter) {
            element.set("reason", reason.lowercased())
        }
        element.set("rend", ifPresent: rend(brackets, separatorToken))
        element.append("desc", text: inner)
    }

    /// Appends a stage direction, as plays have them: `(Enter OPHELIA)` -> `<stage rend="parentheses">`,
    /// `Exeunt.` -> `<stage>`.
    static func appendStage(text: Substring, to parent: XMLElement, separatorToken: String? = nil) {
        let (inner, brackets) = split(text)
        parent.append("stage", text: inner).set("rend", ifPresent: rend(brackets, separatorToken))
    }

    /// The text an element written by `append` or `appendStage` stands for: its `<desc>` in the brackets
    /// its `@rend` names (none when it names none: a play's `Enter the King.`).
    static func text(desc: String, rend: String?) -> String {
        let tokens = (rend ?? "").split(separator: " ")
        if tokens.contains("parentheses") { return "(" + desc + ")" }
        if tokens.contains("brackets") { return "[" + desc + "]" }
        return desc
    }

    /// The text a `<pause>` written by `append` stands for: `(.)` for `type="micro"`, `(1.5)` for
    /// `dur="PT1.5S"`.
    static func pauseText(type: String?, duration: String?, rend: String?) -> String {
        let dots = ["micro": ".", "short": "..", "long": "..."][type ?? ""]
        let seconds = duration.map { String($0.dropFirst(2).dropLast()) }
        return text(desc: dots ?? seconds ?? "", rend: rend)
    }

    /// The words inside the brackets and which brackets (`parentheses`, `brackets`), or the whole text
    /// and none.
    private static func split(_ text: Substring) -> (inner: String, brackets: String?) {
        switch (text.first, text.last) {
        case ("(", ")"): return (String(text.dropFirst().dropLast()), "parentheses")
        case ("[", "]"): return (String(text.dropFirst().dropLast()), "brackets")
        default: return (String(text), nil)
        }
    }

    private static func rend(_ brackets: String?, _ separatorToken: String?) -> String? {
        let tokens = [brackets, separatorToken].compactMap { $0 }
        return tokens.isEmpty ? nil : tokens.joined(separator: " ")
    }
}
