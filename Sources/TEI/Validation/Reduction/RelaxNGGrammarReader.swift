import CLibXML

/// Reads a RELAX NG grammar in XML syntax from a libxml2 tree into a flat list of `RelaxNGDefine`s and
/// a start pattern, doing the parts of RELAX NG simplification (spec section 4) that reduction needs:
/// foreign elements and attributes dropped (4.1), whitespace trimmed (4.2), `datatypeLibrary` (4.3)
/// and `ns` (4.9) inherited, QNames resolved (4.10), `div` flattened (4.11), `combine` applied (4.17),
/// nested grammars and `parentRef` resolved by renaming defines apart (4.18).
///
/// `include`, `externalRef` and anything malformed throw `Unsupported`: the caller then compiles the
/// full schema, whose own compiler resolves or reports them.
struct RelaxNGGrammarReader {
    /// The RELAX NG structure namespace.
    static let namespace = "http://relaxng.org/ns/structure/1.0"

    /// Why a grammar is not reduced.
    struct Unsupported: Error, Sendable, Equatable, CustomStringConvertible {
        var message: String
        var line: Int?
        var description: String { line.map { "line \($0): \(message)" } ?? message }
    }

    /// The define names of one `grammar` element, mapped to indexes of the flat list.
    private final class Scope {
        let parent: Scope?
        let number: Int
        var indexes: [String: Int] = [:]

        init(parent: Scope?, number: Int) {
            self.parent = parent
            self.number = number
        }
    }

    /// What an element inherits from its ancestors.
    private struct Context {
        var namespace: String
        var library: String
        var scope: Scope

        /// The context inside `node`: its own `ns` and `datatypeLibrary` win over inherited ones.
        func applying(_ node: xmlNodePtr) -> Context {
            var copy = self
            if let namespace = RelaxNGGrammarReader.attribute(node, "ns") { copy.namespace = namespace }
            if let library = RelaxNGGrammarReader.attribute(node, "datatypeLibrary") { copy.library = library }
            return copy
        }
    }

    /// Key of a grammar's start in its scope (no NCName can be empty).
    private static let startKey = ""

    private var names: [String] = []
    private var scopeNumbers: [Int] = []
    private var parts: [[(combine: String?, pattern: RelaxNGPattern)]] = []
    private var firstLines: [Int] = []
    private var topStart: [(combine: String?, pattern: RelaxNGPattern)] = []
    private var scopeCount = 0

    /// Reads the grammar rooted at `document`'s root element.
    static func read(_ document: XMLDocument) throws(Unsupported) -> RelaxNGFlatGrammar {
        var reader = RelaxNGGrammarReader()
        return try reader.read(document.pointer)
    }

    private mutating func read(_ document: xmlDocPtr) throws(Unsupported) -> RelaxNGFlatGrammar {
        guard let root = xmlDocGetRootElement(document), Self.isRelaxNG(root) else {
            throw Unsupported(message: "the root element is not in the RELAX NG namespace")
        }
        let top = newScope(parent: nil)
        let context = Context(namespace: "", library: "", scope: top).applying(root)
        let start: RelaxNGPattern
        if Self.localName(root) == "grammar" {
            try grammarContent(root, context, top: true)
            start = try Self.combined(topStart, name: "start", line: Self.line(root))
        } else {
            start = try pattern(root, Context(namespace: "", library: "", scope: top))
        }
        var defines: [RelaxNGDefine] = []
        var used: Set<String> = Set(names.indices.filter { scopeNumbers[$0] == 0 }.map { names[$0] })
        for index in names.indices {
            var name = names[index]
            if scopeNumbers[index] != 0 {
                name = (name == Self.startKey ? "start" : name) + ".g\(scopeNumbers[index])"
                while used.contains(name) { name += "_" }
                used.insert(name)
            }
            let shown = names[index] == Self.startKey ? "start" : names[index]
            defines.append(RelaxNGDefine(name: name, pattern: try Self.combined(parts[index], name: shown, line: firstLines[index])))
        }
        return RelaxNGFlatGrammar(defines: defines, start: start)
    }

    // MARK: Grammars

    private mutating func newScope(parent: Scope?) -> Scope {
        defer { scopeCount += 1 }
        return Scope(parent: parent, number: scopeCount)
    }

