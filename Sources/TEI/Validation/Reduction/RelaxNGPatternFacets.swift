/// Writes two pattern facets of TEI schemas in forms libxml2 checks much faster, with the same verdict.
///
/// libxml2 compiles a `data` pattern's `pattern` facet afresh for every value it checks; on documents
/// with word-level annotation (ParlaMint `.ana`: thousands of `<w lemma msd pos ...>`) that is a third of
/// all validation time. Two facets say nothing that a `list` does not:
/// - `anyURI` with pattern `\S+` inside a `list`: list items never hold white space, nor are empty;
/// - `token` with pattern `[^\p{C}\p{Z}]+` (TEI's `teidata.word`) in an attribute, when the document's
///   attribute values hold no character of the categories C or Z but XML white space
///   (`NameSet.plainAttributeValues`): then it means "exactly one token", that is
///   `list { token }` (or `token` inside a list). The pattern is checked on the collapsed value, as
///   XML Schema and jing do.
///
/// A define reached both where a rewrite applies and where it does not is written once for each.
struct RelaxNGPatternFacets {
    static let xsd = "http://www.w3.org/2001/XMLSchema-datatypes"

    private let grammar: RelaxNGFlatGrammar
    private let plainAttributeValues: Bool
    private var newIndexes: [Reference: Int] = [:]
    private var reached: [Reference] = []

    /// Where a pattern stands: in an attribute's value, in a list.
    private struct Context: Hashable {
        var inAttribute = false
        var inList = false
    }

    private struct Reference: Hashable {
        var index: Int
        var context: Context
    }

    static func simplify(_ grammar: RelaxNGFlatGrammar, plainAttributeValues: Bool) -> RelaxNGFlatGrammar {
        var simplifier = RelaxNGPatternFacets(grammar: grammar, plainAttributeValues: plainAttributeValues)
        let start = simplifier.rewrite(grammar.start, Context())
        var defines: [RelaxNGDefine] = []
        var next = 0
        while next < simplifier.reached.count {
            let reference = simplifier.reached[next]
            next += 1
            let define = grammar.defines[reference.index]
            let suffix = (reference.context.inAttribute ? ".attribute" : "") + (reference.context.inList ? ".list" : "")
            defines.append(RelaxNGDefine(name: define.name + suffix, pattern: simplifier.rewrite(define.pattern, reference.context)))
        }
        return RelaxNGFlatGrammar(defines: defines, start: start)
    }

    private init(grammar: RelaxNGFlatGrammar, plainAttributeValues: Bool) {
        self.grammar = grammar
        self.plainAttributeValues = plainAttributeValues
    }

    private mutating func rewrite(_ pattern: RelaxNGPattern, _ context: Context) -> RelaxNGPattern {
        switch pattern {
        case .empty, .text, .notAllowed, .value:
            return pattern
        case .element(let nameClass, let content):
            return .element(nameClass, rewrite(content, Context()))
        case .attribute(let nameClass, let content):
            return .attribute(nameClass, rewrite(content, Context(inAttribute: true)))
        case .list(let content):
            return .list(rewrite(content, Context(inAttribute: context.inAttribute, inList: true)))
        case .group(let members):
            return .group(members.map { rewrite($0, context) })
        case .interleave(let members):
            return .interleave(members.map { rewrite($0, context) })
        case .choice(let members):
            return .choice(members.map { rewrite($0, context) })
        case .optional(let content):
            return .optional(rewrite(content, context))
        case .zeroOrMore(let content):
            return .zeroOrMore(rewrite(content, context))
        case .oneOrMore(let content):
            return .oneOrMore(rewrite(content, context))
        case .mixed(let content):
            return .mixed(rewrite(content, context))
        case .data(let type, let parameters, let except):
            return simplified(type, parameters, except.map { rewrite($0, context) }, context)
        case .ref(let index):
            let reference = Reference(index: index, context: context)
            if let known = newIndexes[reference] { return .ref(known) }
            newIndexes[reference] = reached.count
            reached.append(reference)
            return .ref(reached.count - 1)
        }
    }

    private func simplified(_ type: RelaxNGDatatype, _ parameters: [RelaxNGParameter], _ except: RelaxNGPattern?,
                            _ context: Context) -> RelaxNGPattern {
        let unchanged = RelaxNGPattern.data(type, parameters: parameters, except: except)
        guard type.library == Self.xsd, except == nil, parameters.count == 1, parameters[0].name == "pattern" else { return unchanged }
        let bare = RelaxNGPattern.data(type, parameters: [], except: nil)
        switch (type.type, parameters[0].value) {
        case ("anyURI", #"\S+"#) where context.inList:
            return bare
        case ("token", #"[^\p{C}\p{Z}]+"#) where context.inAttribute && plainAttributeValues:
            return context.inList ? bare : .list(bare)
        default:
            return unchanged
        }
    }
}
