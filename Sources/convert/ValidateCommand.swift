import ArgumentParser
import Foundation
import TEI

/// `convert validate FILE|DIR...`: XML against schemas and our own checks.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate XML documents against schemas and our own TEI checks.",
        discussion: """
            Schemas: a bundled one by name (\(BundledSchema.names.joined(separator: ", "))) or a path to RELAX NG (.rng), W3C XML Schema (.xsd), DTD (.dtd) or Schematron (.sch, .isosch; libxml2 runs XPath 1.0 rules only and says how many it skipped). Without --schema, each document is checked against the schemas it names (xml-model, xsi:schemaLocation, DOCTYPE), found locally: bundled, beside the document, in a --schema-dir, or through the XML catalogs (XML_CATALOG_FILES). Nothing is fetched from the network.
            
            Output: one line per finding, 'FILE:LINE[:COL]: error: MESSAGE (at PATH)', on standard output, and a summary on standard error; or one JSON object with --format json.
            
            Exit codes: 0 all documents valid; 1 some invalid (including not well-formed); 2 some could not be checked (unreadable, a schema that does not compile or load, a time limit, a document refused by one of libxml2's safety limits or for an external entity, which is never loaded) or a usage error; 130 stopped by Ctrl-C (143 by SIGTERM), after the documents being checked, with the findings so far.
            """
    )

    @Argument(help: "XML files, or directories to walk for *.xml.")
    var paths: [String] = []

    @Option(name: .customLong("schema"), help: "A bundled schema name or a schema file; repeat for several.")
    var schemas: [String] = []

    @Option(name: .customLong("schema-dir"), help: "A folder to find the schemas documents name, by file name.")
    var schemaDirectories: [String] = []

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Seconds allowed for compiling one schema and for validating one document.")
    var timeout: Double = 60

    @Option(help: "Own checks to run: all, none, or a comma-separated list (see --list-checks).")
    var checks: String = "all"

    @Option(name: .customLong("ids-from"), help: "A document whose xml:ids references may point to (a corpus root); repeatable.")
    var idsFrom: [String] = []

    @Flag(help: "Compile RELAX NG schemas whole instead of reducing them to each document's names (slow on big schemas).")
    var fullGrammar = false

    @Flag(help: "List our own checks and exit.")
    var listChecks = false

    @OptionGroup(title: "Many files")
    var batch: BatchOptions

    enum OutputFormat: String, ExpressibleByArgument {
        case text, json
    }

    func validate() throws {
        if !listChecks, paths.isEmpty { throw ValidationError("Missing expected argument '<paths> ...'") }
        if timeout <= 0 { throw ValidationError("--timeout must be more than 0 seconds") }
        _ = try selectedChecks()
    }

    func run() throws {
        if listChecks {
            try Console.output(Array(Check.allCases.map { "\($0.rawValue): \($0.summary)\n" }.joined().utf8))
            return
        }
        let files = batch.files(in: paths, defaults: ["*.xml"])
        if files.isEmpty { throw CommandFailure("no XML files found in \(paths.joined(separator: ", "))") }
        let validator = Validator(options: Validator.Options(
            schemas: schemas, schemaDirectories: schemaDirectories, checks: try selectedChecks(),
            externalIDs: try externalIDs(), timeLimit: timeout, jobs: batch.jobs,
            reduceGrammars: !fullGrammar))
        let manifest = try batch.openManifest()
        let progress = Progress(files: files.count, bytes: files.reduce(0) { $0 + $1.size }, quiet: batch.quiet || format == .json,
                                interval: batch.progressInterval)
        let sizes = Dictionary(files.map { ($0.path, $0.size) }, uniquingKeysWith: { first, _ in first })
        Interruption.install(graceful: true)
        let run = validator.validate(files.map { file in
            DocumentSource(name: file.path, size: file.size) { () throws(Diagnostic) in
                do throws(CommandFailure) {
                    return try InputFile.read(file.path)
                } catch {
                    throw Diagnostic(file: file.path, code: "io", message: error.message.replacingOccurrences(of: "convert: error: ", with: ""))
                }
            }
        }, shouldStop: { Interruption.requested }) { report in
            progress.advance(bytes: sizes[report.file] ?? 0)
            manifest?.record(Manifest.Entry(input: report.file, status: report.status.manifestName, bytes: sizes[report.file] ?? 0,
                                            seconds: nil, message: report.diagnostics.first { $0.severity == .error }?.description,
                                            errors: report.diagnostics.count { $0.severity == .error }))
        }
        progress.finish()
        switch format {
        case .text: try ValidationOutput.text(run, quiet: batch.quiet)
        case .json: try ValidationOutput.json(run)
        }
        if run.interrupted { throw ExitCode(Interruption.exitStatus) }
        let status = run.failedCount > 0 ? ExitStatus.usage : run.invalidCount > 0 ? ExitStatus.invalid : ExitStatus.success
        if status != ExitStatus.success { throw ExitCode(status) }
    }

    private func selectedChecks() throws -> Set<Check> {
        switch checks {
        case "all": return Set(Check.allCases)
        case "none": return []
        default:
            return Set(try checks.split(separator: ",").map { name in
                guard let check = Check(rawValue: String(name)) else {
                    throw ValidationError("unknown check '\(name)' (known: \(Check.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                return check
            })
        }
    }

    private func externalIDs() throws -> Set<String> {
        var ids: Set<String> = []
        for file in idsFrom {
            let bytes = try InputFile.read(file)
            do {
                ids.formUnion(try XMLIdentifiers.declared(in: bytes, file: file))
            } catch {
                throw CommandFailure(error, file: file)
            }
        }
        return ids
    }
}

private extension ValidationReport.Status {
    /// The status as a manifest line says it.
    var manifestName: String {
        switch self {
        case .valid: "valid"
        case .invalid: "invalid"
        case .failed: "not-checked"
        }
    }
}
