import CLibXML
import Foundation

/// The one gate through which libxml2 opens anything outside the bytes it was handed: external entities,
/// external DTD subsets, XInclude targets, schema includes and imports.
///
/// libxml2 2.9 has no `XML_PARSE_NO_XXE`, and an external `file:` entity is read whenever entities are
/// substituted, even under `XML_PARSE_NONET`. So this library installs its own external-entity loader
/// for the whole process, and it refuses everything unless the calling thread is inside a
/// `localFilesOnly` scope:
///
/// - `refuseAll` (also what a thread outside any scope gets): documents. Nothing is opened, local or
///   remote; each refused URL is recorded, with the position the parser had reached, so that the caller
///   can say what was refused and where.
/// - `localFilesOnly`: compiling a schema the user chose (or one a document names and that was found
///   locally), whose includes and imports are local files. Network URLs are still refused, by libxml2's
///   own no-network loader.
///
/// Scopes are per thread and nest; libxml2 calls the loader synchronously on the thread that parses.
enum ExternalLoads {
    /// What the calling thread may load.
    enum Policy {
        case refuseAll
        case localFilesOnly
    }

    /// A load that was refused: the URL (or system identifier) asked for, and where the document's parser was.
    struct Refusal: Equatable {
        var url: String
        var line: Int?
        var column: Int?
    }

    /// One thread's current scope: its policy, the parser whose position locates refusals, what was refused.
    private final class Scope {
        let policy: Policy
        let parser: xmlParserCtxtPtr?
        var refusals: [Refusal] = []

        init(policy: Policy, parser: xmlParserCtxtPtr?) {
            self.policy = policy
            self.parser = parser
        }
    }

    /// The thread-local slot for the current scope (an unretained `Scope`, or nil outside any scope).
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        precondition(pthread_key_create(&key, nil) == 0, "cannot create a thread-local key")
        return key
    }()

    /// Installs the loader. Called once, from `LibXML.initialize()`, before any parse.
    static func install() {
        _ = key
        xmlSetExternalEntityLoader(loader)
    }

    /// Runs `body` with `policy` on this thread; returns its result and the loads refused meanwhile.
    /// `parser`, when given, is the parser context whose position each refusal records.
    static func scope<T>(_ policy: Policy, parser: xmlParserCtxtPtr? = nil,
                         _ body: () throws -> T) rethrows -> (result: T, refusals: [Refusal]) {
        let scope = Scope(policy: policy, parser: parser)
        let previous = pthread_getspecific(key)
        pthread_setspecific(key, Unmanaged.passUnretained(scope).toOpaque())
        defer { pthread_setspecific(key, previous) }
        let result = try withExtendedLifetime(scope) { try body() }
        return (result, scope.refusals)
    }

    /// The loader libxml2 calls for every external resource.
    private static let loader: xmlExternalEntityLoader = { url, id, context in
        let scope = pthread_getspecific(key).map { Unmanaged<Scope>.fromOpaque($0).takeUnretainedValue() }
        if scope?.policy == .localFilesOnly {
            return xmlNoNetExternalEntityLoader(url, id, context)
        }
        guard let scope else { return nil }
        let name = url.map { String(cString: $0) } ?? id.map { String(cString: $0) } ?? "?"
        var refusal = Refusal(url: name)
        if let input = scope.parser?.pointee.input {
            refusal.line = input.pointee.line > 0 ? Int(input.pointee.line) : nil
            refusal.column = input.pointee.col > 0 ? Int(input.pointee.col) : nil
        }
        scope.refusals.append(refusal)
        return nil
    }
}
