import Foundation

/// The schemas that ship with tei-convert, by name.
public enum BundledSchema {
    /// The names `--schema` accepts for bundled schemas.
    public static let names = ["tei-convert"]

    /// The file of a bundled schema, by name (`tei-convert`) or file name (`tei-convert.rng`).
    public static func path(named name: String) -> String? {
        let base = name.hasSuffix(".rng") ? String(name.dropLast(4)) : name
        guard names.contains(base) else { return nil }
        return Bundle.module.path(forResource: base, ofType: "rng", inDirectory: "Schemas")
    }
}
