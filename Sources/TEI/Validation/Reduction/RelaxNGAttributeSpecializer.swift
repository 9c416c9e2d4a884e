/// Rewrites each element pattern's attribute patterns for the attributes its elements carry in one
/// document (`AttributeUsage`), keeping the verdict on that document.
///
/// libxml2 validates an `optional` attribute by keeping two states when the attribute is there (taken
/// and skipped), so an element with k optional attributes present is carried on in 2^k states, every
/// one of which is checked to the element's end: 128 states for each `<w>` of a ParlaMint `.ana` file,
/// where seven attributes on a word are usual. Where the element's attributes are known, the choice
/// is not a choice:
/// - an attribute no element of the name carries: its pattern cannot match, `notAllowed` (propagated
///   as in RELAX NG simplification: `optional` drops it, `choice` drops the branch);
/// - an attribute every element of the name carries, matched by exactly one attribute pattern of the
///   element (not under `zeroOrMore` or `oneOrMore`): every match of the element must take it with that
///   pattern, since an attribute left unmatched fails the element. So an `optional` around a pattern
///   that must take it is dropped, and so are a `choice`'s branches that cannot take it.
/// Required attributes then stand directly in the element, where libxml2 checks them without states.
/// Attribute-only defines (TEI's `att.*.attributes`) are written out in each element that uses them,
/// as each element's usage differs. Elements with wildcard attribute names, repeated or ambiguous
/// attribute patterns, or unknown usage are left as they are.
struct RelaxNGAttributeSpecializer {
    private let grammar: RelaxNGFlatGrammar
    private let usage: [QualifiedName: AttributeUsage]
    /// What each define has at its own level (not inside an element): attribute and element patterns.
    private var levels: [Int: (attributes: Bool, elements: Bool)] = [:]

    static func specialize(_ grammar: RelaxNGFlatGrammar, usage: [QualifiedName: AttributeUsage]) -> RelaxNGFlatGrammar {
        var specializer = RelaxNGAttributeSpecializer(grammar: grammar, usage: usage)
        let defines = grammar.defines.map { RelaxNGDefine(name: $0.name, pattern: specializer.elements(in: $0.pattern)) }
        let start = specializer.elements(in: grammar.start)
        return RelaxNGFlatGrammar(defines: defines, start: start).droppingUnreachableDefines()
    }

    private init(grammar: RelaxNGFlatGrammar, usage: [QualifiedName: AttributeUsage]) {
        self.grammar = grammar
        self.usage = usage
    }

    /// `pattern` with every element pattern in it (not through references) specialized.
    private mutating func elements(in pattern: RelaxNGPattern) -> RelaxNGPattern {
        switch pattern {
        case .element(let nameClass, let content):
            return element(nameClass, content)
        case .attribute(let nameClass, let content):
            return .attribute(nameClass, elements(in: content))
        case .group(let members):
            return .group(members.map { elements(in: $0) })
        case .interleave(let members):
            return .interleave(members.map { elements(in: $0) })
        case .choice(let members):
            return .choice(members.map { elements(in: $0) })
        case .optional(let content):
            return .optional(elements(in: content))
        case .zeroOrMore(let content):
            return .zeroOrMore(elements(in: content))
        case .oneOrMore(let content):
            return .oneOrMore(elements(in: content))
        case .mixed(let content):
            return .mixed(elements(in: content))
        case .empty, .text, .notAllowed, .list, .ref, .data, .value:
            return pattern
        }
    }

    private mutating func element(_ nameClass: RelaxNGNameClass, _ content: RelaxNGPattern) -> RelaxNGPattern {
        guard case .name(let name) = nameClass, let carried = usage[name], let unique = uniqueAttributes(of: content) else {
            return .element(nameClass, elements(in: content))
        }
        let always = carried.always.intersection(unique)
        let specialized = attributes(in: content, carried: carried.sometimes, always: always)
        // An element that cannot match at all stays as it was, failing as before.
        guard specialized != .notAllowed else { return .element(nameClass, elements(in: content)) }
        return .element(nameClass, Self.flattened(specialized))
    }

    /// The attribute names of the element content's attribute patterns, if each is one name, matched by
    /// one pattern only, and not repeated; `nil` otherwise.
    private mutating func uniqueAttributes(of content: RelaxNGPattern) -> Set<QualifiedName>? {
        var names: Set<QualifiedName> = []
        var visited: Set<Int> = []
        func collect(_ pattern: RelaxNGPattern, repeated: Bool) -> Bool {
            switch pattern {
            case .attribute(let nameClass, _):
                guard !repeated, case .name(let name) = nameClass else { return false }
                return names.insert(name).inserted
            case .group(let members), .interleave(let members), .choice(let members):
                return members.allSatisfy { collect($0, repeated: repeated) }
            case .optional(let content), .mixed(let content):
                return collect(content, repeated: repeated)
            case .zeroOrMore(let content), .oneOrMore(let content):
                return collect(content, repeated: true)
            case .ref(let index):
                // Reached twice, a define with attributes gives two patterns for each of them. One with
                // elements as well is not written out in the element (it could hold the element itself).
                guard visited.insert(index).inserted else { return !hasAttributes(index) }
                if hasAttributes(index), level(of: index).elements { return false }
                return collect(grammar.defines[index].pattern, repeated: repeated)
            case .element, .empty, .text, .notAllowed, .list, .data, .value:
                return true
            }
        }
        return collect(content, repeated: false) ? names : nil
    }

