/// A document to validate: its name for messages and a way to load its bytes (the caller does the I/O).
public struct DocumentSource: Sendable {
    public let name: String
    /// The document's size in bytes, if known: larger documents are started first, so that parallel
    /// workers finish together.
    public let size: Int?
    public let load: @Sendable () throws(Diagnostic) -> [UInt8]

    public init(name: String, size: Int? = nil, load: @escaping @Sendable () throws(Diagnostic) -> [UInt8]) {
        self.name = name
        self.size = size
        self.load = load
    }
}
