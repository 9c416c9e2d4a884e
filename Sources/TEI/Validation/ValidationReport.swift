/// The outcome of validating one document.
public struct ValidationReport: Sendable, Equatable, Codable {
    /// How a document fared.
    public enum Status: String, Sendable, Equatable, Codable {
        /// Well-formed, valid against every schema, and passing every own check.
        case valid
        /// Not well-formed, not valid, or failing an own check.
        case invalid
        /// Could not be checked: unreadable, past the time limit, or its schema is not available.
        case failed
    }

    public var file: String
    public var status: Status
    /// Errors and warnings, in document order per schema.
    public var diagnostics: [Diagnostic]

    public init(file: String, status: Status, diagnostics: [Diagnostic]) {
        self.file = file
        self.status = status
        self.diagnostics = diagnostics
    }
}
