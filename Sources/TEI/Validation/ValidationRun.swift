/// The outcome of validating a batch of documents.
public struct ValidationRun: Sendable, Equatable, Codable {
    /// One report per document, in the order given (only those finished when the run was interrupted).
    public var reports: [ValidationReport]
    /// Findings about the schemas themselves: compile errors, time limits, unsupported rules.
    public var schemaDiagnostics: [Diagnostic]
    /// Whether the run was stopped before every document was checked.
    public var interrupted: Bool

    public init(reports: [ValidationReport], schemaDiagnostics: [Diagnostic], interrupted: Bool = false) {
        self.reports = reports
        self.schemaDiagnostics = schemaDiagnostics
        self.interrupted = interrupted
    }

    public var validCount: Int { reports.count { $0.status == .valid } }
    public var invalidCount: Int { reports.count { $0.status == .invalid } }
    public var failedCount: Int { reports.count { $0.status == .failed } + schemaDiagnostics.count { $0.severity == .error } }
}