    /// The element content `pattern` with its attribute patterns rewritten for elements carrying at most
    /// `carried`, and every one of `always` (each matched by one pattern of the element only).
    private mutating func attributes(in pattern: RelaxNGPattern, carried: Set<QualifiedName>, always: Set<QualifiedName>) -> RelaxNGPattern {
        switch pattern {
        case .attribute(.name(let name), let content):
            return carried.contains(name) ? .attribute(.name(name), elements(in: content)) : .notAllowed
        case .group(let members), .interleave(let members):
            return .sequence(like: pattern, of: members) { attributes(in: $0, carried: carried, always: always) }
        case .choice(let members):
            var kept: [RelaxNGPattern] = []
            for member in members {
                let rewritten = attributes(in: member, carried: carried, always: always)
                if rewritten != .notAllowed && !kept.contains(rewritten) { kept.append(rewritten) }
            }
            let taking = kept.filter { Self.takes(always, $0) }
            if !taking.isEmpty { kept = taking }
            if kept.isEmpty { return .notAllowed }
            return kept.count == 1 ? kept[0] : .choice(kept)
        case .optional(let content):
            let rewritten = attributes(in: content, carried: carried, always: always)
            if rewritten == .notAllowed || rewritten == .empty { return .empty }
            return Self.takes(always, rewritten) ? rewritten : .optional(rewritten)
        case .mixed(let content):
            let rewritten = attributes(in: content, carried: carried, always: always)
            return rewritten == .notAllowed ? .notAllowed : .mixed(rewritten)
        case .ref(let index):
            if hasAttributes(index) { return attributes(in: grammar.defines[index].pattern, carried: carried, always: always) }
            return isEmpty(index) ? .empty : pattern
        case .attribute, .element, .empty, .text, .notAllowed, .list, .data, .value, .zeroOrMore, .oneOrMore:
            // No attribute pattern in these (`uniqueAttributes` refused repeated and wildcard ones).
            return elements(in: pattern)
        }
    }

    /// Whether every match of `pattern` takes one of the attributes `always`.
    private static func takes(_ always: Set<QualifiedName>, _ pattern: RelaxNGPattern) -> Bool {
        switch pattern {
        case .attribute(.name(let name), _):
            return always.contains(name)
        case .group(let members), .interleave(let members):
            return members.contains { takes(always, $0) }
        case .choice(let members):
            return members.allSatisfy { takes(always, $0) }
        case .mixed(let content):
            return takes(always, content)
        default:
            return false
        }
    }

    /// Whether define `index` has attribute patterns at its own level, looking through references.
    private mutating func hasAttributes(_ index: Int) -> Bool {
        level(of: index).attributes
    }

    /// Whether define `index` has attribute and element patterns at its own level (not inside an
    /// element), looking through references.
    private mutating func level(of index: Int) -> (attributes: Bool, elements: Bool) {
        if let known = levels[index] { return known }
        levels[index] = (false, false)
        var found = (attributes: false, elements: false)
        var pending = [grammar.defines[index].pattern]
        while let pattern = pending.popLast() {
            switch pattern {
            case .attribute:
                found.attributes = true
            case .element:
                found.elements = true
            case .group(let members), .interleave(let members), .choice(let members):
                pending += members
            case .optional(let content), .zeroOrMore(let content), .oneOrMore(let content), .mixed(let content):
                pending.append(content)
            case .ref(let other):
                let inner = level(of: other)
                found = (found.attributes || inner.attributes, found.elements || inner.elements)
            case .empty, .text, .notAllowed, .list, .data, .value:
                break
            }
        }
        levels[index] = found
        return found
    }

    /// Whether define `index` is `empty`, or a reference to such a define (as the reducer leaves TEI's
    /// attribute classes whose attributes a document does not use).
    private func isEmpty(_ index: Int) -> Bool {
        var pattern = grammar.defines[index].pattern
        for _ in 0..<16 {
            guard case .ref(let next) = pattern else { break }
            pattern = grammar.defines[next].pattern
        }
        return pattern == .empty
    }

    /// A group's nested groups spliced into it, so that attributes stand directly in the element.
    private static func flattened(_ pattern: RelaxNGPattern) -> RelaxNGPattern {
        guard case .group(let members) = pattern else { return pattern }
        return .group(members.flatMap { member -> [RelaxNGPattern] in
            if case .group = member, case .group(let inner) = flattened(member) { return inner }
            return [member]
        })
    }
}
