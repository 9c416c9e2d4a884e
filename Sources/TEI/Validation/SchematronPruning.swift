import CLibXML
import Foundation

/// Takes out of a Schematron tree what libxml2's engine cannot run, so that the rest still runs:
/// assertions and rules that use XPath 2.0 functions, variables (`let`, `$name`) or expressions that
/// do not compile as XPath 1.0. Says what was taken out.
enum SchematronPruning {
    /// XPath 1.0's functions and node tests: a call to anything else is XPath 2.0 or XSLT.
    private static let xpath1Functions: Set<String> = [
        "last", "position", "count", "id", "local-name", "namespace-uri", "name", "string", "concat", "starts-with",
        "contains", "substring-before", "substring-after", "substring", "string-length", "normalize-space",
        "translate", "boolean", "not", "true", "false", "lang", "number", "sum", "floor", "ceiling", "round",
        "node", "text", "comment", "processing-instruction",
    ]

    private static let operators: Set<String> = ["and", "or", "div", "mod"]

    /// Removes what libxml2 cannot run; returns a warning that says what, if anything, was removed.
    static func prune(_ tree: XMLDocument, path: String) -> [Diagnostic] {
        var removals: [(node: xmlNodePtr, reason: String)] = []
        tree.forEachElement { node in
            guard isSchematron(node) else { return }
            switch LibXML.string(node.pointee.name) {
            case "let":
                removals.append((node, "variables (`let`) are not supported"))
            case "rule":
                if let context = attribute("context", of: node), let reason = unsupportedContext(context) {
                    removals.append((node, "rule context: \(reason)"))
                }
            case "assert", "report":
                if let test = attribute("test", of: node), let reason = unsupported(test) {
                    removals.append((node, reason))
                }
            default:
                break
            }
        }
        let total = assertionCount(in: tree)
        let lines = removals.map { Int(xmlGetLineNo($0.node)) }
        remove(removals.map(\.node))
        remove(emptyElements(named: "rule", needing: ["assert", "report"], in: tree))
        remove(emptyElements(named: "pattern", needing: ["rule"], in: tree))
        return summary(lines: lines, reasons: removals.map(\.reason), removed: total - assertionCount(in: tree), of: total, path: path)
    }

    private static func assertionCount(in tree: XMLDocument) -> Int {
        var count = 0
        tree.forEachElement { node in
            if isSchematron(node), ["assert", "report"].contains(LibXML.string(node.pointee.name) ?? "") { count += 1 }
        }
        return count
    }

    /// One warning for everything removed, with the lines where it stands.
    private static func summary(lines: [Int], reasons: [String], removed: Int, of total: Int, path: String) -> [Diagnostic] {
        guard let first = lines.first else { return [] }
        let shown = lines.prefix(20).map(String.init).joined(separator: ", ") + (lines.count > 20 ? ", ..." : "")
        let reasons = Set(reasons).sorted().prefix(3).joined(separator: "; ")
        return [Diagnostic(file: path, line: first, severity: .warning, code: "schematron-unsupported",
                           message: "\(removed) of \(total) assertions are not checked: libxml2 runs XPath 1.0 Schematron only (\(reasons)); lines \(shown)")]
    }

    private static func remove(_ nodes: [xmlNodePtr]) {
        for node in nodes.reversed() {
            xmlUnlinkNode(node)
            xmlFreeNode(node)
        }
    }

    /// Schematron elements called `name` with no child element called one of `children` (libxml2
    /// refuses a rule without assertions).
    private static func emptyElements(named name: String, needing children: Set<String>, in tree: XMLDocument) -> [xmlNodePtr] {
        var empty: [xmlNodePtr] = []
        tree.forEachElement { node in
            guard isSchematron(node), LibXML.string(node.pointee.name) == name else { return }
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE, children.contains(LibXML.string(current.pointee.name) ?? "") { return }
                child = current.pointee.next
            }
            empty.append(node)
        }
        return empty
    }

    private static func isSchematron(_ node: xmlNodePtr) -> Bool {
        guard let ns = node.pointee.ns else { return false }
        return SchematronSchema.namespaces.contains(LibXML.string(ns.pointee.href) ?? "")
    }

    private static func attribute(_ name: String, of node: xmlNodePtr) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { tei_xmlFree(value) }
        return LibXML.string(value)
    }

    /// Why libxml2 cannot evaluate `expression`, or `nil` if it can.
    static func unsupported(_ expression: String) -> String? {
        if expression.contains("$") { return "variables are not supported" }
        if let function = calledFunctions(in: expression).first(where: { !xpath1Functions.contains($0) }) {
            return "\(function)() is not an XPath 1.0 function"
        }
        guard let compiled = xmlXPathCompile(expression) else { return "not an XPath 1.0 expression" }
        xmlXPathFreeCompExpr(compiled)
        return nil
    }

    /// Why libxml2 cannot use `context` as a rule context (it compiles contexts as streaming patterns,
    /// which have no predicates or function calls), or `nil` if it can.
    static func unsupportedContext(_ context: String) -> String? {
        if context.contains("[") || context.contains("(") { return "predicates and functions are not supported" }
        return unsupported(context)
    }

    /// The names of functions called in an expression (`name(` outside string literals).
    static func calledFunctions(in expression: String) -> [String] {
        var names: [String] = []
        var name = ""
        var quote: Character?
        for character in expression {
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            if character == "\"" || character == "'" {
                quote = character
                name = ""
            } else if character.isLetter || character.isNumber || "-_.:".contains(character) {
                name.append(character)
            } else {
                let function = name.components(separatedBy: "::").last ?? name
                if character == "(", function.first?.isLetter == true, !operators.contains(function) { names.append(function) }
                name = ""
            }
        }
        return names
    }
}
