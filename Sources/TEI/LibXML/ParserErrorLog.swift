import CLibXML

/// The errors libxml2's parser reports while it reads one document, kept as libxml2 gave them (domain,
/// code, whether they come from the document itself or from the text of an entity) so that
/// `ParseFailure` can pick the one that explains the failure and say it in one line.
final class ParserErrorLog {
    /// One error as libxml2 reported it.
    struct Entry {
        var domain: Int32
        var code: Int32
        var isWarning: Bool
        /// Whether the error is located in the document (libxml2 names a file); errors inside the
        /// replacement text of an entity have no file and count their lines from the entity's start.
        var inDocument: Bool
        var line: Int?
        var column: Int?
        var message: String
    }

    /// At most this many entries are kept: a broken document may produce a warning per line.
    static let capacity = 64

    private(set) var entries: [Entry] = []

    /// The C callback: `context` is an unretained `ParserErrorLog`.
    private static let callback: tei_structured_error_fn = { context, error in
        guard let context, let error else { return }
        Unmanaged<ParserErrorLog>.fromOpaque(context).takeUnretainedValue().add(error.pointee)
    }

    private func add(_ error: xmlError) {
        guard entries.count < Self.capacity else { return }
        entries.append(Entry(domain: Int32(error.domain), code: Int32(error.code), isWarning: error.level == XML_ERR_WARNING,
                             inDocument: error.file != nil, line: error.line > 0 ? Int(error.line) : nil,
                             column: error.int2 > 0 ? Int(error.int2) : nil,
                             message: error.message.map { String(cString: $0) } ?? ""))
    }

    /// Runs `body` with this log as the calling thread's libxml2 error handler, then restores the default.
    func capturing<T>(_ body: () throws -> T) rethrows -> T {
        tei_setThreadErrorHandler(Unmanaged.passUnretained(self).toOpaque(), Self.callback)
        defer { tei_setThreadErrorHandler(nil, nil) }
        return try withExtendedLifetime(self) { try body() }
    }
}
