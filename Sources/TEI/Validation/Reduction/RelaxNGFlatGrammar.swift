/// A RELAX NG grammar as one flat list of defines and a start pattern, references being indexes into
/// `defines`. Both a schema as read and a schema reduced to a `NameSet` have this shape.
struct RelaxNGFlatGrammar: Sendable, Equatable {
    var defines: [RelaxNGDefine]
    var start: RelaxNGPattern

    /// The grammar for documents that use only the names in `names` (see `RelaxNGGrammarReducer`), with
    /// each element's attribute patterns rewritten for the attributes it carries where `names` knows them
    /// (see `RelaxNGAttributeSpecializer`).
    func reduced(to names: NameSet, referrers: [[Int]]? = nil) -> RelaxNGFlatGrammar {
        let reduced = RelaxNGGrammarReducer.reduce(self, to: names, referrers: referrers)
        let specialized = RelaxNGAttributeSpecializer.specialize(reduced, usage: names.attributeUsage)
        return RelaxNGPatternFacets.simplify(specialized, plainAttributeValues: names.plainAttributeValues)
    }

    /// The same verdicts as `reduced(to:)`, with stubs for the names the document does not use, so
    /// that libxml2's messages can name what is missing (see `RelaxNGGrammarReducer`).
    func reducedWithStubs(to names: NameSet, referrers: [[Int]]? = nil) -> RelaxNGFlatGrammar {
        RelaxNGPatternFacets.simplify(RelaxNGGrammarReducer.reduce(self, to: names, stubs: true, referrers: referrers),
                                      plainAttributeValues: names.plainAttributeValues)
    }

    /// For each define, the defines whose patterns refer to it directly.
    var referrers: [[Int]] {
        var referrers = Array(repeating: [Int](), count: defines.count)
        func collect(_ pattern: RelaxNGPattern, from index: Int) {
            switch pattern {
            case .ref(let target):
                if referrers[target].last != index { referrers[target].append(index) }
            case .element(_, let content), .attribute(_, let content), .optional(let content), .zeroOrMore(let content),
                 .oneOrMore(let content), .mixed(let content), .list(let content):
                collect(content, from: index)
            case .group(let members), .interleave(let members), .choice(let members):
                for member in members { collect(member, from: index) }
            case .data(_, _, let except):
                if let except { collect(except, from: index) }
            case .empty, .text, .notAllowed, .value:
                break
            }
        }
        for (index, define) in defines.enumerated() { collect(define.pattern, from: index) }
        return referrers
    }

    /// The grammar without the defines that the start pattern cannot reach.
    func droppingUnreachableDefines() -> RelaxNGFlatGrammar {
        var newIndexes: [Int: Int] = [:]
        var reached: [Int] = []
        func renumbered(_ pattern: RelaxNGPattern) -> RelaxNGPattern {
            switch pattern {
            case .ref(let index):
                if let known = newIndexes[index] { return .ref(known) }
                newIndexes[index] = reached.count
                reached.append(index)
                return .ref(reached.count - 1)
            case .element(let nameClass, let content): return .element(nameClass, renumbered(content))
            case .attribute(let nameClass, let content): return .attribute(nameClass, renumbered(content))
            case .group(let members): return .group(members.map(renumbered))
            case .interleave(let members): return .interleave(members.map(renumbered))
            case .choice(let members): return .choice(members.map(renumbered))
            case .optional(let content): return .optional(renumbered(content))
            case .zeroOrMore(let content): return .zeroOrMore(renumbered(content))
            case .oneOrMore(let content): return .oneOrMore(renumbered(content))
            case .mixed(let content): return .mixed(renumbered(content))
            case .list(let content): return .list(renumbered(content))
            case .data(let type, let parameters, let except): return .data(type, parameters: parameters, except: except.map(renumbered))
            case .empty, .text, .notAllowed, .value: return pattern
            }
        }
        let start = renumbered(start)
        var kept: [RelaxNGDefine] = []
        while kept.count < reached.count {
            let define = defines[reached[kept.count]]
            kept.append(RelaxNGDefine(name: define.name, pattern: renumbered(define.pattern)))
        }
        return RelaxNGFlatGrammar(defines: kept, start: start)
    }

    /// The grammar in RELAX NG XML syntax, UTF-8, for libxml2 (or any RELAX NG processor) to compile.
    func serialized() -> [UInt8] {
        RelaxNGGrammarWriter.serialize(self)
    }

    /// Whether `pattern` matches elements only (no attributes, text or data at its own level), looking
    /// through references: then only the sequence of elements it matches counts.
    func isElementOnly(_ pattern: RelaxNGPattern) -> Bool {
        var visited: Set<Int> = []
        return isElementOnly(pattern, visited: &visited)
    }

    private func isElementOnly(_ pattern: RelaxNGPattern, visited: inout Set<Int>) -> Bool {
        switch pattern {
        case .element, .empty, .notAllowed:
            return true
        case .attribute, .text, .data, .value, .list, .mixed:
            return false
        case .group(let members), .interleave(let members), .choice(let members):
            return members.allSatisfy { isElementOnly($0, visited: &visited) }
        case .optional(let content), .zeroOrMore(let content), .oneOrMore(let content):
            return isElementOnly(content, visited: &visited)
        case .ref(let index):
            guard visited.insert(index).inserted else { return true }
            return isElementOnly(defines[index].pattern, visited: &visited)
        }
    }
}
