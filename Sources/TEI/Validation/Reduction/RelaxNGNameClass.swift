/// A RELAX NG name class after simplification: QNames resolved, `ns` inherited, `except` folded into
/// one name class.
indirect enum RelaxNGNameClass: Hashable, Sendable {
    /// One expanded name.
    case name(QualifiedName)
    /// Any name, less the names of `except`.
    case anyName(except: RelaxNGNameClass?)
    /// Any name in `namespace`, less the names of `except`.
    case nsName(String, except: RelaxNGNameClass?)
    /// Any name of one of the alternatives.
    case choice([RelaxNGNameClass])

    /// Whether `name` belongs to the class.
    func contains(_ name: QualifiedName) -> Bool {
        switch self {
        case .name(let own):
            return own == name
        case .anyName(let except):
            return !(except?.contains(name) ?? false)
        case .nsName(let namespace, let except):
            return namespace == name.namespace && !(except?.contains(name) ?? false)
        case .choice(let alternatives):
            return alternatives.contains { $0.contains(name) }
        }
    }

    /// Whether some name of `names` belongs to the class.
    func intersects(_ names: Set<QualifiedName>) -> Bool {
        switch self {
        case .name(let own):
            return names.contains(own)
        case .choice(let alternatives):
            return alternatives.contains { $0.intersects(names) }
        case .anyName, .nsName:
            return names.contains { contains($0) }
        }
    }
}
