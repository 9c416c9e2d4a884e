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
/// (`element x { empty }`, `attribute x { text }`) where `notAllowed` would spread to its parent: in a
/// `group`, `interleave`, `oneOrMore` or content, in a `choice` only when no branch is left, and
/// anywhere inside an element the document has. A stub still matches nothing in the document, so the
/// verdict is the same, but libxml2 can then name it in its messages ("Expecting element to", "Element
/// u failed to validate attributes"), where with `notAllowed` a missing required element or attribute
/// makes its parent, and so the root, unmatchable. Other optional places get no stubs, which keeps the
/// grammar small.
struct RelaxNGGrammarReducer {
    private let grammar: RelaxNGFlatGrammar
    private let names: NameSet
    private let stubs: Bool
    /// Whether each define can match something built from the names (least fixpoint).
    private var satisfiable: [Bool]
    /// Old define index (and whether it is rewritten with stubs) to new one, for the defines reached so far.
    private var newIndexes: [Reference: Int] = [:]
    private var reached: [Reference] = []

    /// A define as rewritten in one mode.
    private struct Reference: Hashable {
        var index: Int
        var stubs: Bool
    }

    /// `grammar` reduced to `names`; `referrers` are `grammar.referrers`, for a caller that reduces one
    /// grammar many times.
    static func reduce(_ grammar: RelaxNGFlatGrammar, to names: NameSet, stubs: Bool = false, referrers: [[Int]]? = nil) -> RelaxNGFlatGrammar {
        var reducer = RelaxNGGrammarReducer(grammar: grammar, names: names, stubs: stubs, referrers: referrers ?? grammar.referrers)
        return reducer.reduced()
    }