    private mutating func index(of name: String, in scope: Scope, line: Int) -> Int {
        if let index = scope.indexes[name] { return index }
        let index = names.count
        names.append(name)
        scopeNumbers.append(scope.number)
        parts.append([])
        firstLines.append(line)
        scope.indexes[name] = index
        return index
    }

    /// Collects the `start` and `define` elements of a `grammar` (or `div`) into the flat list.
    private mutating func grammarContent(_ node: xmlNodePtr, _ context: Context, top: Bool) throws(Unsupported) {
        for child in try Self.children(node) {
            let inner = context.applying(child)
            let line = Self.line(child)
            switch Self.localName(child) {
            case "start":
                let combine = Self.attribute(child, "combine").map(Self.trimmed)
                let body = try group(try Self.children(child), inner, of: child)
                if top {
                    topStart.append((combine, body))
                } else {
                    parts[index(of: Self.startKey, in: context.scope, line: line)].append((combine, body))
                }
            case "define":
                guard let name = Self.attribute(child, "name").map(Self.trimmed), !name.isEmpty else {
                    throw Unsupported(message: "a define without a name", line: line)
                }
                let combine = Self.attribute(child, "combine").map(Self.trimmed)
                let body = try group(try Self.children(child), inner, of: child)
                parts[index(of: name, in: context.scope, line: line)].append((combine, body))
            case "div":
                try grammarContent(child, inner, top: top)
            case "include":
                throw Unsupported(message: "include is not supported by grammar reduction", line: line)
            case let other:
                throw Unsupported(message: "unexpected \(other) in a grammar", line: line)
            }
        }
    }

    /// One pattern from the bodies of same-named defines, as `combine` says (RELAX NG 4.17).
    private static func combined(_ parts: [(combine: String?, pattern: RelaxNGPattern)], name: String, line: Int?) throws(Unsupported) -> RelaxNGPattern {
        guard let first = parts.first else {
            throw Unsupported(message: name == "start" ? "a grammar without start" : "a reference to \(name), which is not defined", line: line)
        }
        if parts.count == 1 { return first.pattern }
        if parts.filter({ $0.combine == nil }).count > 1 {
            throw Unsupported(message: "\(name) is defined more than once without combine", line: line)
        }
        let methods = Set(parts.compactMap(\.combine))
        switch methods {
        case ["choice"]: return .choice(parts.map(\.pattern))
        case ["interleave"]: return .interleave(parts.map(\.pattern))
        default: throw Unsupported(message: "\(name) is combined in conflicting ways: \(methods.sorted())", line: line)
        }
    }

    // MARK: Patterns

