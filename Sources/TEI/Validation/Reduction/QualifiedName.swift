/// An expanded XML name: a namespace URI (empty for no namespace) and a local name.
struct QualifiedName: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The namespace URI; the empty string for a name in no namespace.
    var namespace: String
    /// The local part of the name, without any prefix.
    var local: String

    init(_ namespace: String, _ local: String) {
        self.namespace = namespace
        self.local = local
    }

    static func < (left: QualifiedName, right: QualifiedName) -> Bool {
        (left.namespace, left.local) < (right.namespace, right.local)
    }

    /// `{namespace}local`, or `local` alone for a name in no namespace.
    var description: String { namespace.isEmpty ? local : "{\(namespace)}\(local)" }
}
