import CLibXML

/// The names of the people a document declares (`particDesc/listPerson/person`, wherever the `person`
/// stands, with an `xml:id`), for labelling turns whose `@who` has no verbatim label.
///
/// A person's name is their first `persName`: its `forename`s, `nameLink`s and `surname`s in that
/// order (Parla-CLARIN and ParlaMint write `surname` first), or its whole text when it has none of them.
/// A person without `persName` has no name here, and a turn then shows the id.
struct ForeignSpeakers {
    private var names: [String: String] = [:]

    init(_ document: XMLDocument) {
        guard let root = xmlDocGetRootElement(document.pointer) else { return }
        XMLNode.walk(root, enter: { node in
            guard let name = XMLNode.localTEIName(node) else { return .skip }
            guard name == "person" else { return .descend }
            if let id = XMLNode.attribute("id", of: node, xml: true), names[id] == nil,
               let persName = XMLNode.firstChild(node, named: "persName") {
                let full = Self.name(of: persName)
                if !full.isEmpty { names[id] = full }
            }
            return .skip
        }, leave: { _ in })
    }

    /// The label for a `@who` value: the names of its ids (`#id`, or a URI ending in `#id`), joined by
    /// ", "; an id that names nobody stands for itself, without `#`. `nil` for an empty value.
    func label(who: String) -> String? {
        let references = who.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        let ids = references.map { reference -> String in
            if let hash = reference.lastIndex(of: "#") { return String(reference[reference.index(after: hash)...]) }
            return String(reference)
        }.filter { !$0.isEmpty }
        guard !ids.isEmpty else { return nil }
        return ids.map { names[$0] ?? $0 }.joined(separator: ", ")
    }

    private static func name(of persName: xmlNodePtr) -> String {
        let parts = XMLNode.childElements(of: persName)
        var ordered: [String] = []
        for kind in ["forename", "nameLink", "surname"] {
            for part in parts where XMLNode.isTEI(part, kind) {
                let text = ForeignNodeText.normalized(part)
                if !text.isEmpty { ordered.append(text) }
            }
        }
        return ordered.isEmpty ? ForeignNodeText.normalized(persName) : ordered.joined(separator: " ")
    }
}
