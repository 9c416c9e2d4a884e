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
            
            Exit codes: 0 all documents valid; 1 some invalid (including not well-formed); 2 some could not be checked (unreadable, a schema that does not compile or load, a time limit, a document refused by one of libxml2's safety limits or for an external entity, which is never loaded) or a usage error.
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

    @Option(help: "Worker threads (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

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

    enum OutputFormat: String, ExpressibleByArgument {
        case text, json
    }

    func validate() throws {
        if !listChecks, paths.isEmpty { throw ValidationError("Missing expected argument '<paths> ...'") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if timeout <= 0 { throw ValidationError("--timeout must be more than 0 seconds") }
        _ = try selectedChecks()
    }

    func run() throws {
        if listChecks {
            try Console.output(Array(Check.allCases.map { "\($0.rawValue): \($0.summary)\n" }.joined().utf8))
            return
        }
        let files = InputFiles.expand(paths)
        if files.isEmpty { throw CommandFailure("no XML files found in \(paths.joined(separator: ", "))") }
        let validator = Validator(options: Validator.Options(
            schemas: schemas, schemaDirectories: schemaDirectories, checks: try selectedChecks(),
            externalIDs: try externalIDs(), timeLimit: timeout, jobs: jobs,
            reduceGrammars: !fullGrammar))
        let run = validator.validate(files.map { file in
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? nil
            return DocumentSource(name: file, size: size) { () throws(Diagnostic) in
                do throws(CommandFailure) {
                    return try InputFile.read(file)
                } catch {
                    throw Diagnostic(file: file, code: "io", message: error.message.replacingOccurrences(of: "convert: error: ", with: ""))
                }
            }
        })
        switch format {
        case .text: try ValidationOutput.text(run)
        case .json: try ValidationOutput.json(run)
        }
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
