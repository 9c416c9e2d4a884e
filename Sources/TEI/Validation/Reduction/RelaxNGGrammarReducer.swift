/// Reduces a flat grammar to the names a document uses, keeping its verdict on that document.
///
/// An `element` pattern whose name class holds no element name of the document cannot match any of
/// its elements, and an `attribute` pattern whose name class holds no attribute name of the document
/// cannot match any of its attributes: both are equivalent to `notAllowed` for that document. So is
/// any pattern that needs one of them, and any define that cannot be matched by a finite derivation
/// (computed as a least fixpoint, so that recursive defines are handled). Those patterns become
/// `notAllowed`, which is then propagated as in RELAX NG simplification (spec 4.19): `choice` drops the
/// branch; `group`, `interleave`, `oneOrMore`, `list`, `mixed`, `attribute` and `element` become
/// `notAllowed`; `optional` and `zeroOrMore` become `empty`; a `data` `except` that is `notAllowed` is
/// dropped. `empty` is tidied away where it is neutral. Defines no longer reachable from the start are
/// dropped. Every step replaces a pattern by one that matches the same parts of the document, so
/// validity of the document (and of any document using only those names) is unchanged.
///
/// With `stubs`, an element or attribute pattern whose names the document does not use becomes a stub
/// instead (`element x { empty }`, `attribute x { text }`): it still matches nothing in the document, so
/// the verdict is the same, but libxml2 can then name it in its messages ("Expecting element to"),
/// where with `notAllowed` a missing required element makes its parent, and so the root, unmatchable.
struct RelaxNGGrammarReducer {
    private let grammar: RelaxNGFlatGrammar
    private let names: NameSet
    private let stubs: Bool
    /// Whether each define can match something built from the names (least fixpoint).
    private var satisfiable: [Bool]
    /// Old define index to new one, for the defines reached so far.
    private var newIndexes: [Int: Int] = [:]
    private var reached: [Int] = []

    /// `grammar` reduced to `names`.
    static func reduce(_ grammar: RelaxNGFlatGrammar, to names: NameSet, stubs: Bool = false) -> RelaxNGFlatGrammar {
        var reducer = RelaxNGGrammarReducer(grammar: grammar, names: names, stubs: stubs)
        return reducer.reduced()
    }

    private init(grammar: RelaxNGFlatGrammar, names: NameSet, stubs: Bool) {
        self.grammar = grammar
        self.names = names
        self.stubs = stubs
        satisfiable = Array(repeating: false, count: grammar.defines.count)
        var changed = true
        while changed {
            changed = false
            for index in grammar.defines.indices.reversed() where !satisfiable[index] {
                if isSatisfiable(grammar.defines[index].pattern) {
                    satisfiable[index] = true
                    changed = true
                }
            }
        }
    }

    /// Whether `pattern` can match anything made of the names, given what is known of the defines.
    private func isSatisfiable(_ pattern: RelaxNGPattern) -> Bool {
        switch pattern {
        case .empty, .text, .data, .value, .optional, .zeroOrMore:
            return true
        case .notAllowed:
            return false
        case .element(let nameClass, let content):
            guard nameClass.intersects(names.elements) else { return stubs }
            return isSatisfiable(content)
        case .attribute(let nameClass, let content):
            guard nameClass.intersects(names.attributes) else { return stubs }
            return isSatisfiable(content)
        case .group(let members), .interleave(let members):
            return members.allSatisfy(isSatisfiable)
        case .choice(let members):
            return members.contains(where: isSatisfiable)
        case .oneOrMore(let content), .mixed(let content), .list(let content):
            return isSatisfiable(content)
        case .ref(let index):
            return satisfiable[index]
        }
    }

    private mutating func reduced() -> RelaxNGFlatGrammar {
        let start = rewrite(grammar.start)
        var defines: [RelaxNGDefine] = []
        var next = 0
        while next < reached.count {
            let old = reached[next]
            next += 1
            defines.append(RelaxNGDefine(name: grammar.defines[old].name, pattern: rewrite(grammar.defines[old].pattern)))
        }
        return RelaxNGFlatGrammar(defines: defines, start: start)
    }

    /// `pattern` with every part that cannot match replaced by `notAllowed`, propagated.
    /// It is `notAllowed` exactly when `isSatisfiable(pattern)` is false.
    private mutating func rewrite(_ pattern: RelaxNGPattern) -> RelaxNGPattern {
        switch pattern {
        case .empty, .text, .notAllowed, .value:
            return pattern
        case .element(let nameClass, let content):
            guard nameClass.intersects(names.elements) else { return stubs ? .element(nameClass, .empty) : .notAllowed }
            let reduced = rewrite(content)
            return reduced == .notAllowed ? .notAllowed : .element(nameClass, reduced)
        case .attribute(let nameClass, let content):
            guard nameClass.intersects(names.attributes) else { return stubs ? .attribute(nameClass, .text) : .notAllowed }
            let reduced = rewrite(content)
            return reduced == .notAllowed ? .notAllowed : .attribute(nameClass, reduced)
        case .group(let members), .interleave(let members):
            var kept: [RelaxNGPattern] = []
            for member in members {
                let reduced = rewrite(member)
                if reduced == .notAllowed { return .notAllowed }
                if reduced != .empty { kept.append(reduced) }
            }
            if kept.isEmpty { return .empty }
            if kept.count == 1 { return kept[0] }
            if case .group = pattern { return .group(kept) }
            return .interleave(kept)
        case .choice(let members):
            var kept: [RelaxNGPattern] = []
            for member in members {
                let reduced = rewrite(member)
                if reduced == .notAllowed || (reduced == .empty && kept.contains(.empty)) { continue }
                kept.append(reduced)
            }
            if kept.isEmpty { return .notAllowed }
            return kept.count == 1 ? kept[0] : .choice(kept)
        case .optional(let content):
            let reduced = rewrite(content)
            return reduced == .notAllowed || reduced == .empty ? .empty : .optional(reduced)
        case .zeroOrMore(let content):
            let reduced = rewrite(content)
            return reduced == .notAllowed || reduced == .empty ? .empty : .zeroOrMore(reduced)
        case .oneOrMore(let content):
            let reduced = rewrite(content)
            return reduced == .notAllowed || reduced == .empty ? reduced : .oneOrMore(reduced)
        case .mixed(let content):
            let reduced = rewrite(content)
            switch reduced {
            case .notAllowed: return .notAllowed
            case .empty: return .text
            default: return .mixed(reduced)
            }
        case .list(let content):
            let reduced = rewrite(content)
            return reduced == .notAllowed ? .notAllowed : .list(reduced)
        case .data(let type, let parameters, let except):
            let reduced = except.map { rewrite($0) }
            return .data(type, parameters: parameters, except: reduced == .notAllowed ? nil : reduced)
        case .ref(let index):
            guard satisfiable[index] else { return .notAllowed }
            if let known = newIndexes[index] { return .ref(known) }
            newIndexes[index] = reached.count
            reached.append(index)
            return .ref(reached.count - 1)
        }
    }
}
