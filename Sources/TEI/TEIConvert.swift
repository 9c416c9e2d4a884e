/// Facts about this library that its output records.
public enum TEIConvert {
    /// The version written into `application/@version` and the revision note.
    public static let version = "0.1.0"
    /// The TEI namespace.
    public static let teiNamespace = "http://www.tei-c.org/ns/1.0"
    /// The file name of the bundled schema for the TEI we emit (in `schemas/`).
    public static let schemaFileName = "tei-convert.rng"
}
