extension RelaxNGFlatGrammar {
    /// What a grammar says of an element's attributes, for messages.
    struct AttributeRules {
        /// Names of attributes some pattern for the element allows.
        var allowed: Set<QualifiedName> = []
        /// Names of attributes that every pattern for the element requires on every path.
        var required: Set<QualifiedName> = []
        /// Whether a wildcard (`anyName`, `nsName`) allows attributes not named.
        var wildcard = false
    }

    /// The attributes the element patterns named `name` allow and require (looking through references,
    /// not into child elements).
    func attributeRules(ofElement name: QualifiedName) -> AttributeRules {
        var rules = AttributeRules()
        var required: Set<QualifiedName>?
        var visited: Set<Int> = []
        func collect(_ pattern: RelaxNGPattern, required: Bool) {
            switch pattern {
            case .attribute(let nameClass, _):
                if case .name(let attribute) = nameClass {
                    rules.allowed.insert(attribute)
                    if required { rules.required.insert(attribute) }
                } else if case .choice(let names) = nameClass {
                    for case .name(let attribute) in names { rules.allowed.insert(attribute) }
                } else {
                    rules.wildcard = true
                }
            case .group(let members), .interleave(let members):
                members.forEach { collect($0, required: required) }
            case .choice(let members):
                members.forEach { collect($0, required: required && members.count == 1) }
            case .optional(let content), .zeroOrMore(let content):
                collect(content, required: false)
            case .oneOrMore(let content), .mixed(let content):
                collect(content, required: required)
            case .ref(let index):
                guard visited.insert(index).inserted else { return }
                collect(defines[index].pattern, required: required)
            case .element, .empty, .text, .notAllowed, .data, .value, .list:
                break
            }
        }
        var elementPatterns: [RelaxNGPattern] = [start] + defines.map(\.pattern)
        while let pattern = elementPatterns.popLast() {
            switch pattern {
            case .element(let nameClass, let content):
                if nameClass.contains(name) {
                    let before = rules.required
                    rules.required = []
                    visited = []
                    collect(content, required: true)
                    required = required.map { $0.intersection(rules.required) } ?? rules.required
                    rules.required = before
                }
                elementPatterns.append(content)
            case .group(let members), .interleave(let members), .choice(let members):
                elementPatterns += members
            case .optional(let content), .zeroOrMore(let content), .oneOrMore(let content), .mixed(let content),
                 .attribute(_, let content), .list(let content):
                elementPatterns.append(content)
            case .ref, .empty, .text, .notAllowed, .data, .value:
                break
            }
        }
        rules.required = required ?? []
        return rules
    }
}
