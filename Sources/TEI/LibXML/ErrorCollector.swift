import CLibXML

/// Collects libxml2's structured errors as `Diagnostic`s. Handed to libxml2 as an opaque context.
final class ErrorCollector {
    private(set) var diagnostics: [Diagnostic] = []
    /// The node each diagnostic is about, where libxml2 says (valid while its document lives).
    private(set) var nodes: [xmlNodePtr?] = []
    let file: String?

    init(file: String?) {
        self.file = file
    }

    /// The C callback: `context` is an unretained `ErrorCollector`.
    static let callback: tei_structured_error_fn = { context, error in
        guard let context, let error else { return }
        let collector = Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue()
        collector.add(error.pointee)
    }

    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    private func add(_ error: xmlError) {
        let message = error.message.map { String(cString: $0) } ?? "unknown libxml2 error"
        let severity: Diagnostic.Severity = error.level == XML_ERR_WARNING ? .warning : .error
        var line = Int(error.line)
        var path: String?
        let node = error.node?.assumingMemoryBound(to: xmlNode.self)
        nodes.append(node)
        if let node {
            if line <= 0 { line = Int(xmlGetLineNo(node)) }
            path = XMLElement.path(of: node)
        }
        diagnostics.append(Diagnostic(file: file, line: line > 0 ? line : nil,
                                      column: error.int2 > 0 ? Int(error.int2) : nil, severity: severity,
                                      code: "xml-\(error.domain)-\(error.code)",
                                      message: ParseFailure.oneLine(message), path: path))
    }

    /// Runs `body` with this collector as the calling thread's libxml2 error handler, then restores the default.
    func capturingThreadErrors<T>(_ body: () throws -> T) rethrows -> T {
        tei_setThreadErrorHandler(opaque, Self.callback)
        defer { tei_setThreadErrorHandler(nil, nil) }
        return try withExtendedLifetime(self) { try body() }
    }
}

extension ErrorCollector {
    /// The first error collected, if any.
    var firstError: Diagnostic? {
        diagnostics.first { $0.severity == .error }
    }

    /// The diagnostics of a validation call that returned `result` (0 valid, > 0 invalid, < 0 failed).
    func verdict(result: Int32, schema: String) -> [Diagnostic] {
        if result < 0 {
            return diagnostics + [Diagnostic(file: file, code: "validation-failed",
                                             message: "libxml2 could not validate the document against \(schema) (an internal error)")]
        }
        if result != 0, firstError == nil {
            return diagnostics + [Diagnostic(file: file, code: "invalid", message: "the document is not valid against \(schema)")]
        }
        return diagnostics
    }

    /// The diagnostic for a validation that could not start.
    func startFailure(_ schema: String) -> Diagnostic {
        Diagnostic(file: file, code: "schema", message: "libxml2 could not start validating against \(schema)")
    }
}
