/// A RELAX NG pattern, simplified as far as reduction needs: annotations dropped, names resolved,
/// `ns` and `datatypeLibrary` pushed down to where they apply, `div` and nested grammars flattened, and
/// references made into indexes of `RelaxNGGrammar.defines`. `optional`, `zeroOrMore` and `mixed` are
/// kept (libxml2 handles them directly) and obey the same `notAllowed` rules as their expansions.
indirect enum RelaxNGPattern: Sendable, Equatable {
    case empty
    case text
    case notAllowed
    case element(RelaxNGNameClass, RelaxNGPattern)
    case attribute(RelaxNGNameClass, RelaxNGPattern)
    case group([RelaxNGPattern])
    case interleave([RelaxNGPattern])
    case choice([RelaxNGPattern])
    case optional(RelaxNGPattern)
    case zeroOrMore(RelaxNGPattern)
    case oneOrMore(RelaxNGPattern)
    case mixed(RelaxNGPattern)
    case list(RelaxNGPattern)
    /// A reference to the define at this index of `RelaxNGGrammar.defines`.
    case ref(Int)
    case data(RelaxNGDatatype, parameters: [RelaxNGParameter], except: RelaxNGPattern?)
    /// A `value`: its datatype, the namespace that stands for the default one in QName values (its
    /// `ns`), its text verbatim, and the prefixes in scope where it was written (kept only for the
    /// `QName` and `NOTATION` types, which read prefixes in the text).
    case value(RelaxNGDatatype, namespace: String, text: String, prefixes: [String: String])

    /// A `group` or `interleave` (as `pattern` is) of `members` each rewritten by `rewrite`, simplified as
    /// in RELAX NG (spec 4.19): `notAllowed` as soon as a member is (the rest are not rewritten), `empty`
    /// members dropped, a single member standing for the whole, `empty` for none.
    static func sequence(like pattern: RelaxNGPattern, of members: [RelaxNGPattern],
                         rewriting rewrite: (RelaxNGPattern) -> RelaxNGPattern) -> RelaxNGPattern {
        var kept: [RelaxNGPattern] = []
        for member in members {
            let rewritten = rewrite(member)
            if rewritten == .notAllowed { return .notAllowed }
            if rewritten != .empty { kept.append(rewritten) }
        }
        if kept.isEmpty { return .empty }
        if kept.count == 1 { return kept[0] }
        if case .group = pattern { return .group(kept) }
        return .interleave(kept)
    }
}