    private mutating func pattern(_ node: xmlNodePtr, _ outer: Context) throws(Unsupported) -> RelaxNGPattern {
        let context = outer.applying(node)
        let line = Self.line(node)
        switch Self.localName(node) {
        case "element", "attribute":
            let isElement = Self.localName(node) == "element"
            var children = try Self.children(node)
            let nameClass: RelaxNGNameClass
            if let written = Self.attribute(node, "name").map(Self.trimmed) {
                // 4.8: an attribute's name attribute is in no namespace unless the attribute has `ns`.
                let namespace = isElement ? context.namespace : (Self.attribute(node, "ns") ?? "")
                nameClass = .name(try Self.resolve(written, at: node, namespace: namespace))
            } else {
                guard !children.isEmpty else { throw Unsupported(message: "an element or attribute without a name", line: line) }
                nameClass = try self.nameClass(children.removeFirst(), context)
            }
            if isElement {
                return .element(nameClass, try group(children, context, of: node))
            }
            return .attribute(nameClass, children.isEmpty ? .text : try group(children, context, of: node))
        case "group", "interleave", "choice":
            let members = try Self.children(node)
            guard !members.isEmpty else { throw Unsupported(message: "an empty \(Self.localName(node))", line: line) }
            var patterns: [RelaxNGPattern] = []
            for member in members { patterns.append(try pattern(member, context)) }
            if patterns.count == 1 { return patterns[0] }
            switch Self.localName(node) {
            case "group": return .group(patterns)
            case "interleave": return .interleave(patterns)
            default: return .choice(patterns)
            }
        case "optional": return .optional(try group(try Self.children(node), context, of: node))
        case "zeroOrMore": return .zeroOrMore(try group(try Self.children(node), context, of: node))
        case "oneOrMore": return .oneOrMore(try group(try Self.children(node), context, of: node))
        case "mixed": return .mixed(try group(try Self.children(node), context, of: node))
        case "list": return .list(try group(try Self.children(node), context, of: node))
        case "empty": return .empty
        case "text": return .text
        case "notAllowed": return .notAllowed
        case "ref", "parentRef":
            guard let name = Self.attribute(node, "name").map(Self.trimmed), !name.isEmpty else {
                throw Unsupported(message: "a reference without a name", line: line)
            }
            var scope = context.scope
            if Self.localName(node) == "parentRef" {
                guard let parent = scope.parent else { throw Unsupported(message: "parentRef outside a nested grammar", line: line) }
                scope = parent
            }
            return .ref(index(of: name, in: scope, line: line))
        case "grammar":
            let scope = newScope(parent: context.scope)
            var inner = context
            inner.scope = scope
            try grammarContent(node, inner, top: false)
            return .ref(index(of: Self.startKey, in: scope, line: line))
        case "data":
            guard let type = Self.attribute(node, "type").map(Self.trimmed) else {
                throw Unsupported(message: "data without a type", line: line)
            }
            var parameters: [RelaxNGParameter] = []
            var except: RelaxNGPattern?
            for child in try Self.children(node) {
                switch Self.localName(child) {
                case "param" where except == nil:
                    parameters.append(RelaxNGParameter(name: Self.trimmed(Self.attribute(child, "name") ?? ""), value: Self.content(child)))
                case "except" where except == nil:
                    except = try choice(try Self.children(child), context.applying(child), of: child)
                default:
                    throw Unsupported(message: "unexpected \(Self.localName(child)) in data", line: Self.line(child))
                }
            }
            return .data(RelaxNGDatatype(library: context.library, type: type), parameters: parameters, except: except)
        case "value":
            let type = Self.attribute(node, "type").map(Self.trimmed)
            var prefixes: [String: String] = [:]
            if type == "QName" || type == "NOTATION" { prefixes = Self.prefixesInScope(node) }
            return .value(RelaxNGDatatype(library: context.library, type: type), namespace: context.namespace,
                          text: Self.content(node), prefixes: prefixes)
        case "externalRef":
            throw Unsupported(message: "externalRef is not supported by grammar reduction", line: line)
        case let other:
            throw Unsupported(message: "unexpected \(other) where a pattern belongs", line: line)
        }
    }

    /// The patterns of `nodes` as one: itself when alone, else their `group` (RELAX NG 4.12).
    private mutating func group(_ nodes: [xmlNodePtr], _ context: Context, of parent: xmlNodePtr) throws(Unsupported) -> RelaxNGPattern {
        try combined(nodes, context, of: parent, as: RelaxNGPattern.group)
    }

    /// The patterns of `nodes` as one: itself when alone, else their `choice` (an `except`'s children).
    private mutating func choice(_ nodes: [xmlNodePtr], _ context: Context, of parent: xmlNodePtr) throws(Unsupported) -> RelaxNGPattern {
        try combined(nodes, context, of: parent, as: RelaxNGPattern.choice)
    }

    /// The patterns of `nodes`: the one pattern when alone, else `combine` of them all.
    private mutating func combined(_ nodes: [xmlNodePtr], _ context: Context, of parent: xmlNodePtr,
                                   as combine: ([RelaxNGPattern]) -> RelaxNGPattern) throws(Unsupported) -> RelaxNGPattern {
        guard !nodes.isEmpty else {
            throw Unsupported(message: "\(Self.localName(parent)) without a pattern", line: Self.line(parent))
        }
        var patterns: [RelaxNGPattern] = []
        for node in nodes { patterns.append(try pattern(node, context)) }
        return patterns.count == 1 ? patterns[0] : combine(patterns)
    }

    // MARK: Name classes

    private func nameClass(_ node: xmlNodePtr, _ outer: Context) throws(Unsupported) -> RelaxNGNameClass {
        let context = outer.applying(node)
        let line = Self.line(node)
        switch Self.localName(node) {
        case "name":
            return .name(try Self.resolve(Self.trimmed(Self.content(node)), at: node, namespace: context.namespace))
        case "anyName":
            return .anyName(except: try exceptNameClass(node, context))
        case "nsName":
            return .nsName(context.namespace, except: try exceptNameClass(node, context))
        case "choice":
            let members = try Self.children(node)
            guard !members.isEmpty else { throw Unsupported(message: "an empty name class choice", line: line) }
            var classes: [RelaxNGNameClass] = []
            for member in members { classes.append(try nameClass(member, context)) }
            return classes.count == 1 ? classes[0] : .choice(classes)
        case let other:
            throw Unsupported(message: "unexpected \(other) where a name class belongs", line: line)
        }
    }

