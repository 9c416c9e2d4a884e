/// The outcome of validating a batch of documents.
public struct ValidationRun: Sendable, Equatable, Codable {
    /// One report per document, in the order given (only those finished when the run was interrupted).
    public var reports: [ValidationReport]
    /// Findings about the schemas themselves: compile errors, time limits, unsupported rules.
    public var schemaDiagnostics: [Diagnostic]
    /// Whether the run was stopped before every document was checked.
    public var interrupted: Bool

    /// A run's outcome: its reports, the findings about its schemas, and whether it was stopped.
    public init(reports: [ValidationReport], schemaDiagnostics: [Diagnostic], interrupted: Bool = false) {
        self.reports = reports
        self.schemaDiagnostics = schemaDiagnostics
        self.interrupted = interrupted
    }

    /// Decodes a run; one recorded before runs could be stopped was not.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        reports = try container.decode([ValidationReport].self, forKey: .reports)
        schemaDiagnostics = try container.decode([Diagnostic].self, forKey: .schemaDiagnostics)
        interrupted = try container.decodeIfPresent(Bool.self, forKey: .interrupted) ?? false
    }

    public var validCount: Int { reports.count { $0.status == .valid } }
    public var invalidCount: Int { reports.count { $0.status == .invalid } }
    public var failedCount: Int { reports.count { $0.status == .failed } + schemaDiagnostics.count { $0.severity == .error } }
}
