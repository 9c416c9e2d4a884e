/// One named pattern of a flattened grammar: after `combine` has merged same-named defines and nested
/// grammars have had their defines renamed apart.
struct RelaxNGDefine: Sendable, Equatable {
    /// The name written in the reduced grammar: as in the schema for the outermost grammar, made unique
    /// for the defines (and `start`) of nested grammars.
    var name: String
    var pattern: RelaxNGPattern
}
