/// A finding about an input: where it is and what is wrong. Thrown as an error when it stops the work.
public struct Diagnostic: Error, Sendable, Equatable, Codable, CustomStringConvertible {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Equatable, Codable {
        case error, warning, note
    }

    /// The file the finding is about, as the user named it (`-` for standard input); `nil` if unknown.
    public var file: String?
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column in characters, when known.
    public var column: Int?
    public var severity: Severity
    /// A short stable identifier of the kind of finding (`invalid-utf8`, `no-speaker`).
    public var code: String
    /// One sentence for a person.
    public var message: String
    /// Where in an XML document, as an element path (`/TEI/text/body/u[3]`), when known.
    public var path: String?

    public init(file: String? = nil, line: Int? = nil, column: Int? = nil, severity: Severity = .error,
                code: String, message: String, path: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.code = code
        self.message = message
        self.path = path
    }

    /// The same finding, about the given file.
    public func about(file: String) -> Diagnostic {
        var copy = self
        copy.file = file
        return copy
    }

    /// `file:line:col: severity: message (at path)`, leaving out the parts that are not known.
    public var description: String {
        var location = [file, line.map(String.init), line != nil ? column.map(String.init) : nil]
            .compactMap { $0 }.joined(separator: ":")
        if !location.isEmpty { location += ": " }
        return "\(location)\(severity.rawValue): \(message)" + (path.map { " (at \($0))" } ?? "")
    }
}
