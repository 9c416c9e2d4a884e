import CLibXML

/// Runs our own checks (`Check`) over a parsed document.
struct OwnChecks {
    let checks: Set<Check>
    /// Identifiers declared in other files (`--ids-from`), which references may point to.
    let externalIDs: Set<String>

    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"
    /// Attributes whose `#id` tokens must resolve (TEI's pointer attributes).
    static let pointerAttributes: Set<String> = [
        "who", "corresp", "ref", "target", "targets", "start", "end", "synch", "sameAs", "copyOf", "next", "prev",
        "resp", "ana", "source", "facs", "spanTo", "from", "to", "scheme", "hand", "decls", "inst", "exclude", "select",
    ]
    static let datingAttributes = ["when", "from", "to", "notBefore", "notAfter"]

    func run(on document: XMLDocument, file: String) -> [Diagnostic] {
        guard !checks.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        var declared: [String: Int] = [:]
        var pointers: [(value: String, attribute: String, node: xmlNodePtr)] = []
        document.forEachElement { node in
            let attributes = XMLDocument.attributes(of: node)
            func report(_ code: Check, _ message: String) {
                diagnostics.append(Diagnostic(file: file, line: Int(xmlGetLineNo(node)), code: code.rawValue,
                                              message: message, path: XMLElement.path(of: node)))
            }
            for attribute in attributes {
                if attribute.namespace == Self.xmlNamespace, attribute.name == "id" {
                    if checks.contains(.ids), xmlValidateNCName(attribute.value, 0) != 0 {
                        report(.ids, "xml:id '\(attribute.value)' is not an NCName")
                    }
                    if let line = declared[attribute.value] {
                        if checks.contains(.ids) { report(.ids, "xml:id '\(attribute.value)' is already declared on line \(line)") }
                    } else {
                        declared[attribute.value] = Int(xmlGetLineNo(node))
                    }
                } else if attribute.namespace == nil, Self.pointerAttributes.contains(attribute.name) {
                    pointers.append((attribute.value, attribute.name, node))
                }
            }
            let dating = attributes.filter { $0.namespace == nil && Self.datingAttributes.contains($0.name) }
            if checks.contains(.dating), dating.contains(where: { $0.name == "when" }), dating.count > 1 {
                let others = dating.filter { $0.name != "when" }.map { "@" + $0.name }.joined(separator: ", ")
                report(.dating, "@when is combined with \(others); use either @when or a range")
            }
            if checks.contains(.calendar) {
                for attribute in dating where !CalendarCheck.isPlausible(attribute.value) {
                    report(.calendar, "@\(attribute.name)='\(attribute.value)' is not a real calendar date")
                }
            }
        }
        if checks.contains(.references) {
            for pointer in pointers {
                for token in pointer.value.split(whereSeparator: \.isWhitespace) where token.hasPrefix("#") {
                    let id = String(token.dropFirst())
                    guard declared[id] == nil, !externalIDs.contains(id) else { continue }
                    diagnostics.append(Diagnostic(file: file, line: Int(xmlGetLineNo(pointer.node)), code: Check.references.rawValue,
                                                  message: "@\(pointer.attribute) points to '\(token)', which no xml:id declares",
                                                  path: XMLElement.path(of: pointer.node)))
                }
            }
        }
        return diagnostics.sorted { ($0.line ?? 0) < ($1.line ?? 0) }
    }

    /// The `xml:id`s a document declares (for `--ids-from`).
    static func declaredIDs(in document: XMLDocument) -> Set<String> {
        var ids: Set<String> = []
        document.forEachElement { node in
            for attribute in XMLDocument.attributes(of: node) where attribute.namespace == xmlNamespace && attribute.name == "id" {
                ids.insert(attribute.value)
            }
        }
        return ids
    }
}
