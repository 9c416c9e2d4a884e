import Foundation

/// Compiles each schema once per process, under a time limit, and shares the result across threads.
final class SchemaCache: @unchecked Sendable {
    private let lock = NSLock()
    private var compiled: [String: Result<any CompiledSchema, Diagnostic>] = [:]
    private let timeLimit: Double

    init(timeLimit: Double) {
        self.timeLimit = timeLimit
    }

    /// The compiled schema at `path`, or the diagnostic that says why there is none.
    func schema(at path: String) -> Result<any CompiledSchema, Diagnostic> {
        if let known = lock.withLock({ compiled[path] }) { return known }
        let result = Self.compile(path, timeLimit: timeLimit)
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

    private static func compile(_ path: String, timeLimit: Double) -> Result<any CompiledSchema, Diagnostic> {
        let language: SchemaLanguage
        do {
            language = try SchemaLanguage(path: path)
        } catch {
            return .failure(error)
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            return .failure(Diagnostic(file: path, code: "schema", message: "cannot read the schema"))
        }
        let outcome = Deadline.run(seconds: timeLimit) { () -> Result<any CompiledSchema, Diagnostic> in
            do throws(Diagnostic) {
                switch language {
                case .relaxNG: return .success(try RelaxNGSchema(path: path))
                case .xmlSchema: return .success(try XMLSchemaSchema(path: path))
                case .dtd: return .success(try DTDSchema(path: path))
                case .schematron: return .success(try SchematronSchema(path: path))
                }
            } catch {
                return .failure(error)
            }
        }
        return outcome ?? .failure(Diagnostic(
            file: path, code: "time-limit",
            message: "libxml2 did not finish compiling this \(language.rawValue) schema within the time limit of \(Int(timeLimit)) s (raise it with --timeout)"))
    }
}
