/// The schema languages `convert validate` understands, told apart by file name extension.
public enum SchemaLanguage: String, Sendable, CaseIterable, Codable {
    case relaxNG = "RELAX NG"
    case xmlSchema = "W3C XML Schema"
    case dtd = "DTD"
    case schematron = "Schematron"

    /// The language of the schema at `path`, from its extension (`.rng`, `.xsd`, `.dtd`, `.sch`/`.isosch`).
    public init(path: String) throws(Diagnostic) {
        let lowered = path.lowercased()
        switch true {
        case lowered.hasSuffix(".rng"): self = .relaxNG
        case lowered.hasSuffix(".xsd"): self = .xmlSchema
        case lowered.hasSuffix(".dtd"): self = .dtd
        case lowered.hasSuffix(".sch"), lowered.hasSuffix(".isosch"): self = .schematron
        case lowered.hasSuffix(".rnc"):
            throw Diagnostic(file: path, code: "schema-language",
                             message: "RELAX NG compact syntax is not supported by libxml2; convert it with `trang schema.rnc schema.rng`")
        default:
            throw Diagnostic(file: path, code: "schema-language",
                             message: "unknown schema language (expected .rng, .xsd, .dtd, .sch or .isosch)")
        }
    }
}
