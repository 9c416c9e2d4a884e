/// A schema compiled by libxml2, ready to validate parsed documents from any thread.
protocol CompiledSchema: AnyObject, Sendable {
    /// The schema's path, as the user named it.
    var path: String { get }
    /// Findings about the schema itself (such as Schematron rules libxml2 cannot run), reported once.
    var notes: [Diagnostic] { get }
    /// Validates a parsed document; an empty result means valid.
    func validate(_ document: XMLDocument, file: String) -> [Diagnostic]
}
