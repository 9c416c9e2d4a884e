import Foundation

/// Compiles each schema once per process, under a time limit, and shares the result across threads.
final class SchemaCache: @unchecked Sendable {
    private let lock = NSLock()
    private var compiled: [String: Result<any CompiledSchema, Diagnostic>] = [:]
    private let timeLimit: Double
    private let reduceGrammars: Bool

    /// `reduceGrammars`: validate against RELAX NG grammars reduced to each document's names
    /// (`ReducedRelaxNGSchema`) instead of compiling whole schemas.
    init(timeLimit: Double, reduceGrammars: Bool) {
        self.timeLimit = timeLimit
        self.reduceGrammars = reduceGrammars
    }

    /// The compiled schema at `path`, or the diagnostic that says why there is none.
    func schema(at path: String) -> Result<any CompiledSchema, Diagnostic> {
        if let known = lock.withLock({ compiled[path] }) { return known }
        let result = Self.compile(path, timeLimit: timeLimit, reduceGrammars: reduceGrammars)
        return lock.withLock {
            if let known = compiled[path] { return known }
            compiled[path] = result
            return result
        }
    }

    /// Every compiled schema so far, with its notes.
    var notes: [Diagnostic] {
        lock.withLock { compiled.values.flatMap { (try? $0.get())?.notes ?? [] } }
    }

    private static func compile(_ path: String, timeLimit: Double, reduceGrammars: Bool) -> Result<any CompiledSchema, Diagnostic> {
        let language: SchemaLanguage
        do {
            language = try SchemaLanguage(path: path)
        } catch {
            return .failure(error)
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            return .failure(Diagnostic(file: path, code: "schema", message: "cannot read the schema"))
        }
        // libxml2 would wait forever on a named pipe nobody writes to, and read a device without end.
        var status = stat()
        if stat(path, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG {
            let what = (status.st_mode & S_IFMT) == S_IFDIR ? "it is a directory" : "it is not a regular file"
            return .failure(Diagnostic(file: path, code: "schema", message: "cannot read the schema: \(what)"))
        }
        let outcome = Deadline.run(seconds: timeLimit) { () -> Result<any CompiledSchema, Diagnostic> in
            do throws(Diagnostic) {
                switch language {
                case .relaxNG:
                    if reduceGrammars, case let grammar = try RelaxNGGrammar(path: path), grammar.unsupported == nil {
                        return .success(ReducedRelaxNGSchema(grammar: grammar, path: path, timeLimit: timeLimit))
                    }
                    return .success(try RelaxNGSchema(path: path))
                case .xmlSchema: return .success(try XMLSchemaSchema(path: path))
                case .dtd: return .success(try DTDSchema(path: path))
                case .schematron: return .success(try SchematronSchema(path: path))
                }
            } catch {
                return .failure(error)
            }
        }
        return outcome ?? .failure(timeLimitDiagnostic(path: path, language: language, seconds: timeLimit))
    }

    /// The message for a schema that did not compile in time.
    static func timeLimitDiagnostic(path: String, language: SchemaLanguage, seconds: Double) -> Diagnostic {
        Diagnostic(file: path, code: "time-limit",
                   message: "libxml2 did not finish compiling this \(language.rawValue) schema within the time limit of \(Int(seconds)) s (raise it with --timeout)")
    }
}
