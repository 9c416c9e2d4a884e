import CLibXML

/// Writes a `RelaxNGFlatGrammar` in RELAX NG XML syntax through libxml2. Every name, `nsName` and
/// `value` gets the namespace it had in the source and every `data` and `value` its datatype library,
/// written as `ns` and `datatypeLibrary` attributes wherever what would be inherited differs; the
/// grammar element carries the most common of each.
enum RelaxNGGrammarWriter {
    /// What a pattern inherits in the written grammar.
    private struct Inherited {
        var namespace: String
        var library: String
    }

    static func serialize(_ grammar: RelaxNGFlatGrammar) -> [UInt8] {
        let document = XMLDocument(root: "grammar", namespace: RelaxNGGrammarReader.namespace)
        let root = document.root
        var namespaces: [String: Int] = [:]
        var libraries: [String: Int] = [:]
        count(grammar.start, &namespaces, &libraries)
        for define in grammar.defines { count(define.pattern, &namespaces, &libraries) }
        let inherited = Inherited(namespace: mostCommon(namespaces), library: mostCommon(libraries))
        if !inherited.namespace.isEmpty { root.set("ns", inherited.namespace) }
        if !inherited.library.isEmpty { root.set("datatypeLibrary", inherited.library) }
        let names = grammar.defines.map(\.name)
        write(grammar.start, into: root.append("start"), inherited, names)
        for define in grammar.defines {
            let element = root.append("define")
            element.set("name", define.name)
            writeContent(define.pattern, into: element, inherited, names)
        }
        return document.serialized(indent: true)
    }

    private static func mostCommon(_ counts: [String: Int]) -> String {
        counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? ""
    }

    /// Counts the namespaces of element names and the libraries of datatypes in `pattern`.
    private static func count(_ pattern: RelaxNGPattern, _ namespaces: inout [String: Int], _ libraries: inout [String: Int]) {
        switch pattern {
        case .element(let nameClass, let content):
            if case .name(let name) = nameClass { namespaces[name.namespace, default: 0] += 1 }
            count(content, &namespaces, &libraries)
        case .attribute(_, let content), .optional(let content), .zeroOrMore(let content), .oneOrMore(let content),
             .mixed(let content), .list(let content):
            count(content, &namespaces, &libraries)
        case .group(let members), .interleave(let members), .choice(let members):
            for member in members { count(member, &namespaces, &libraries) }
        case .data(let type, _, let except):
            libraries[type.library, default: 0] += 1
            if let except { count(except, &namespaces, &libraries) }
        case .value(let type, _, _, _):
            if type.type != nil { libraries[type.library, default: 0] += 1 }
        case .empty, .text, .notAllowed, .ref:
            break
        }
    }

    /// Writes `pattern` into `parent`, a `group`'s members one by one: for the elements that take one or
    /// more patterns and read several as their group (`element`, `define`, `optional`, `zeroOrMore`,
    /// `oneOrMore`, `mixed`, `list`), not for `start` and `attribute`, which take exactly one.
    private static func writeContent(_ pattern: RelaxNGPattern, into parent: XMLElement, _ inherited: Inherited, _ names: [String]) {
        if case .group(let members) = pattern {
            for member in members { write(member, into: parent, inherited, names) }
        } else {
            write(pattern, into: parent, inherited, names)
        }
    }

    private static func write(_ pattern: RelaxNGPattern, into parent: XMLElement, _ inherited: Inherited, _ names: [String]) {
        switch pattern {
        case .empty: parent.append("empty")
        case .text: parent.append("text")
        case .notAllowed: parent.append("notAllowed")
        case .element(let nameClass, let content):
            let element = parent.append("element")
            var inner = inherited
            if case .name(let name) = nameClass {
                element.set("name", name.local)
                if name.namespace != inherited.namespace {
                    element.set("ns", name.namespace)
                    inner.namespace = name.namespace
                }
            } else {
                write(nameClass, into: element, inherited)
            }
            writeContent(content, into: element, inner, names)
        case .attribute(let nameClass, let content):
            let attribute = parent.append("attribute")
            var inner = inherited
            if case .name(let name) = nameClass {
                // A `name` attribute of `attribute` is in no namespace unless `ns` says otherwise.
                attribute.set("name", name.local)
                if !name.namespace.isEmpty {
                    attribute.set("ns", name.namespace)
                    inner.namespace = name.namespace
                }
            } else {
                write(nameClass, into: attribute, inherited)
            }
            write(content, into: attribute, inner, names)
        case .group(let members): writeMembers(members, "group", parent, inherited, names)
        case .interleave(let members): writeMembers(members, "interleave", parent, inherited, names)
        case .choice(let members): writeMembers(members, "choice", parent, inherited, names)
        case .optional(let content): writeContent(content, into: parent.append("optional"), inherited, names)
        case .zeroOrMore(let content): writeContent(content, into: parent.append("zeroOrMore"), inherited, names)
        case .oneOrMore(let content): writeContent(content, into: parent.append("oneOrMore"), inherited, names)
        case .mixed(let content): writeContent(content, into: parent.append("mixed"), inherited, names)
        case .list(let content): writeContent(content, into: parent.append("list"), inherited, names)
        case .ref(let index): parent.append("ref").set("name", names[index])
        case .data(let type, let parameters, let except):
            let data = parent.append("data")
            data.set("type", type.type ?? "token")
            if type.library != inherited.library { data.set("datatypeLibrary", type.library) }
            for parameter in parameters {
                let element = data.append("param")
                element.set("name", parameter.name)
                element.appendText(parameter.value)
            }
            if let except {
                let element = data.append("except")
                if case .choice(let members) = except {
                    for member in members { write(member, into: element, inherited, names) }
                } else {
                    write(except, into: element, inherited, names)
                }
            }
        case .value(let type, let namespace, let text, let prefixes):
            let value = parent.append("value")
            if let name = type.type { value.set("type", name) }
            if type.library != inherited.library { value.set("datatypeLibrary", type.library) }
            if namespace != inherited.namespace { value.set("ns", namespace) }
            for (prefix, uri) in prefixes.sorted(by: { $0.key < $1.key }) {
                xmlNewNs(value.pointer, uri, prefix)
            }
            value.appendText(text)
        }
    }

    private static func writeMembers(_ members: [RelaxNGPattern], _ name: String, _ parent: XMLElement, _ inherited: Inherited, _ names: [String]) {
        let element = parent.append(name)
        for member in members { write(member, into: element, inherited, names) }
    }

    private static func write(_ nameClass: RelaxNGNameClass, into parent: XMLElement, _ inherited: Inherited) {
        switch nameClass {
        case .name(let name):
            let element = parent.append("name")
            if name.namespace != inherited.namespace { element.set("ns", name.namespace) }
            element.appendText(name.local)
        case .anyName(let except):
            let element = parent.append("anyName")
            if let except { writeExcept(except, into: element, inherited) }
        case .nsName(let namespace, let except):
            let element = parent.append("nsName")
            var inner = inherited
            if namespace != inherited.namespace {
                element.set("ns", namespace)
                inner.namespace = namespace
            }
            if let except { writeExcept(except, into: element, inner) }
        case .choice(let members):
            let element = parent.append("choice")
            for member in members { write(member, into: element, inherited) }
        }
    }

    private static func writeExcept(_ nameClass: RelaxNGNameClass, into parent: XMLElement, _ inherited: Inherited) {
        let element = parent.append("except")
        if case .choice(let members) = nameClass {
            for member in members { write(member, into: element, inherited) }
        } else {
            write(nameClass, into: element, inherited)
        }
    }
}