    /// The name class of the `except` child of an `anyName` or `nsName`, if any.
    private func exceptNameClass(_ node: xmlNodePtr, _ context: Context) throws(Unsupported) -> RelaxNGNameClass? {
        let children = try Self.children(node)
        guard let except = children.first else { return nil }
        guard children.count == 1, Self.localName(except) == "except" else {
            throw Unsupported(message: "unexpected content in \(Self.localName(node))", line: Self.line(node))
        }
        let inner = context.applying(except)
        let members = try Self.children(except)
        guard !members.isEmpty else { throw Unsupported(message: "an empty except", line: Self.line(except)) }
        var classes: [RelaxNGNameClass] = []
        for member in members { classes.append(try nameClass(member, inner)) }
        return classes.count == 1 ? classes[0] : .choice(classes)
    }

    // MARK: libxml2 tree

    private static func isRelaxNG(_ node: xmlNodePtr) -> Bool {
        node.pointee.type == XML_ELEMENT_NODE && LibXML.string(node.pointee.ns?.pointee.href) == namespace
    }

    private static func localName(_ node: xmlNodePtr) -> String {
        LibXML.string(node.pointee.name) ?? ""
    }

    private static func line(_ node: xmlNodePtr) -> Int {
        Int(xmlGetLineNo(node))
    }

    /// The RELAX NG element children of `node`; foreign elements (annotations), comments and
    /// processing instructions are skipped, text other than whitespace is refused.
    private static func children(_ node: xmlNodePtr) throws(Unsupported) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                if isRelaxNG(current) { result.append(current) }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if !trimmed(LibXML.string(current.pointee.content) ?? "").isEmpty {
                    throw Unsupported(message: "text inside \(localName(node))", line: line(current))
                }
            case XML_ENTITY_REF_NODE:
                throw Unsupported(message: "an entity reference inside \(localName(node))", line: line(current))
            default:
                break
            }
            child = current.pointee.next
        }
        return result
    }

    /// An attribute in no namespace (RELAX NG's own attributes), verbatim.
    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetNoNsProp(node, name) else { return nil }
        defer { tei_xmlFree(value) }
        return LibXML.string(value)
    }

    /// The text content of `node`, verbatim.
    private static func content(_ node: xmlNodePtr) -> String {
        guard let value = xmlNodeGetContent(node) else { return "" }
        defer { tei_xmlFree(value) }
        return LibXML.string(value) ?? ""
    }

    static func trimmed(_ text: String) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(text[first...last])
    }

    /// A QName written at `node`, its prefix resolved there; an unprefixed name is in `namespace`.
    private static func resolve(_ qname: String, at node: xmlNodePtr, namespace: String) throws(Unsupported) -> QualifiedName {
        guard let colon = qname.firstIndex(of: ":") else { return QualifiedName(namespace, qname) }
        let prefix = String(qname[..<colon])
        let local = String(qname[qname.index(after: colon)...])
        guard !local.isEmpty, !local.contains(":"), let bound = xmlSearchNs(node.pointee.doc, node, prefix),
              let uri = LibXML.string(bound.pointee.href) else {
            throw Unsupported(message: "the prefix of \(qname) is not declared", line: line(node))
        }
        return QualifiedName(uri, local)
    }

    /// The prefixed namespace declarations in scope at `node` (for QName values).
    private static func prefixesInScope(_ node: xmlNodePtr) -> [String: String] {
        guard let list = xmlGetNsList(node.pointee.doc, node) else { return [:] }
        defer { tei_xmlFree(list) }
        var result: [String: String] = [:]
        var index = 0
        while let namespace = list[index] {
            if let prefix = LibXML.string(namespace.pointee.prefix), prefix != "xml", result[prefix] == nil {
                result[prefix] = LibXML.string(namespace.pointee.href) ?? ""
            }
            index += 1
        }
        return result
    }
}
