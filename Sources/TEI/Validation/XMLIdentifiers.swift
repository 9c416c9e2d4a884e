/// Identifiers declared in a document, for references that point across files (a corpus root).
public enum XMLIdentifiers {
    /// Every `xml:id` in the document `bytes`.
    public static func declared(in bytes: [UInt8], file: String) throws(Diagnostic) -> Set<String> {
        OwnChecks.declaredIDs(in: try XMLDocument(parsing: bytes, file: file))
    }
}
