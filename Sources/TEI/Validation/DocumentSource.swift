/// A document to validate: its name for messages and a way to load its bytes (the caller does the I/O).
public struct DocumentSource: Sendable {
    public let name: String
    public let load: @Sendable () throws(Diagnostic) -> [UInt8]

    public init(name: String, load: @escaping @Sendable () throws(Diagnostic) -> [UInt8]) {
        self.name = name
        self.load = load
    }
}
