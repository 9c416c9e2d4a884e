/// Validates XML documents against schemas (RELAX NG, W3C XML Schema, DTD, Schematron) and our own checks.
///
/// Every schema is compiled once per validator and shared by all worker threads; each document is parsed
/// and validated on one thread, under the time limit.
public final class Validator: Sendable {
    /// What to validate against, and how.
    public struct Options: Sendable {
        /// Bundled schema names (`tei-convert`) or paths. Empty: the schemas each document names for
        /// itself, found locally.
        public var schemas: [String]
        /// Folders searched, by file name, for the schemas documents name.
        public var schemaDirectories: [String]
        /// Our own checks to run.
        public var checks: Set<Check>
        /// Identifiers that references may point to besides the document's own (`--ids-from`).
        public var externalIDs: Set<String>
        /// Seconds allowed for compiling one schema, and for validating one document.
        public var timeLimit: Double
        /// Worker threads.
        public var jobs: Int
        /// Validate against RELAX NG grammars reduced to each document's names (same verdicts, compiled in
        /// milliseconds instead of seconds or never); false compiles every RELAX NG schema whole.
        public var reduceGrammars: Bool

        public init(schemas: [String] = [], schemaDirectories: [String] = [], checks: Set<Check> = Set(Check.allCases),
                    externalIDs: Set<String> = [], timeLimit: Double = 60, jobs: Int = 1, reduceGrammars: Bool = true) {
            self.schemas = schemas
            self.schemaDirectories = schemaDirectories
            self.checks = checks
            self.externalIDs = externalIDs
            self.timeLimit = timeLimit
            self.jobs = jobs
            self.reduceGrammars = reduceGrammars
        }
    }

    public let options: Options
    private let cache: SchemaCache

    public init(options: Options) {
        self.options = options
        cache = SchemaCache(timeLimit: options.timeLimit, reduceGrammars: options.reduceGrammars)
    }

    /// Validates every document; reports come back in the order given. `finished` hears of each report
    /// as its document is done (on a worker thread); once `shouldStop()` says so, no further document is
    /// started, and the run holds the reports of those finished (`interrupted` is then true).
    public func validate(_ sources: [DocumentSource], shouldStop: @escaping @Sendable () -> Bool = { false },
                         finished: @escaping @Sendable (ValidationReport) -> Void = { _ in }) -> ValidationRun {
        var schemaDiagnostics: [Diagnostic] = []
        var explicit: [any CompiledSchema] = []
        for name in options.schemas {
            let path = BundledSchema.path(named: name) ?? name
            switch cache.schema(at: path) {
            case .success(let schema): explicit.append(schema)
            case .failure(let diagnostic): schemaDiagnostics.append(diagnostic)
            }
        }
        let schemas = explicit
        let incomplete = !schemaDiagnostics.isEmpty
        let largestFirst = sources.indices.sorted { (sources[$0].size ?? 0) > (sources[$1].size ?? 0) }
        let reports = Parallel.map(sources.count, jobs: options.jobs, order: largestFirst, shouldStop: shouldStop) { index in
            let report = self.validate(sources[index], explicit: schemas, incomplete: incomplete)
            finished(report)
            return report
        }
        schemaDiagnostics += cache.notes
        let done = reports.compactMap { $0 }
        return ValidationRun(reports: done, schemaDiagnostics: schemaDiagnostics, interrupted: done.count < sources.count)
    }

    /// Validates one document. `incomplete`: a schema the user named is missing, so no verdict is `valid`.
    private func validate(_ source: DocumentSource, explicit: [any CompiledSchema], incomplete: Bool) -> ValidationReport {
        let bytes: [UInt8]
        do {
            bytes = try source.load()
        } catch {
            return ValidationReport(file: source.name, status: .failed, diagnostics: [error.about(file: source.name)])
        }
        let outcome = Deadline.run(seconds: options.timeLimit) { () -> ValidationReport in
            let document: XMLDocument
            do throws(Diagnostic) {
                document = try XMLDocument(parsing: bytes, file: source.name, options: LibXML.validationParseOptions)
            } catch {
                // Refused (a safety limit, an external entity) is not a verdict on the document.
                let refused = ParseFailure.notCheckedCodes.contains(error.code)
                return ValidationReport(file: source.name, status: refused ? .failed : .invalid, diagnostics: [error])
            }
            var (schemas, diagnostics) = self.options.schemas.isEmpty ? self.schemasNamed(by: document, file: source.name) : (explicit, [])
            for schema in schemas { diagnostics += schema.validate(document, file: source.name) }
            diagnostics += OwnChecks(checks: self.options.checks, externalIDs: self.options.externalIDs).run(on: document, file: source.name)
            let notChecked = incomplete || diagnostics.contains { Self.notCheckedCodes.contains($0.code) }
            let invalid = diagnostics.contains { $0.severity == .error && !Self.notCheckedCodes.contains($0.code) }
            return ValidationReport(file: source.name, status: invalid ? .invalid : notChecked ? .failed : .valid, diagnostics: diagnostics)
        }
        return outcome ?? ValidationReport(file: source.name, status: .failed, diagnostics: [Diagnostic(
            file: source.name, code: "time-limit",
            message: "validation did not finish within the time limit of \(Int(options.timeLimit)) s (raise it with --timeout)")])
    }

    /// Codes of errors that say a document could not be checked against a schema (not that it is invalid).
    private static let notCheckedCodes: Set<String> = ["schema-failed", "validation-failed"]

    /// The schemas a document names for itself, compiled, and diagnostics for those that are not here.
    private func schemasNamed(by document: XMLDocument, file: String) -> ([any CompiledSchema], [Diagnostic]) {
        var schemas: [any CompiledSchema] = []
        var diagnostics: [Diagnostic] = []
        for location in SchemaReferences.named(in: document) {
            guard let path = SchemaReferences.localFile(for: location, document: file, directories: options.schemaDirectories) else {
                diagnostics.append(Diagnostic(file: file, severity: .warning, code: "schema-unavailable",
                                              message: "the document names the schema '\(location)', which is not available locally (name it with --schema, or give --schema-dir or an XML catalog)"))
                continue
            }
            switch cache.schema(at: path) {
            case .success(let schema): schemas.append(schema)
            case .failure(let diagnostic):
                diagnostics.append(Diagnostic(file: file, code: "schema-failed", message: "not checked against '\(location)': \(diagnostic.message)"))
            }
        }
        return (schemas, diagnostics)
    }
}
