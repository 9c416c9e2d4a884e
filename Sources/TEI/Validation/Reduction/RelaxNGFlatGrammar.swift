/// A RELAX NG grammar as one flat list of defines and a start pattern, references being indexes into
/// `defines`. Both a schema as read and a schema reduced to a `NameSet` have this shape.
struct RelaxNGFlatGrammar: Sendable, Equatable {
    var defines: [RelaxNGDefine]
    var start: RelaxNGPattern

    /// The grammar for documents that use only the names in `names` (see `RelaxNGGrammarReducer`).
    func reduced(to names: NameSet) -> RelaxNGFlatGrammar {
        RelaxNGPatternFacets.simplify(RelaxNGGrammarReducer.reduce(self, to: names), plainAttributeValues: names.plainAttributeValues)
    }

    /// The same verdicts as `reduced(to:)`, with stubs for the names the document does not use, so
    /// that libxml2's messages can name what is missing (see `RelaxNGGrammarReducer`).
    func reducedWithStubs(to names: NameSet) -> RelaxNGFlatGrammar {
        RelaxNGPatternFacets.simplify(RelaxNGGrammarReducer.reduce(self, to: names, stubs: true),
                                      plainAttributeValues: names.plainAttributeValues)
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
