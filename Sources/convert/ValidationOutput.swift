import Foundation
import TEI

/// Prints a validation run as text lines or as one JSON object.
enum ValidationOutput {
    static func text(_ run: ValidationRun, quiet: Bool) throws {
        for diagnostic in run.schemaDiagnostics { Console.error(diagnostic.description) }
        var lines = ""
        for report in run.reports {
            for diagnostic in report.diagnostics { lines += diagnostic.description + "\n" }
        }
        try Console.output(Array(lines.utf8))
        let total = run.reports.count
        var summary = "\(total) file\(total == 1 ? "" : "s"): \(run.validCount) valid, \(run.invalidCount) invalid, \(run.reports.count { $0.status == .failed }) not checked"
        if run.interrupted { summary += "; stopped before the other files" }
        if !quiet || run.interrupted { Console.error(summary) }
    }

    static func json(_ run: ValidationRun) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let summary = Summary(files: run.reports.count, valid: run.validCount, invalid: run.invalidCount,
                              failed: run.reports.count { $0.status == .failed }, interrupted: run.interrupted)
        let data = try encoder.encode(Output(summary: summary, schemaDiagnostics: run.schemaDiagnostics, files: run.reports))
        try Console.output(Array(data) + [0x0A])
    }

    private struct Output: Encodable {
        let summary: Summary
        let schemaDiagnostics: [Diagnostic]
        let files: [ValidationReport]
    }

    private struct Summary: Encodable {
        let files: Int
        let valid: Int
        let invalid: Int
        let failed: Int
        let interrupted: Bool
    }
}