    private init(grammar: RelaxNGFlatGrammar, names: NameSet, stubs: Bool, referrers: [[Int]]) {
        self.grammar = grammar
        self.names = names
        self.stubs = stubs
        satisfiable = Array(repeating: false, count: grammar.defines.count)
        // The least fixpoint with a work list: a define is looked at again only when one it refers to
        // has just become satisfiable.
        var pending = Array(grammar.defines.indices.reversed())
        while let index = pending.popLast() {
            guard !satisfiable[index], isSatisfiable(grammar.defines[index].pattern) else { continue }
            satisfiable[index] = true
            pending += referrers[index].filter { !satisfiable[$0] }
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
            return nameClass.intersects(names.elements) && isSatisfiable(content)
        case .attribute(let nameClass, let content):
            return nameClass.intersects(names.attributes) && isSatisfiable(content)
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
        let start = rewrite(grammar.start, stubs: stubs)
        var defines: [RelaxNGDefine] = []
        var next = 0
        while next < reached.count {
            let old = reached[next]
            next += 1
            let define = grammar.defines[old.index]
            defines.append(RelaxNGDefine(name: define.name + (old.stubs ? ".stubs" : ""), pattern: rewrite(define.pattern, stubs: old.stubs)))
        }
        return RelaxNGFlatGrammar(defines: defines, start: start)
    }

    /// `pattern` with every part that cannot match replaced by `notAllowed`, propagated; with `stubs`,
    /// parts whose `notAllowed` would spread become stubs (see the type's comment). Without stubs it is
    /// `notAllowed` exactly when `isSatisfiable(pattern)` is false.
    private mutating func rewrite(_ pattern: RelaxNGPattern, stubs: Bool) -> RelaxNGPattern {
        switch pattern {
        case .empty, .text, .notAllowed, .value:
            return pattern
        case .element(let nameClass, let content):
            guard nameClass.intersects(names.elements) else { return stubs ? .element(nameClass, .empty) : .notAllowed }
            let reduced = rewrite(content, stubs: stubs)
            return reduced == .notAllowed ? .notAllowed : .element(nameClass, reduced)
        case .attribute(let nameClass, let content):
            guard nameClass.intersects(names.attributes) else { return stubs ? .attribute(nameClass, .text) : .notAllowed }
            let reduced = rewrite(content, stubs: stubs)
            return reduced == .notAllowed ? .notAllowed : .attribute(nameClass, reduced)
        case .group(let members), .interleave(let members):
            return .sequence(like: pattern, of: members) { rewrite($0, stubs: stubs) }
        case .choice(let members):
            var kept: [RelaxNGPattern] = []
            for member in members {
                let reduced = rewriteKeepingPresentElements(member)
                if reduced == .notAllowed || (reduced == .empty && kept.contains(.empty)) { continue }
                kept.append(reduced)
            }
            if kept.isEmpty { return stubs ? rewriteEmptyChoice(members) : .notAllowed }
            return kept.count == 1 ? kept[0] : .choice(kept)
        case .optional(let content):
            let reduced = rewriteKeepingPresentElements(content)
            if case .oneOrMore(let inner) = reduced { return .zeroOrMore(inner) }
            if case .zeroOrMore = reduced { return reduced }
            return reduced == .notAllowed || reduced == .empty ? .empty : .optional(reduced)
        case .zeroOrMore(let content):
            let reduced = rewriteKeepingPresentElements(content)
            if case .oneOrMore(let inner) = reduced { return .zeroOrMore(inner) }
            if case .zeroOrMore = reduced { return reduced }
            return reduced == .notAllowed || reduced == .empty ? .empty : .zeroOrMore(reduced)
        case .oneOrMore(let content):
            let reduced = rewrite(content, stubs: stubs)
            switch reduced {
            case .notAllowed, .empty, .oneOrMore, .zeroOrMore:
                return reduced
            case .group:
                return unambiguousRepetition(of: content, reduced: reduced) ?? .oneOrMore(reduced)
            default:
                return .oneOrMore(reduced)
            }
        case .mixed(let content):
            let reduced = rewrite(content, stubs: stubs)
            switch reduced {
            case .notAllowed: return .notAllowed
            case .empty: return .text
            default: return .mixed(reduced)
            }
        case .list(let content):
            let reduced = rewrite(content, stubs: stubs)
            return reduced == .notAllowed ? .notAllowed : .list(reduced)
        case .data(let type, let parameters, let except):
            let reduced = except.map { rewrite($0, stubs: false) }
            return .data(type, parameters: parameters, except: reduced == .notAllowed ? nil : reduced)
        case .ref(let index):
            let reference = Reference(index: index, stubs: stubs)
            guard satisfiable[index] || stubs else { return .notAllowed }
            if let known = newIndexes[reference] { return .ref(known) }
            newIndexes[reference] = reached.count
            reached.append(reference)
            return .ref(reached.count - 1)
        }
    }

    /// `((X+, Y*)+)` as `(X, (X | Y)*)`: the same sequences, without the ambiguity (how to cut a run of
    /// X into iterations) that makes libxml2's validation cubic in the run's length (TEI's `listPerson`:
    /// 4,000 persons took a minute). Only for patterns of elements, where sequences are all that count;
    /// `original` is the repeated pattern as the schema has it, `reduced` the same after reduction.
    private func unambiguousRepetition(of original: RelaxNGPattern, reduced: RelaxNGPattern) -> RelaxNGPattern? {
        guard case .group(let originals) = original, originals.count == 2,
              case .oneOrMore(let originalX) = originals[0], case .zeroOrMore(let originalY) = originals[1],
              grammar.isElementOnly(originalX), grammar.isElementOnly(originalY),
              case .group(let members) = reduced, members.count == 2,
              case .oneOrMore(let x) = members[0], case .zeroOrMore(let y) = members[1]
        else { return nil }
        return .group([x, .zeroOrMore(.choice([x, y]))])
    }

    /// `pattern` in an optional place (a choice's branch, `optional`, `zeroOrMore`): without stubs, but
    /// when reducing with stubs, an element the document has keeps its stubs even there.
    private mutating func rewriteKeepingPresentElements(_ pattern: RelaxNGPattern) -> RelaxNGPattern {
        let reduced = rewrite(pattern, stubs: false)
        guard reduced == .notAllowed, stubs, isPresentElement(pattern) else { return reduced }
        return rewrite(pattern, stubs: true)
    }

    /// Whether `pattern` is (or refers to) an element pattern for an element the document has: such a
    /// branch of a choice keeps its stubs, so that a message can say what its content or attributes lack.
    private func isPresentElement(_ pattern: RelaxNGPattern) -> Bool {
        var current = pattern
        var steps = 0
        while case .ref(let index) = current, steps < 16 {
            current = grammar.defines[index].pattern
            steps += 1
        }
        guard case .element(let nameClass, _) = current else { return false }
        return nameClass.intersects(names.elements)
    }

    /// A choice none of whose branches can match, where `notAllowed` would spread: its branches with
    /// stubs, so that a message can name what was expected.
    private mutating func rewriteEmptyChoice(_ members: [RelaxNGPattern]) -> RelaxNGPattern {
        let kept = members.map { rewrite($0, stubs: true) }.filter { $0 != .notAllowed }
        if kept.isEmpty { return .notAllowed }
        return kept.count == 1 ? kept[0] : .choice(kept)
    }
}
